"""Type stubs of the native module tiltak._tiltak (re-exported by the tiltak package)."""

import datetime
import decimal
import os
from typing import Any, Dict, Iterator, List, Literal, Optional, Tuple, TypeVar, Union

import pandas

__version__: str

_Currency = Literal["NOK", "DKK", "EUR", "SEK"]
_Language = Literal["nb", "da", "en"]
_Stage = Literal[
    "idea", "registered", "anchored", "in_council", "recommended", "approved",
    "in_progress", "completed", "closed", "rejected", "paused", "cancelled",
]
_OrganisationKind = Literal["municipality", "cooperation"]
_Role = Literal["owner", "benefit_owner", "sector_leader", "project_manager", "secretariat", "other"]
_StatusDimension = Literal["schedule", "cost", "scope", "risk"]
_Rag = Literal["green", "yellow", "red"]
_CostKind = Literal["investment", "operating", "internal_hours"]
_CostBasis = Literal["plan", "actual", "forecast"]
_DependencyType = Literal["finish_to_start", "start_to_start", "finish_to_finish", "start_to_finish"]
_BenefitKind = Literal["cash_releasing", "non_cash", "qualitative"]
_RecipientKind = Literal["unit", "member", "citizens", "businesses", "other_public_bodies"]
_IndicatorDirection = Literal["increase", "decrease"]
_MandatoryReason = Literal["law", "gdpr", "other"]
_Path = Union[str, "os.PathLike[str]"]

STAGES: Tuple[_Stage, ...]
_ENUM_NAMES: Dict[str, Tuple[str, ...]]

_V = TypeVar("_V")

class _Value:
    """Dataclass-like behaviour shared by the value types (not a runtime class)."""
    __match_args__: Tuple[str, ...]
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __copy__(self: _V) -> _V: ...
    def __deepcopy__(self: _V, memo: Dict[int, Any]) -> _V: ...

# --- errors ----------------------------------------------------------------------------------

class Problem(_Value):
    """Where and why one piece of input is wrong."""
    source: str
    pointer: str
    line: int
    column: int
    value: str
    message: str
    def __init__(self, source: str = ..., pointer: str = ..., line: int = ..., column: int = ...,
                 value: str = ..., message: str = ...) -> None: ...
    def describe(self) -> str: ...

# --- money -----------------------------------------------------------------------------------

class Money:
    """An exact amount: integer minor units in one currency. Immutable and hashable."""
    def __init__(self, minor_units: int, currency: _Currency) -> None: ...
    @staticmethod
    def parse(text: str, currency: _Currency) -> Money: ...
    @staticmethod
    def from_decimal(value: Union[decimal.Decimal, int, str], currency: _Currency) -> Money: ...
    @staticmethod
    def zero(currency: _Currency) -> Money: ...
    @property
    def minor_units(self) -> int: ...
    @property
    def currency(self) -> _Currency: ...
    @property
    def is_zero(self) -> bool: ...
    def to_decimal(self) -> decimal.Decimal: ...
    def format(self, lang: Optional[_Language] = None, whole_units: bool = False) -> str: ...
    def __add__(self, other: Money) -> Money: ...
    def __radd__(self, other: Literal[0]) -> Money: ...
    def __sub__(self, other: Money) -> Money: ...
    def __mul__(self, factor: int) -> Money: ...
    def __rmul__(self, factor: int) -> Money: ...
    def __neg__(self) -> Money: ...
    def __pos__(self) -> Money: ...
    def __abs__(self) -> Money: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __lt__(self, other: Money) -> bool: ...
    def __le__(self, other: Money) -> bool: ...
    def __gt__(self, other: Money) -> bool: ...
    def __ge__(self, other: Money) -> bool: ...
    def __hash__(self) -> int: ...
    def __bool__(self) -> bool: ...
    def __copy__(self) -> Money: ...
    def __deepcopy__(self, memo: Dict[int, Any]) -> Money: ...

# --- initiatives -----------------------------------------------------------------------------

class Period(_Value):
    start: Optional[datetime.date]
    end: Optional[datetime.date]
    def __init__(self, start: Optional[datetime.date] = None, end: Optional[datetime.date] = None) -> None: ...

class Anchoring(_Value):
    sector_leader: str
    recommended: bool
    @property
    def date(self) -> Optional[datetime.date]: ...
    @date.setter
    def date(self, value: datetime.date) -> None: ...
    def __init__(self, sector_leader: str = ..., recommended: bool = ..., date: datetime.date = ...) -> None: ...

class GoalContribution(_Value):
    goal: str
    score: int
    def __init__(self, goal: str = ..., score: int = ...) -> None: ...

class Mandate(_Value):
    reason: _MandatoryReason
    explanation: str
    def __init__(self, reason: _MandatoryReason = ..., explanation: str = ...) -> None: ...

class StatusReport(_Value):
    dimension: _StatusDimension
    rag: _Rag
    comment: str
    @property
    def date(self) -> Optional[datetime.date]: ...
    @date.setter
    def date(self, value: datetime.date) -> None: ...
    def __init__(self, dimension: _StatusDimension = ..., rag: _Rag = ..., comment: str = ...,
                 date: datetime.date = ...) -> None: ...

class CostLine(_Value):
    year: int
    kind: _CostKind
    basis: _CostBasis
    amount: Money
    hours: int
    role: str
    bearer: Optional[str]
    description: str
    def __init__(self, year: int = ..., kind: _CostKind = ..., basis: _CostBasis = ..., amount: Money = ...,
                 hours: int = ..., role: str = ..., bearer: Optional[str] = ..., description: str = ...) -> None: ...

class Risk(_Value):
    id: str
    title: str
    probability: int
    consequence: int
    owner: Optional[str]
    mitigation: str
    last_assessed: Optional[datetime.date]
    financial_consequence: Optional[Money]
    @property
    def score(self) -> int: ...
    def __init__(self, id: str = ..., title: str = ..., probability: int = ..., consequence: int = ...,
                 owner: Optional[str] = ..., mitigation: str = ..., last_assessed: Optional[datetime.date] = ...,
                 financial_consequence: Optional[Money] = ...) -> None: ...

class Dependency(_Value):
    initiative: Optional[str]
    component: Optional[str]
    type: _DependencyType
    lag_days: int
    def __init__(self, initiative: Optional[str] = ..., component: Optional[str] = ...,
                 type: _DependencyType = ..., lag_days: int = ...) -> None: ...

class ProcessingAgreement(_Value):
    supplier: str
    processes_personal_data: bool
    signed_on: Optional[datetime.date]
    def __init__(self, supplier: str = ..., processes_personal_data: bool = ...,
                 signed_on: Optional[datetime.date] = ...) -> None: ...

class SecurityFacts(_Value):
    processes_personal_data: bool
    cloud_service: bool
    app_acquisition: bool
    dpia_done: Optional[datetime.date]
    ros_done: Optional[datetime.date]
    security_clearance: Optional[datetime.date]
    processing_agreements: List[ProcessingAgreement]
    def __init__(self, processes_personal_data: bool = ..., cloud_service: bool = ..., app_acquisition: bool = ...,
                 dpia_done: Optional[datetime.date] = ..., ros_done: Optional[datetime.date] = ...,
                 security_clearance: Optional[datetime.date] = ...,
                 processing_agreements: List[ProcessingAgreement] = ...) -> None: ...

class Initiative(_Value):
    """An initiative (tiltak): a plain value; list attributes are copies."""
    id: str
    title: str
    description: str
    service_areas: List[str]
    owner: Optional[str]
    anchoring: Optional[Anchoring]
    case_reference: str
    programme: str
    stage: _Stage
    phase: str
    status: List[StatusReport]
    planned: Period
    actual: Period
    fixed_start: Optional[datetime.date]
    costs: List[CostLine]
    risks: List[Risk]
    dependencies: List[Dependency]
    goals: List[GoalContribution]
    mandatory: Optional[Mandate]
    security: SecurityFacts
    def __init__(self, id: str = ..., title: str = ..., description: str = ..., service_areas: List[str] = ...,
                 owner: Optional[str] = ..., anchoring: Optional[Anchoring] = ..., case_reference: str = ...,
                 programme: str = ..., stage: _Stage = ..., phase: str = ..., status: List[StatusReport] = ...,
                 planned: Period = ..., actual: Period = ..., fixed_start: Optional[datetime.date] = ...,
                 costs: List[CostLine] = ..., risks: List[Risk] = ...,
                 dependencies: List[Dependency] = ..., goals: List[GoalContribution] = ...,
                 mandatory: Optional[Mandate] = ..., security: SecurityFacts = ...) -> None: ...
    @staticmethod
    def from_json(text: str, currency: _Currency = "NOK", source: str = "<memory>") -> Initiative: ...
    def to_json(self) -> str: ...

# --- benefits --------------------------------------------------------------------------------

class Recipient(_Value):
    kind: _RecipientKind
    id: str
    def __init__(self, kind: _RecipientKind = ..., id: str = ...) -> None: ...

class Indicator(_Value):
    name: str
    unit: str
    direction: _IndicatorDirection
    def __init__(self, name: str = ..., unit: str = ..., direction: _IndicatorDirection = ...) -> None: ...

class IndicatorValue(_Value):
    value: float
    @property
    def date(self) -> Optional[datetime.date]: ...
    @date.setter
    def date(self, value: datetime.date) -> None: ...
    note: str
    def __init__(self, value: float = ..., date: datetime.date = ..., note: str = ...) -> None: ...

class PlannedBenefit(_Value):
    year: int
    quantity: float
    def __init__(self, year: int = ..., quantity: float = ...) -> None: ...

class Contribution(_Value):
    initiative: str
    share_basis_points: int
    def __init__(self, initiative: str = ..., share_basis_points: int = ...) -> None: ...

class Benefit(_Value):
    """A benefit (gevinst): a plain value; list attributes are copies."""
    id: str
    title: str
    kind: _BenefitKind
    recipient: Recipient
    owner: Optional[str]
    indicator: Indicator
    baseline: Optional[IndicatorValue]
    target: Optional[IndicatorValue]
    profile: List[PlannedBenefit]
    value_per_unit: Optional[Money]
    measurements: List[IndicatorValue]
    contributors: List[Contribution]
    goals: List[str]
    def __init__(self, id: str = ..., title: str = ..., kind: _BenefitKind = ..., recipient: Recipient = ...,
                 owner: Optional[str] = ..., indicator: Indicator = ..., baseline: Optional[IndicatorValue] = ...,
                 target: Optional[IndicatorValue] = ..., profile: List[PlannedBenefit] = ...,
                 value_per_unit: Optional[Money] = ..., measurements: List[IndicatorValue] = ...,
                 contributors: List[Contribution] = ..., goals: List[str] = ...) -> None: ...
    def planned_value(self, planned: PlannedBenefit, currency: _Currency) -> Money: ...
    def planned_value_total(self, currency: _Currency) -> Money: ...

# --- organisation and strategy ---------------------------------------------------------------

class Member(_Value):
    id: str
    name: str
    cost_share_basis_points: int
    def __init__(self, id: str = ..., name: str = ..., cost_share_basis_points: int = ...) -> None: ...

class ServiceArea(_Value):
    id: str
    name: str
    def __init__(self, id: str = ..., name: str = ...) -> None: ...

class Unit(_Value):
    id: str
    name: str
    service_area: str
    member: Optional[str]
    def __init__(self, id: str = ..., name: str = ..., service_area: str = ..., member: Optional[str] = ...) -> None: ...

class Person(_Value):
    id: str
    name: str
    role: _Role
    unit: Optional[str]
    def __init__(self, id: str = ..., name: str = ..., role: _Role = ..., unit: Optional[str] = ...) -> None: ...

class Organisation(_Value):
    name: str
    kind: _OrganisationKind
    members: List[Member]
    service_areas: List[ServiceArea]
    units: List[Unit]
    people: List[Person]
    def __init__(self, name: str = ..., kind: _OrganisationKind = ..., members: List[Member] = ...,
                 service_areas: List[ServiceArea] = ..., units: List[Unit] = ..., people: List[Person] = ...) -> None: ...

class StrategicGoal(_Value):
    id: str
    title: str
    weight: float
    def __init__(self, id: str = ..., title: str = ..., weight: float = ...) -> None: ...

class BudgetFrame(_Value):
    year: int
    investment: Money
    operating: Money
    def __init__(self, year: int = ..., investment: Money = ..., operating: Money = ...) -> None: ...

class Capacity(_Value):
    year: int
    role: str
    hours: int
    def __init__(self, year: int = ..., role: str = ..., hours: int = ...) -> None: ...

class Strategy(_Value):
    goals: List[StrategicGoal]
    budget_frames: List[BudgetFrame]
    capacity: List[Capacity]
    def __init__(self, goals: List[StrategicGoal] = ..., budget_frames: List[BudgetFrame] = ...,
                 capacity: List[Capacity] = ...) -> None: ...

class SharedComponent(_Value):
    id: str
    name: str
    provider: str
    available_from: Optional[datetime.date]
    def __init__(self, id: str = ..., name: str = ..., provider: str = ...,
                 available_from: Optional[datetime.date] = ...) -> None: ...

# --- summary ---------------------------------------------------------------------------------

class InitiativeSummary:
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def stage(self) -> _Stage: ...
    @property
    def owner(self) -> str: ...
    @property
    def total_cost(self) -> Money: ...
    @property
    def total_benefit(self) -> Money: ...
    @property
    def schedule(self) -> Optional[_Rag]: ...
    @property
    def cost(self) -> Optional[_Rag]: ...
    @property
    def scope(self) -> Optional[_Rag]: ...
    @property
    def risk(self) -> Optional[_Rag]: ...
    @property
    def overall(self) -> Optional[_Rag]: ...

class PortfolioSummary:
    @property
    def name(self) -> str: ...
    @property
    def initiatives(self) -> List[InitiativeSummary]: ...
    @property
    def total_cost(self) -> Money: ...
    @property
    def total_benefit(self) -> Money: ...
    def table(self, lang: Optional[_Language] = None) -> str: ...
    def to_json(self) -> str: ...

# --- portfolio -------------------------------------------------------------------------------

class Portfolio:
    """A digitalisation portfolio; always valid, changed only by the checked edits."""
    @staticmethod
    def load(path: _Path) -> Portfolio: ...
    @staticmethod
    def from_json(text: Union[str, bytes], source: str = "<memory>") -> Portfolio: ...
    def save(self, path: _Path) -> None: ...
    def to_json(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def currency(self) -> _Currency: ...
    @property
    def organisation(self) -> Organisation: ...
    @property
    def strategy(self) -> Strategy: ...
    @property
    def components(self) -> List[SharedComponent]: ...
    @property
    def initiatives(self) -> List[Initiative]: ...
    @property
    def benefits(self) -> List[Benefit]: ...
    def benefits_of(self, initiative: str) -> List[Benefit]: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[Initiative]: ...
    def __getitem__(self, id: str) -> Initiative: ...
    def __contains__(self, id: object) -> bool: ...
    def add_initiative(self, initiative: Initiative) -> None: ...
    def update_initiative(self, initiative: Initiative) -> None: ...
    def remove_initiative(self, id: str) -> None: ...
    def summary(self) -> PortfolioSummary: ...
    def validate(self) -> List[Problem]: ...
    def copy(self) -> Portfolio: ...
    def __copy__(self) -> Portfolio: ...
    def __deepcopy__(self, memo: Dict[int, Any]) -> Portfolio: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def initiatives_frame(self) -> pandas.DataFrame: ...
    def costs_frame(self) -> pandas.DataFrame: ...
    def benefits_frame(self) -> pandas.DataFrame: ...
    def to_pandas(self) -> Dict[str, pandas.DataFrame]: ...
    def _repr_html_(self) -> str: ...
    def _columns(self, table: Literal["initiatives", "costs", "benefits"]) -> Dict[str, Any]: ...

def validate_file(path: _Path) -> List[Problem]: ...
def generate_portfolio(
    size: int,
    seed: int = 1,
    *,
    dependencies_per_initiative: float = 2.0,
    first_year: int = 2026,
    years: int = 5,
    currency: _Currency = "NOK",
    cooperation_members: int = 0,
) -> Portfolio: ...
