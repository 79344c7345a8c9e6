"""tiltak: digitalisation portfolios of Norwegian and Danish municipalities.

A Python face on the C++ library: load a portfolio document, look at its initiatives,
benefits and costs, edit it with validation, summarise it, and get pandas DataFrames for
analysis. Money is exact (:class:`Money`: integer minor units), dates are
:class:`datetime.date`, enumerations are their document names as ``str``
(``initiative.stage == "in_progress"``), errors are :class:`Error` subclasses carrying the
code and the JSON Pointer of every problem.

    import tiltak
    portfolio = tiltak.Portfolio.load("portfolio.json")
    portfolio["T-1"].stage                 # 'in_progress'
    portfolio.summary().total_cost         # Money('1570000.50', 'NOK')
    frame = portfolio.initiatives_frame()  # needs pandas
    schedule = tiltak.compute_schedule(portfolio, calendar="working_days_no")
    schedule["T-1"].total_float            # 0: on the critical path
    tiltak.DependencyGraph(portfolio).to_networkx()   # needs networkx

See docs/python.md.
"""

from ._errors import (
    AmountOverflowError,
    CurrencyMismatchError,
    DuplicateError,
    Error,
    InfeasibleError,
    InternalError,
    InvalidArgumentError,
    IoError,
    NotFoundError,
    ParseError,
    ValidationError,
)
from ._tiltak import (
    CALENDARS,
    STAGES,
    Anchoring,
    Benefit,
    BenefitAtRisk,
    BenefitNetwork,
    BudgetFrame,
    Calendar,
    CancelImpact,
    Capacity,
    Contribution,
    ContributorRisk,
    CostLine,
    Dependency,
    DependencyGraph,
    GoalContribution,
    GoalCoverage,
    GraphEdge,
    GraphIssue,
    GraphNode,
    IncrementalSchedule,
    Indicator,
    IndicatorValue,
    Initiative,
    InitiativeSummary,
    LostContribution,
    Mandate,
    Member,
    Money,
    MovedBenefit,
    MovedInitiative,
    Organisation,
    Period,
    Person,
    PlannedBenefit,
    Portfolio,
    PortfolioSummary,
    Problem,
    ProcessingAgreement,
    Recipient,
    Risk,
    Schedule,
    ScheduleConflict,
    ScheduledInitiative,
    SecurityFacts,
    ServiceArea,
    SharedComponent,
    SlipImpact,
    StatusReport,
    StrategicGoal,
    Strategy,
    Unit,
    __version__,
    analyse_benefit_network,
    cancel_impact,
    compute_schedule,
    generate_portfolio,
    planned_yearly_values,
    public_holidays,
    shift_by_days,
    slip_impact,
    validate_file,
    yearly_change,
)

__all__ = [
    "__version__",
    # portfolio and functions
    "Portfolio",
    "validate_file",
    "generate_portfolio",
    "STAGES",
    # money
    "Money",
    # the model's value types
    "Initiative",
    "Period",
    "Anchoring",
    "GoalContribution",
    "Mandate",
    "StatusReport",
    "CostLine",
    "Risk",
    "Dependency",
    "SecurityFacts",
    "ProcessingAgreement",
    "Benefit",
    "Recipient",
    "Indicator",
    "IndicatorValue",
    "PlannedBenefit",
    "Contribution",
    "Organisation",
    "Member",
    "ServiceArea",
    "Unit",
    "Person",
    "Strategy",
    "StrategicGoal",
    "BudgetFrame",
    "Capacity",
    "SharedComponent",
    # summary
    "PortfolioSummary",
    "InitiativeSummary",
    # dependency graph
    "DependencyGraph",
    "GraphNode",
    "GraphEdge",
    "GraphIssue",
    # schedule
    "compute_schedule",
    "Schedule",
    "ScheduledInitiative",
    "ScheduleConflict",
    "IncrementalSchedule",
    # impacts
    "slip_impact",
    "cancel_impact",
    "SlipImpact",
    "MovedInitiative",
    "MovedBenefit",
    "CancelImpact",
    "LostContribution",
    # benefit network
    "analyse_benefit_network",
    "BenefitNetwork",
    "GoalCoverage",
    "BenefitAtRisk",
    "ContributorRisk",
    # calendars and yearly amounts
    "Calendar",
    "CALENDARS",
    "public_holidays",
    "planned_yearly_values",
    "shift_by_days",
    "yearly_change",
    # errors
    "Problem",
    "Error",
    "InvalidArgumentError",
    "ParseError",
    "ValidationError",
    "IoError",
    "NotFoundError",
    "CurrencyMismatchError",
    "AmountOverflowError",
    "DuplicateError",
    "InfeasibleError",
    "InternalError",
]
