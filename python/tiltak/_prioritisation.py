"""Prioritisation and portfolio selection: rankings, selections, the efficient frontier,
scenario comparison and the sensitivity to the weights, with pandas DataFrames and plots.

The native functions hand out the library's JSON documents (docs/prioritisation.md); the
classes here are results (tiltak/_results.py): read-only views of those documents with
amounts as Money, ``to_dict()``, ``to_json()``, pickling, and DataFrames on request. pandas and matplotlib are imported only when a frame or a plot is asked for.
Amounts follow tiltak/_frames.py: ``<name>_minor`` int64 minor units and ``<name>`` float64
kroner.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Sequence, Union

from . import _tiltak
from ._frames import _MINOR_PER_MAJOR, _objects, _pandas
from ._results import DocumentResult, _FrameFallback, amount_text, options_json

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
    "Frontier",
    "Plan",
]

_Document = Union[None, str, Mapping[str, Any]]


_text = options_json  # a criteria or options document: a dict, JSON text, or None (defaults)


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


class _Legacy(DocumentResult):
    __slots__ = ()

    @property
    def data(self) -> Dict[str, Any]:
        """The document as a dict (a copy). Deprecated: use to_dict()."""
        warnings.warn("result.data is deprecated: use result.to_dict()", DeprecationWarning, stacklevel=2)
        return self.to_dict()


class Ranking(_Legacy):
    """Initiatives scored by weighted criteria, best first (ties share a rank): ``criteria``,
    ``ahp`` and ``initiatives`` as in the ranking document (docs/prioritisation.md)."""

    __slots__ = ()

    def to_pandas(self) -> "pandas.DataFrame":
        """The same as to_frame()."""
        return self.to_frame()

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


class Selection(_Legacy):
    """The chosen portfolio: status (optimal, time_limit, heuristic), value, bound and gap,
    the selected ids, a decision with its reason per candidate, and use per year (``years``:
    investment, investment_budget, operating, operating_budget as Money or None)."""

    __slots__ = ()
    _amount_keys = frozenset({"investment", "investment_budget", "operating", "operating_budget"})

    def to_pandas(self) -> "pandas.DataFrame":
        """The same as to_frame()."""
        return self.to_frame()

    def __repr__(self) -> str:
        return (f"<Selection {self.status}: {len(self.selected)} initiatives, "
                f"{self.objective} {self.objective_value:.4f}>")

    def to_frame(self) -> "pandas.DataFrame":
        """One row per candidate, in portfolio order: id, title, selected, reason, value."""
        pd = _pandas()
        d = self._document["decisions"]
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
        years = self._document["years"]
        columns: Dict[str, Any] = {"year": pd.Series([y["year"] for y in years], dtype="int64")}
        for name in ("investment", "investment_budget", "operating", "operating_budget"):
            _amount_columns(pd, columns, name, [y[name] for y in years])
        return pd.DataFrame(columns)

    def capacity_frame(self) -> "pandas.DataFrame":
        """One row per role and year with a capacity: year, role, hours, available."""
        pd = _pandas()
        rows = [(c["year"], c["role"], c["hours"], c["available"]) for c in self._document["capacity"]]
        return pd.DataFrame(rows, columns=["year", "role", "hours", "available"])


class SelectionComparison(_Legacy):
    """Two selections side by side: enters (in B only), leaves (in A only), stays, values."""

    __slots__ = ()
    _amount_keys = frozenset({"investment_a", "investment_b", "operating_a", "operating_b"})

    def to_pandas(self) -> "pandas.DataFrame":
        """The same as years_frame()."""
        return self.years_frame()

    def __repr__(self) -> str:
        return f"<SelectionComparison: +{len(self.enters)} -{len(self.leaves)} ={len(self.stays)}>"

    def years_frame(self) -> "pandas.DataFrame":
        """One row per year: investment_a/_b and operating_a/_b (``*_minor`` and kroner)."""
        pd = _pandas()
        years = self._document["years"]
        columns: Dict[str, Any] = {"year": pd.Series([y["year"] for y in years], dtype="int64")}
        for name in ("investment_a", "investment_b", "operating_a", "operating_b"):
            _amount_columns(pd, columns, name, [y[name] for y in years])
        return pd.DataFrame(columns)


def _options(portfolio: "Portfolio", options: _Document, keywords: Dict[str, Any]) -> Optional[str]:
    """Selection options: the ``options`` document (dict or JSON text) with the keyword
    options laid over it. ``budget`` / ``operating_budget`` are the CLI's ``--budget AMOUNT`` /
    ``--operating-budget AMOUNT``: that amount every year of the horizon (first_year..last_year,
    else the years of the strategy's budget frames)."""
    if not keywords:
        return _text(options)
    merged: Dict[str, Any] = {}
    if isinstance(options, str):
        import json

        merged = json.loads(options)
    elif options is not None:
        merged = dict(options)
    budget = keywords.pop("budget", None)
    operating = keywords.pop("operating_budget", None)
    merged.update(keywords)
    if budget is None and operating is not None:
        raise _tiltak_invalid("operating_budget goes with budget (an amount every year of the horizon)")
    if budget is not None:
        first, last = merged.get("first_year"), merged.get("last_year")
        if first is None:
            years = [frame.year for frame in portfolio.strategy.budget_frames]
            if not years:
                raise _tiltak_invalid("budget=AMOUNT needs first_year (and last_year) when the strategy has no "
                                      "budget frames")
            first, last = min(years), max(years)
        if last is None:
            last = first
        merged["budgets"] = [
            {"year": year, "investment": amount_text(budget, "budget"),
             **({"operating": amount_text(operating, "operating_budget")} if operating is not None else {})}
            for year in range(int(first), int(last) + 1)]
    return _text(merged)


def _tiltak_invalid(message: str) -> Exception:
    from ._errors import InvalidArgumentError

    return InvalidArgumentError(message)


def _loads(text: str) -> Dict[str, Any]:
    import json

    return json.loads(text)


def prioritise(portfolio: "Portfolio", criteria: _Document = None) -> Ranking:
    """Score and rank the candidate initiatives. ``criteria``: a criteria document as a dict
    or JSON text (docs/prioritisation.md), None for the default criteria. ValidationError
    (with pointers) for bad criteria, an AHP matrix with CR > 0.10 included."""
    return Ranking(_loads(_tiltak._prioritise_json(portfolio, _text(criteria))), portfolio.currency)


def select_portfolio(portfolio: "Portfolio", options: _Document = None, **keywords: Any) -> Selection:
    """Choose the portfolio within budgets, capacity and dependencies. ``options``: selection
    options as a dict or JSON text, None for the defaults; keyword arguments set single options
    over it (``budgets=[{"year": 2026, "investment": Money(...)}]``, ``forced_in=["T-1"]``,
    ``method="exact"``, ...), and ``budget=AMOUNT`` (with ``operating_budget=AMOUNT``) gives
    that budget in every year of the horizon, as the CLI's ``--budget``. Amounts may be Money,
    int, Decimal or decimal text. InfeasibleError names each conflict."""
    text = _options(portfolio, options, keywords)
    return Selection(_loads(_tiltak._select_json(portfolio, text)), portfolio.currency)


class Plan(_FrameFallback, DocumentResult):
    """A realistic plan of a selection (plan_selection()): ``scheduled`` (id, title,
    planned_year, start_year) and ``deferred`` (id, title, reason), as in the plan document."""

    __slots__ = ()

    def to_pandas(self) -> "pandas.DataFrame":
        """One row per initiative: id, title, planned_year, start_year (<NA> when deferred)
        and reason (why it was deferred)."""
        pd = _pandas()
        plan = self._document
        rows = [(s["id"], s["title"], s["planned_year"], s["start_year"], None) for s in plan["scheduled"]]
        rows += [(d["id"], d["title"], None, None, d["reason"]) for d in plan["deferred"]]
        frame = pd.DataFrame(rows, columns=["id", "title", "planned_year", "start_year", "reason"])
        return frame.astype({"planned_year": "Int64", "start_year": "Int64"})


class Frontier(_FrameFallback, DocumentResult):
    """The efficient frontier (efficient_frontier()): ``points``, one per budget factor, with
    budget_factor, investment_budget (Money), feasible, objective_value, status, gap, selected."""

    __slots__ = ()
    _amount_keys = frozenset({"investment_budget"})

    def to_pandas(self) -> "pandas.DataFrame":
        """One row per factor: budget_factor, investment_budget (``_minor`` and kroner),
        feasible, objective_value (NaN when infeasible), status, gap and selected (count)."""
        pd = _pandas()
        points = self._document["points"]
        columns: Dict[str, Any] = {"budget_factor": pd.Series([p["budget_factor"] for p in points], dtype="float64")}
        _amount_columns(pd, columns, "investment_budget", [p["investment_budget"] for p in points])
        columns["feasible"] = pd.Series([p["feasible"] for p in points], dtype="bool")
        columns["objective_value"] = pd.Series([p["objective_value"] for p in points], dtype="float64")
        columns["status"] = _objects(pd, [p["status"] for p in points])
        columns["gap"] = pd.Series([p["gap"] for p in points], dtype="float64")
        columns["selected"] = pd.Series([len(p["selected"]) for p in points], dtype="int64")
        return pd.DataFrame(columns)


def plan_selection(portfolio: "Portfolio", options: _Document = None, **keywords: Any) -> Plan:
    """Select with ``options`` (and keyword options, as select_portfolio()), then give each
    selected initiative a start year that keeps every year's budgets and capacity and the
    dependencies: a Plan (``to_pandas()``: one row per initiative)."""
    text = _options(portfolio, options, keywords)
    return Plan(_loads(_tiltak._plan_json(portfolio, text)), portfolio.currency)


def efficient_frontier(portfolio: "Portfolio", budget_factors: Sequence[float] = (0.5, 0.75, 1.0, 1.25, 1.5),
                       options: _Document = None, **keywords: Any) -> Frontier:
    """The best value at each budget level (every year's budgets times the factor; the
    defaults are the CLI's levels): a Frontier (``to_pandas()``: one row per factor)."""
    text = _options(portfolio, options, keywords)
    return Frontier(_loads(_tiltak._frontier_json(portfolio, list(budget_factors), text)), portfolio.currency)


def compare_selections(portfolio: "Portfolio", options_a: _Document = None,
                       options_b: _Document = None) -> SelectionComparison:
    """Select with options A and with options B, and compare the two."""
    return SelectionComparison(_loads(
        _tiltak._compare_selections_json(portfolio, _text(options_a), _text(options_b))), portfolio.currency)


def plot_frontier(frontier: Union[Frontier, "pandas.DataFrame"], ax: Optional["Axes"] = None) -> "Axes":
    """Plot an efficient_frontier() result (or its to_pandas() frame): optimal value against
    the horizon's investment budget; infeasible levels are left out. Returns the Axes."""
    if isinstance(frontier, Frontier):
        frontier = frontier.to_pandas()
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots()
    feasible = frontier[frontier["feasible"]]
    ax.plot(feasible["investment_budget"], feasible["objective_value"], marker="o")
    ax.set_xlabel("Investment budget over the horizon")
    ax.set_ylabel("Optimal value")
    ax.set_title("Efficient frontier")
    return ax


class WeightThresholds(_Legacy):
    """For each pair of neighbours in the ranking, the change of each criterion's weight alone
    that swaps them (Triantaphyllou & Sánchez 1997): absolute (``change``, weights summing to
    1), relative (``relative_percent`` of the weight), feasible (the new weight within 0..1),
    and the pair's most critical criterion."""

    __slots__ = ()

    def to_pandas(self) -> "pandas.DataFrame":
        """The same as to_frame()."""
        return self.to_frame()

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


class WeightUncertainty(_Legacy):
    """Monte Carlo over the criteria weights: per initiative the probability of making the top
    k and of being selected, its mean rank, P5/P95 ranks and rank acceptabilities."""

    __slots__ = ()

    def to_pandas(self) -> "pandas.DataFrame":
        """The same as to_frame()."""
        return self.to_frame()

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
    return WeightThresholds(_loads(_tiltak._weight_thresholds_json(portfolio, _text(criteria))), portfolio.currency)


def weight_uncertainty(portfolio: "Portfolio", options: _Document = None, **uncertainty: Any) -> WeightUncertainty:
    """Monte Carlo over weight uncertainty. ``options``: selection options (as
    select_portfolio(); their criteria give the weights). Keyword arguments are the uncertainty
    options (docs/prioritisation.md): model ("dirichlet" or "uniform"), concentration,
    spread_percent, draws, top_k, seed, threads, select, method ("greedy" or "exact"),
    time_limit_seconds. The same seed gives the same result for any number of threads."""
    text = _text(uncertainty) if uncertainty else None
    return WeightUncertainty(_loads(_tiltak._weight_uncertainty_json(portfolio, _text(options), text)),
                             portfolio.currency)


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
