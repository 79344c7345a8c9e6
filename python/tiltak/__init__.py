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
    STAGES,
    Anchoring,
    Benefit,
    BudgetFrame,
    Capacity,
    Contribution,
    CostLine,
    Dependency,
    GoalContribution,
    Indicator,
    IndicatorValue,
    Initiative,
    InitiativeSummary,
    Mandate,
    Member,
    Money,
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
    SecurityFacts,
    ServiceArea,
    SharedComponent,
    StatusReport,
    StrategicGoal,
    Strategy,
    Unit,
    __version__,
    generate_portfolio,
    validate_file,
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
