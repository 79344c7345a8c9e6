"""Prioritisation and portfolio selection: rankings, selections, the efficient frontier,
scenario comparison and the sensitivity to the weights, with pandas DataFrames and plots.

The native functions hand out the library's JSON documents (docs/prioritisation.md); the
classes here keep them as plain Python values (``.data``) and turn them into DataFrames on
request. pandas and matplotlib are imported only when a frame or a plot is asked for.
Amounts follow tiltak/_frames.py: ``<name>_minor`` int64 minor units and ``<name>`` float64
kroner.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Sequence, Union

from . import _tiltak
from ._frames import _MINOR_PER_MAJOR, _objects, _pandas

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    from matplotlib.axes import Axes

    from ._tiltak import Portfolio

__all__ = [
    "Ranking",
    "Selection",
    "SelectionComparison",
    "prioritise",
    "select_portfolio",
    "plan_selection",
    "efficient_frontier",
    "compare_selections",
    "plot_frontier",
    "WeightThresholds",
    "WeightUncertainty",
    "weight_thresholds",
    "weight_uncertainty",
    "plot_rank_probabilities",
]

_Document = Union[None, str, Mapping[str, Any]]


def _text(document: _Document) -> Optional[str]:
    """A criteria or options document as JSON text: a dict, JSON text, or None (defaults)."""
    if document is None or isinstance(document, str):
        return document
    return json.dumps(document)


def _minor(amount: Optional[str]) -> Optional[int]:
    """"1250000.50" -> 125000050 (exact: the amount's digits, no float)."""
    if amount is None:
        return None
    negative = amount.startswith("-")
    whole, _, fraction = amount.lstrip("-").partition(".")
    minor = int(whole) * _MINOR_PER_MAJOR + int((fraction + "00")[:2])
    return -minor if negative else minor


def _amount_columns(pd: Any, columns: Dict[str, Any], name: str, amounts: List[Optional[str]]) -> None:
    minor = [_minor(a) for a in amounts]
    columns[f"{name}_minor"] = pd.Series(minor, dtype="Int64")
    columns[name] = pd.Series([None if m is None else m / _MINOR_PER_MAJOR for m in minor], dtype="float64")


class Ranking:
    """Initiatives scored by weighted criteria, best first (ties share a rank)."""

    def __init__(self, data: Dict[str, Any]) -> None:
        self.data = data
        self.criteria: List[Dict[str, Any]] = data["criteria"]
        self.ahp: Optional[Dict[str, Any]] = data["ahp"]
        self.initiatives: List[Dict[str, Any]] = data["initiatives"]

    def __repr__(self) -> str:
        top = ", ".join(f"{i['rank']}. {i['id']}" for i in self.initiatives[:3])
        return f"<Ranking of {len(self.initiatives)} initiatives: {top}>"

    def to_frame(self) -> "pandas.DataFrame":
        """One row per initiative, best first: id, title, rank, score and one column per
        criterion id holding that criterion's contribution (they add up to the score)."""
        pd = _pandas()
        columns: Dict[str, Any] = {
            "id": _objects(pd, [i["id"] for i in self.initiatives]),
            "title": _objects(pd, [i["title"] for i in self.initiatives]),
            "rank": pd.Series([i["rank"] for i in self.initiatives], dtype="int64"),
            "score": pd.Series([i["score"] for i in self.initiatives], dtype="float64"),
        }
        for k, criterion in enumerate(self.criteria):
            columns[criterion["id"]] = pd.Series(
                [i["criteria"][k]["contribution"] for i in self.initiatives], dtype="float64")
        return pd.DataFrame(columns)

    def contributions_frame(self) -> "pandas.DataFrame":
        """One row per initiative and criterion: id, criterion, raw (NaN when missing),
        normalised, weight, contribution."""
        pd = _pandas()
        rows = [(i["id"], c["criterion"], c["raw"], c["normalised"], c["weight"], c["contribution"])
                for i in self.initiatives for c in i["criteria"]]
        frame = pd.DataFrame(rows, columns=["id", "criterion", "raw", "normalised", "weight", "contribution"])
        return frame.astype({"raw": "float64"})


class Selection:
    """The chosen portfolio: status (optimal, time_limit, heuristic), value, bound and gap,
    the selected ids, a decision with its reason per candidate, and use per year."""

    def __init__(self, data: Dict[str, Any]) -> None:
        self.data = data
        self.status: str = data["status"]
        self.objective: str = data["objective"]
        self.objective_value: float = data["objective_value"]
        self.best_bound: Optional[float] = data["best_bound"]
        self.gap: Optional[float] = data["gap"]
        self.seconds: float = data["seconds"]
        self.selected: List[str] = data["selected"]

    def __repr__(self) -> str:
        return (f"<Selection {self.status}: {len(self.selected)} initiatives, "
                f"{self.objective} {self.objective_value:.4f}>")

    def to_frame(self) -> "pandas.DataFrame":
        """One row per candidate, in portfolio order: id, title, selected, reason, value."""
        pd = _pandas()
        d = self.data["decisions"]
        return pd.DataFrame({
            "id": _objects(pd, [x["id"] for x in d]),
            "title": _objects(pd, [x["title"] for x in d]),
            "selected": pd.Series([x["selected"] for x in d], dtype="bool"),
            "reason": _objects(pd, [x["reason"] for x in d]),
            "value": pd.Series([x["value"] for x in d], dtype="float64"),
        })

    def years_frame(self) -> "pandas.DataFrame":
        """One row per horizon year: investment, investment_budget, operating,
        operating_budget (each ``*_minor`` Int64 and float64 kroner; budgets may be missing)."""
        pd = _pandas()
        years = self.data["years"]
        columns: Dict[str, Any] = {"year": pd.Series([y["year"] for y in years], dtype="int64")}
        for name in ("investment", "investment_budget", "operating", "operating_budget"):
            _amount_columns(pd, columns, name, [y[name] for y in years])
        return pd.DataFrame(columns)

    def capacity_frame(self) -> "pandas.DataFrame":
        """One row per role and year with a capacity: year, role, hours, available."""
        pd = _pandas()
        rows = [(c["year"], c["role"], c["hours"], c["available"]) for c in self.data["capacity"]]
        return pd.DataFrame(rows, columns=["year", "role", "hours", "available"])


class SelectionComparison:
    """Two selections side by side: enters (in B only), leaves (in A only), stays, values."""

    def __init__(self, data: Dict[str, Any]) -> None:
        self.data = data
        self.enters: List[str] = data["enters"]
        self.leaves: List[str] = data["leaves"]
        self.stays: List[str] = data["stays"]
        self.value_a: float = data["value_a"]
        self.value_b: float = data["value_b"]

    def __repr__(self) -> str:
        return f"<SelectionComparison: +{len(self.enters)} -{len(self.leaves)} ={len(self.stays)}>"

    def years_frame(self) -> "pandas.DataFrame":
        """One row per year: investment_a/_b and operating_a/_b (``*_minor`` and kroner)."""
        pd = _pandas()
        years = self.data["years"]
        columns: Dict[str, Any] = {"year": pd.Series([y["year"] for y in years], dtype="int64")}
        for name in ("investment_a", "investment_b", "operating_a", "operating_b"):
            _amount_columns(pd, columns, name, [y[name] for y in years])
        return pd.DataFrame(columns)


def prioritise(portfolio: "Portfolio", criteria: _Document = None) -> Ranking:
    """Score and rank the candidate initiatives. ``criteria``: a criteria document as a dict
    or JSON text (docs/prioritisation.md), None for the default criteria. ValidationError
    (with pointers) for bad criteria, an AHP matrix with CR > 0.10 included."""
    return Ranking(json.loads(_tiltak._prioritise_json(portfolio, _text(criteria))))


def select_portfolio(portfolio: "Portfolio", options: _Document = None) -> Selection:
    """Choose the portfolio within budgets, capacity and dependencies. ``options``: selection
    options as a dict or JSON text, None for the defaults. InfeasibleError names each conflict."""
    return Selection(json.loads(_tiltak._select_json(portfolio, _text(options))))


def plan_selection(portfolio: "Portfolio", options: _Document = None) -> "pandas.DataFrame":
    """Select with ``options``, then give each selected initiative a start year that keeps
    every year's budgets and capacity and the dependencies: one row per initiative with id,
    title, planned_year, start_year (<NA> when deferred) and reason (why it was deferred)."""
    pd = _pandas()
    plan = json.loads(_tiltak._plan_json(portfolio, _text(options)))
    rows = [(s["id"], s["title"], s["planned_year"], s["start_year"], None) for s in plan["scheduled"]]
    rows += [(d["id"], d["title"], None, None, d["reason"]) for d in plan["deferred"]]
    frame = pd.DataFrame(rows, columns=["id", "title", "planned_year", "start_year", "reason"])
    return frame.astype({"planned_year": "Int64", "start_year": "Int64"})


def efficient_frontier(portfolio: "Portfolio", budget_factors: Sequence[float],
                       options: _Document = None) -> "pandas.DataFrame":
    """The best value at each budget level (every year's budgets times the factor): one row
    per factor with budget_factor, investment_budget (``_minor`` and kroner), feasible,
    objective_value (NaN when infeasible), status, gap and selected (count)."""
    pd = _pandas()
    points = json.loads(_tiltak._frontier_json(portfolio, list(budget_factors), _text(options)))["points"]
    columns: Dict[str, Any] = {"budget_factor": pd.Series([p["budget_factor"] for p in points], dtype="float64")}
    _amount_columns(pd, columns, "investment_budget", [p["investment_budget"] for p in points])
    columns["feasible"] = pd.Series([p["feasible"] for p in points], dtype="bool")
    columns["objective_value"] = pd.Series([p["objective_value"] for p in points], dtype="float64")
    columns["status"] = _objects(pd, [p["status"] for p in points])
    columns["gap"] = pd.Series([p["gap"] for p in points], dtype="float64")
    columns["selected"] = pd.Series([len(p["selected"]) for p in points], dtype="int64")
    return pd.DataFrame(columns)


def compare_selections(portfolio: "Portfolio", options_a: _Document = None,
                       options_b: _Document = None) -> SelectionComparison:
    """Select with options A and with options B, and compare the two."""
    return SelectionComparison(json.loads(
        _tiltak._compare_selections_json(portfolio, _text(options_a), _text(options_b))))


def plot_frontier(frontier: "pandas.DataFrame", ax: Optional["Axes"] = None) -> "Axes":
    """Plot an efficient_frontier() frame: optimal value against the horizon's investment
    budget; infeasible levels are left out. Returns the Axes."""
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots()
    feasible = frontier[frontier["feasible"]]
    ax.plot(feasible["investment_budget"], feasible["objective_value"], marker="o")
    ax.set_xlabel("Investment budget over the horizon")
    ax.set_ylabel("Optimal value")
    ax.set_title("Efficient frontier")
    return ax


class WeightThresholds:
    """For each pair of neighbours in the ranking, the change of each criterion's weight alone
    that swaps them (Triantaphyllou & Sánchez 1997): absolute (``change``, weights summing to
    1), relative (``relative_percent`` of the weight), feasible (the new weight within 0..1),
    and the pair's most critical criterion."""

    def __init__(self, data: Dict[str, Any]) -> None:
        self.data = data
        self.criteria: List[Dict[str, Any]] = data["criteria"]
        self.pairs: List[Dict[str, Any]] = data["pairs"]
        self.most_critical: Optional[Dict[str, Any]] = data["most_critical"]

    def __repr__(self) -> str:
        critical = self.most_critical
        where = (f"{critical['criterion']} {critical['relative_percent']:+.1f} % "
                 f"({critical['higher']} / {critical['lower']})") if critical else "none"
        return f"<WeightThresholds of {len(self.pairs)} pairs, most critical: {where}>"

    def to_frame(self) -> "pandas.DataFrame":
        """One row per pair in ranking order: higher, lower, higher_score, lower_score, tied,
        criterion (the most critical; None when no single weight can swap them), change and
        relative_percent (NaN without one)."""
        pd = _pandas()
        rows = []
        for p in self.pairs:
            critical = next((t for t in p["thresholds"] if t["criterion"] == p["most_critical"]), None)
            rows.append((p["higher"], p["lower"], p["higher_score"], p["lower_score"], p["tied"], p["most_critical"],
                         critical["change"] if critical else None,
                         critical["relative_percent"] if critical else None))
        frame = pd.DataFrame(rows, columns=["higher", "lower", "higher_score", "lower_score", "tied", "criterion",
                                            "change", "relative_percent"])
        return frame.astype({"tied": "bool", "change": "float64", "relative_percent": "float64"})

    def thresholds_frame(self) -> "pandas.DataFrame":
        """One row per pair and criterion: higher, lower, criterion, change, relative_percent
        (NaN when the criterion cannot swap them or its weight is 0), feasible."""
        pd = _pandas()
        rows = [(p["higher"], p["lower"], t["criterion"], t["change"], t["relative_percent"], t["feasible"])
                for p in self.pairs for t in p["thresholds"]]
        frame = pd.DataFrame(rows, columns=["higher", "lower", "criterion", "change", "relative_percent", "feasible"])
        return frame.astype({"change": "float64", "relative_percent": "float64", "feasible": "bool"})


class WeightUncertainty:
    """Monte Carlo over the criteria weights: per initiative the probability of making the top
    k and of being selected, its mean rank, P5/P95 ranks and rank acceptabilities."""

    def __init__(self, data: Dict[str, Any]) -> None:
        self.data = data
        self.draws: int = data["draws"]
        self.top_k: int = data["top_k"]
        self.seed: int = data["seed"]
        self.initiatives: List[Dict[str, Any]] = data["initiatives"]

    def __repr__(self) -> str:
        return f"<WeightUncertainty: {self.draws} draws, top {self.top_k}, {len(self.initiatives)} initiatives>"

    def to_frame(self) -> "pandas.DataFrame":
        """One row per initiative in the given ranking's order: id, title, rank, selected (with
        the given weights), probability_top_k, probability_selected (NaN when not selecting),
        mean_rank, rank_p5, rank_p95."""
        pd = _pandas()
        i = self.initiatives
        return pd.DataFrame({
            "id": _objects(pd, [x["id"] for x in i]),
            "title": _objects(pd, [x["title"] for x in i]),
            "rank": pd.Series([x["rank"] for x in i], dtype="int64"),
            "selected": pd.Series([x["selected"] for x in i], dtype="bool"),
            "probability_top_k": pd.Series([x["probability_top_k"] for x in i], dtype="float64"),
            "probability_selected": pd.Series([x["probability_selected"] for x in i], dtype="float64"),
            "mean_rank": pd.Series([x["mean_rank"] for x in i], dtype="float64"),
            "rank_p5": pd.Series([x["rank_p5"] for x in i], dtype="int64"),
            "rank_p95": pd.Series([x["rank_p95"] for x in i], dtype="int64"),
        })

    def rank_acceptability_frame(self) -> "pandas.DataFrame":
        """Initiatives (index: id) by rank (columns 1..n): the share of draws with that rank."""
        pd = _pandas()
        n = len(self.initiatives)
        return pd.DataFrame([x["rank_acceptability"] for x in self.initiatives],
                            index=pd.Index([x["id"] for x in self.initiatives], name="id"),
                            columns=pd.RangeIndex(1, n + 1, name="rank"), dtype="float64")


def weight_thresholds(portfolio: "Portfolio", criteria: _Document = None) -> WeightThresholds:
    """The weight-swap thresholds of the ranking of ``criteria`` (as prioritise())."""
    return WeightThresholds(json.loads(_tiltak._weight_thresholds_json(portfolio, _text(criteria))))


def weight_uncertainty(portfolio: "Portfolio", options: _Document = None, **uncertainty: Any) -> WeightUncertainty:
    """Monte Carlo over weight uncertainty. ``options``: selection options (as
    select_portfolio(); their criteria give the weights). Keyword arguments are the uncertainty
    options (docs/prioritisation.md): model ("dirichlet" or "uniform"), concentration,
    spread_percent, draws, top_k, seed, threads, select, method ("greedy" or "exact"),
    time_limit_seconds. The same seed gives the same result for any number of threads."""
    text = json.dumps(uncertainty) if uncertainty else None
    return WeightUncertainty(json.loads(_tiltak._weight_uncertainty_json(portfolio, _text(options), text)))


def plot_rank_probabilities(uncertainty: WeightUncertainty, ax: Optional["Axes"] = None) -> "Axes":
    """Horizontal bars per initiative (best given rank at the top): the probability of making
    the top k, and of being selected when the Monte Carlo selected. Returns the Axes."""
    frame = uncertainty.to_frame()
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(7, max(3.0, 0.25 * len(frame))))
    positions = list(range(len(frame)))[::-1]
    selecting = frame["probability_selected"].notna().any()
    height = 0.4 if selecting else 0.8
    ax.barh([p + (height / 2 if selecting else 0) for p in positions], frame["probability_top_k"], height=height,
            label=f"P(top {uncertainty.top_k})")
    if selecting:
        ax.barh([p - height / 2 for p in positions], frame["probability_selected"], height=height,
                label="P(selected)")
    ax.set_yticks(positions)
    ax.set_yticklabels(frame["id"])
    ax.set_xlim(0, 1)
    ax.set_xlabel("Probability over the weight draws")
    ax.set_title("Robustness to the weights")
    ax.legend()
    return ax
