"""pandas DataFrames and matplotlib plots for the results of tiltak's benefits engine.

PortfolioAppraisal.to_frame(), Appraisal.curve_frame(), RealisationSummary.to_frame() and
BenefitRealisation.plot() call these. pandas and matplotlib are imported only when one of them
runs: ``import tiltak`` works without them. Plot helpers return the matplotlib Axes. The conventions are those of
tiltak/_frames.py (docs/python.md, "DataFrames"): amounts twice, ``<name>_minor`` as int64
minor units and ``<name>`` as float64 major units (kroner); ids as str.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional

from . import _tiltak
from ._frames import _MINOR_PER_MAJOR, _objects, _pandas
from ._results import DocumentResult

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    import matplotlib.axes

    from ._tiltak import (Appraisal, BenefitRealisation, PayerRecipientMatrix, PortfolioAppraisal,
                          RealisationSummary)

__all__ = ["appraisal_frame", "flows_frame", "curve_frame", "realisation_frame", "payer_matrix_frame", "plot_hump",
           "plot_realisation", "plot_payer_matrix", "effects_frame", "tornado_frame", "plot_tornado",
           "PlusMinus", "Uncertainty", "SlipValueChange", "plus_minus", "uncertainty_analysis", "slip_value_change"]


def _amounts(pd: Any, name: str, minor: List[int]) -> Dict[str, Any]:
    series = pd.Series(minor, dtype="int64")
    return {f"{name}_minor": series, name: pd.Series(series / _MINOR_PER_MAJOR, dtype="float64")}


def _optional(pd: Any, values: List[Optional[Any]], dtype: str) -> Any:
    return pd.Series(values, dtype=dtype)


def appraisal_frame(result: "PortfolioAppraisal") -> "pandas.DataFrame":
    """One row per initiative, in portfolio order.

    Columns: id, title; pv_costs, pv_benefits, npv, npv_with_tax_financing (each as
    ``*_minor`` int64 and float64 kroner); bcr (float64, NaN when undefined); payback_year
    and discounted_payback_year (nullable Int64). ``attrs`` holds ``currency`` and
    ``discount_year`` of the total.
    """
    pd = _pandas()
    c = result._columns()
    columns: Dict[str, Any] = {
        "id": _objects(pd, c["id"]),
        "title": _objects(pd, c["title"]),
    }
    for name in ("pv_costs", "pv_benefits", "npv", "npv_with_tax_financing"):
        columns.update(_amounts(pd, name, c[name]))
    columns["bcr"] = pd.Series(c["bcr"], dtype="float64")
    for name in ("payback_year", "discounted_payback_year"):
        columns[name] = pd.Series(pd.arrays.IntegerArray(c[name], c[name + "_missing"]))
    frame = pd.DataFrame(columns)
    frame.attrs["currency"] = result.total.currency
    frame.attrs["discount_year"] = result.total.discount_year
    return frame


def flows_frame(result: "PortfolioAppraisal") -> "pandas.DataFrame":
    """One row per valued flow of every initiative, in portfolio order (each initiative's
    flows as its Appraisal.flows lists them).

    Columns: initiative (id), year (int64), category (categorical: investment, operating,
    internal_hours, benefit), amount_minor (int64; costs negative) and amount (float64),
    public_share_basis_points (int64: the part that falls on public budgets). ``attrs`` holds
    ``currency`` and ``discount_year``.
    """
    pd = _pandas()
    c = result._flow_columns()
    ids = pd.Series(c["ids"], dtype=object)
    frame = pd.DataFrame({
        "initiative": ids.take(c["position"]).reset_index(drop=True),
        "year": pd.Series(c["year"], dtype="int64"),
        "category": pd.Categorical.from_codes(
            c["category"], dtype=pd.CategoricalDtype(list(c["category_names"]))),
        **_amounts(pd, "amount", c["amount_minor"]),
        "public_share_basis_points": pd.Series(c["public_share_basis_points"], dtype="int64"),
    })
    frame.attrs["currency"] = result.total.currency
    frame.attrs["discount_year"] = result.total.discount_year
    return frame


def curve_frame(appraisal: "Appraisal") -> "pandas.DataFrame":
    """One row per year of the cumulative curves, in year order: the hump (J-curve) to plot.

    Columns: year (int64); flow, cumulative (nominal) and discounted_flow,
    discounted_cumulative, each as ``*_minor`` int64 and float64 kroner. Years missing from
    one curve are 0. ``attrs`` holds ``currency``, ``discount_year`` and the humps' ``depth``
    (Money), ``trough_year`` and ``payback_year`` / ``discounted_payback_year``.
    """
    pd = _pandas()
    nominal = {p.year: p for p in appraisal.cumulative_nominal}
    discounted = {p.year: p for p in appraisal.cumulative_discounted}
    years = sorted(set(nominal) | set(discounted))

    def minor(points: Dict[int, Any], attribute: str) -> List[int]:
        return [getattr(points[y], attribute).minor_units if y in points else 0 for y in years]

    columns: Dict[str, Any] = {"year": pd.Series(years, dtype="int64")}
    columns.update(_amounts(pd, "flow", minor(nominal, "flow")))
    columns.update(_amounts(pd, "cumulative", minor(nominal, "cumulative")))
    columns.update(_amounts(pd, "discounted_flow", minor(discounted, "flow")))
    columns.update(_amounts(pd, "discounted_cumulative", minor(discounted, "cumulative")))
    frame = pd.DataFrame(columns)
    frame.attrs["currency"] = appraisal.currency
    frame.attrs["discount_year"] = appraisal.discount_year
    hump = appraisal.nominal_hump
    frame.attrs["depth"] = hump.depth if hump is not None else None
    frame.attrs["trough_year"] = hump.trough_year if hump is not None else None
    frame.attrs["payback_year"] = appraisal.payback_year
    frame.attrs["discounted_payback_year"] = appraisal.discounted_payback_year
    return frame


def realisation_frame(summary: "RealisationSummary") -> "pandas.DataFrame":
    """One row per benefit, in portfolio order.

    Columns: id, title, owner (str or None), direction; latest_degree and planned_degree_now
    (float64, NaN when unknown); planned_to_date and realised_to_date (``*_minor`` nullable
    Int64 and float64 kroner, absent (NA, NaN) for a benefit without a money value); one bool column per flag (behind_plan, no_measurement_when_due, no_owner,
    not_measurable, target_against_direction). ``attrs`` holds ``as_of`` and ``currency``.
    """
    pd = _pandas()
    rows = summary.benefits

    def number(value: Optional[float]) -> float:
        return float("nan") if value is None else value

    columns: Dict[str, Any] = {
        "id": _objects(pd, [r.id for r in rows]),
        "title": _objects(pd, [r.title for r in rows]),
        "owner": _objects(pd, [r.owner for r in rows]),
        "direction": _objects(pd, [r.direction for r in rows]),
        "latest_degree": _optional(pd, [number(r.latest_degree) for r in rows], "float64"),
        "planned_degree_now": _optional(pd, [number(r.planned_degree_now) for r in rows], "float64"),
    }
    for name in ("planned_to_date", "realised_to_date"):
        minor = [getattr(r, name).minor_units if r.valued_in_money else None for r in rows]
        series = pd.Series(minor, dtype="Int64")
        columns[f"{name}_minor"] = series
        columns[name] = pd.Series(series.astype("float64") / _MINOR_PER_MAJOR, dtype="float64")
    for flag in ("behind_plan", "no_measurement_when_due", "no_owner", "not_measurable",
                 "target_against_direction"):
        columns[flag] = pd.Series([flag in r.flags for r in rows], dtype="bool")
    frame = pd.DataFrame(columns)
    frame.attrs["as_of"] = summary.as_of
    frame.attrs["currency"] = summary.currency
    return frame


def _axes(ax: Any) -> Any:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt  # lazily: only when plotting

    return plt.figure().add_subplot()


def plot_hump(appraisal: Any, ax: Any = None, discounted: bool = True) -> "matplotlib.axes.Axes":
    """The cumulative net cash curve (the hump): kroner by year, with the trough and payback
    marked. ``appraisal``: an Appraisal, or what appraise_portfolio() (its total) or
    appraise_initiative() returns."""
    if isinstance(appraisal, _tiltak.PortfolioAppraisal):
        appraisal = appraisal.total
    elif isinstance(appraisal, _tiltak.InitiativeAppraisal):
        appraisal = appraisal.appraisal
    ax = _axes(ax)
    points = appraisal.cumulative_discounted if discounted else appraisal.cumulative_nominal
    years = [p.year for p in points]
    values = [p.cumulative.minor_units / _MINOR_PER_MAJOR for p in points]
    ax.plot(years, values, marker="o", label="discounted" if discounted else "nominal")
    ax.axhline(0, color="grey", linewidth=0.8)
    hump = appraisal.discounted_hump if discounted else appraisal.nominal_hump
    if hump is not None and hump.depth.minor_units < 0:
        ax.annotate("trough", (hump.trough_year, hump.depth.minor_units / _MINOR_PER_MAJOR))
    if hump is not None and hump.positive_year is not None:
        ax.axvline(hump.positive_year, color="green", linestyle="--", linewidth=0.8, label="payback")
    ax.set_xlabel("year")
    ax.set_ylabel(f"cumulative net ({appraisal.currency})")
    ax.legend()
    return ax


def _plot_realisation_summary(summary: "RealisationSummary", ax: Any) -> "matplotlib.axes.Axes":
    frame = realisation_frame(summary).iloc[::-1]
    positions = list(range(len(frame)))
    ax.barh([p + 0.2 for p in positions], frame["planned_degree_now"].fillna(0), height=0.4, label="plan")
    ax.barh([p - 0.2 for p in positions], frame["latest_degree"].fillna(0), height=0.4, label="measured")
    ax.set_yticks(positions, labels=list(frame["id"]))
    ax.axvline(1.0, color="grey", linewidth=0.8)
    ax.set_xlabel("realisation degree")
    ax.set_title(f"Realisation as of {summary.as_of}")
    ax.legend()
    return ax


def plot_realisation(realisation: Any, ax: Any = None) -> "matplotlib.axes.Axes":
    """For one benefit (benefit_realisation()): planned degree per profile year (steps) against
    the measured degrees and the trend line. For a portfolio (portfolio_realisation()): per
    benefit, the degree planned by now against the latest measured one."""
    import datetime

    ax = _axes(ax)
    if isinstance(realisation, _tiltak.RealisationSummary):
        return _plot_realisation_summary(realisation, ax)
    if realisation.years:
        starts = [datetime.date(y.year, 1, 1) for y in realisation.years]
        ax.step(starts, [y.planned_degree for y in realisation.years], where="post", label="plan")
    measured = [m for m in realisation.measurements if m.degree is not None]
    if measured:
        ax.plot([m.date for m in measured], [m.degree for m in measured], "o", label="measured")
    forecast = realisation.forecast
    if forecast is not None and measured:
        first = measured[0].date
        end = forecast.full_realisation or measured[-1].date
        end = max(end, measured[-1].date)
        ends = [first, end]
        degrees = [forecast.intercept + forecast.slope_per_year * (d - first).days / 365.25 for d in ends]
        ax.plot(ends, degrees, "--", label="trend (least squares)")
    ax.axhline(1.0, color="grey", linewidth=0.8)
    ax.set_ylabel("realisation degree")
    ax.set_title(f"{realisation.id} {realisation.title}")
    ax.legend()
    return ax


def _party_label(party: Any) -> str:
    kind, identifier = party
    return identifier if identifier is not None else kind


def payer_matrix_frame(matrix: "PayerRecipientMatrix") -> "pandas.DataFrame":
    """Payers as rows, recipients as columns, float64 kroner (0 where no benefit flows).

    Labels are the party ids, or the kind for parties without one ("organisation",
    "citizens", ...). ``attrs`` holds ``currency``, ``discount_year``, ``level`` and the parties
    as (kind, id) tuples in ``payers`` / ``recipients``.
    """
    pd = _pandas()
    rows = [_party_label(p) for p in matrix.payers]
    columns = [_party_label(r) for r in matrix.recipients]
    row_index = {p: i for i, p in enumerate(matrix.payers)}
    column_index = {r: j for j, r in enumerate(matrix.recipients)}
    values = [[0.0] * len(columns) for _ in rows]
    for cell in matrix.cells:
        values[row_index[cell.payer]][column_index[cell.recipient]] = cell.present_value.minor_units / _MINOR_PER_MAJOR
    frame = pd.DataFrame(values, index=pd.Index(rows, name="payer"), columns=pd.Index(columns, name="recipient"),
                         dtype="float64")
    frame.attrs["currency"] = matrix.currency
    frame.attrs["discount_year"] = matrix.discount_year
    frame.attrs["level"] = matrix.level
    frame.attrs["payers"] = list(matrix.payers)
    frame.attrs["recipients"] = list(matrix.recipients)
    return frame


def plot_payer_matrix(matrix: "PayerRecipientMatrix", ax: Any = None) -> "matplotlib.axes.Axes":
    """A heat map of payer_matrix_frame(): who pays (rows) for whose gains (columns)."""
    ax = _axes(ax)
    frame = payer_matrix_frame(matrix)
    image = ax.imshow(frame.values, cmap="Blues", aspect="auto")
    ax.set_xticks(range(len(frame.columns)), labels=list(frame.columns), rotation=45, ha="right")
    ax.set_yticks(range(len(frame.index)), labels=list(frame.index))
    ax.set_xlabel("recipient")
    ax.set_ylabel("payer")
    ax.figure.colorbar(image, ax=ax, label=f"present value ({matrix.currency})")
    return ax


def effects_frame(result: Dict[str, Any]) -> "pandas.DataFrame":
    """One row per (initiative, benefit without a money value) of a plus_minus() result.

    Columns: initiative, npv_rank (int64), benefit, title, reason, significance, scope (str or
    None), consequence (nullable Int64, -4..+4) and symbol ("++", "0", ... or None).
    """
    pd = _pandas()
    rows = [(i["initiative"], i["npv_rank"], e) for i in result["initiatives"] for e in i["effects"]]
    return pd.DataFrame({
        "initiative": _objects(pd, [r[0] for r in rows]),
        "npv_rank": pd.Series([r[1] for r in rows], dtype="int64"),
        "benefit": _objects(pd, [r[2]["id"] for r in rows]),
        "title": _objects(pd, [r[2]["title"] for r in rows]),
        "reason": _objects(pd, [r[2]["reason"] for r in rows]),
        "significance": _objects(pd, [r[2]["significance"] for r in rows]),
        "scope": _objects(pd, [r[2]["scope"] for r in rows]),
        "consequence": pd.Series([r[2]["consequence"] for r in rows], dtype="Int64"),
        "symbol": _objects(pd, [r[2]["symbol"] for r in rows]),
    })


def tornado_frame(result: Dict[str, Any]) -> "pandas.DataFrame":
    """The tornado of an uncertainty_analysis() result, widest bar first: initiative, item,
    npv_low, npv_high, range (float64 kroner). ``attrs["planned_npv"]``: the NPV as planned."""
    pd = _pandas()
    bars = result["tornado"]
    frame = pd.DataFrame({
        "initiative": _objects(pd, [b["initiative"] for b in bars]),
        "item": _objects(pd, [b["item"] for b in bars]),
        "npv_low": pd.Series([float(b["npv_low"]) for b in bars], dtype="float64"),
        "npv_high": pd.Series([float(b["npv_high"]) for b in bars], dtype="float64"),
        "range": pd.Series([float(b["range"]) for b in bars], dtype="float64"),
    })
    frame.attrs["planned_npv"] = float(result["planned_npv"])
    return frame


def plot_tornado(result: Dict[str, Any], ax: Any = None, top: int = 15) -> "matplotlib.axes.Axes":
    """Horizontal bars from the low to the high NPV of the ``top`` widest items, around the plan."""
    ax = _axes(ax)
    frame = tornado_frame(result).head(top).iloc[::-1]
    planned = frame.attrs["planned_npv"]
    lows = frame[["npv_low", "npv_high"]].min(axis=1)
    widths = frame["range"]
    labels = [f"{i} {item}" for i, item in zip(frame["initiative"], frame["item"])]
    ax.barh(labels, widths, left=lows)
    ax.axvline(planned, color="black", linewidth=0.8)
    ax.set_xlabel(f"NPV with tax-financing cost ({result['currency']})")
    return ax


# --- results kept as documents: plus-minus, uncertainty, slip value --------------------------------


class PlusMinus(DocumentResult):
    """The plus-minus method's result (plus_minus()): per initiative its NPV rank and the
    effects without a money value (docs/benefits.md). ``to_pandas()``: effects_frame()."""

    __slots__ = ()
    _amount_keys = frozenset({"npv_with_tax_financing"})

    def to_pandas(self) -> "pandas.DataFrame":
        """effects_frame() of this result."""
        return effects_frame(self)


class Uncertainty(DocumentResult):
    """The uncertainty analysis (uncertainty_analysis()): planned_npv, monte_carlo (mean, p10,
    p50, p90 as Money, probability_negative, per initiative) and the tornado bars.
    ``to_pandas()``: tornado_frame()."""

    __slots__ = ()
    _amount_keys = frozenset({"planned_npv", "mean", "p10", "p50", "p90", "mean_npv", "npv_low", "npv_high",
                              "range"})

    def to_pandas(self) -> "pandas.DataFrame":
        """tornado_frame() of this result."""
        return tornado_frame(self)


class SlipValueChange(DocumentResult):
    """What a slip does to the present value of the benefits that move with it
    (slip_value_change()): npv_before, npv_after, npv_change (Money) and per benefit."""

    __slots__ = ()
    _amount_keys = frozenset({"npv_before", "npv_after", "npv_change", "npv_change_without_tax_financing",
                              "pv_before", "pv_after", "change"})


def plus_minus(portfolio: Any, assessments: Any = None, parameters: Any = None) -> PlusMinus:
    """The plus-minus method: ``assessments`` as a dict or JSON text ({"assessments":
    [{"benefit", "significance", "scope", "note"}], "matrix": optional}), None for none yet.
    Every benefit without a money value is listed. ValidationError for bad input."""
    if assessments is None:
        assessments = {"assessments": []}
    return PlusMinus(_tiltak.plus_minus(portfolio, assessments, parameters), portfolio.currency)


def uncertainty_analysis(portfolio: Any, estimates: Any = None, parameters: Any = None,
                         **keywords: Any) -> Uncertainty:
    """Monte Carlo (triangular, seeded, the same for any thread count) and tornado of the NPV
    with tax-financing cost. ``estimates`` as a dict or JSON text ({"seed", "draws", "threads",
    "defaults", "initiatives": {id: {"cost_factor": [low, likely, high], "benefit_factor",
    "delay_years"}}}); keyword arguments set single fields over it (``seed=4, draws=500``).
    Releases the GIL."""
    if keywords:
        import json

        merged = json.loads(estimates) if isinstance(estimates, str) else dict(estimates or {})
        merged.update(keywords)
        estimates = merged
    return Uncertainty(_tiltak.uncertainty_analysis(portfolio, {} if estimates is None else estimates, parameters),
                       portfolio.currency)


def slip_value_change(portfolio: Any, id: str, days: int, parameters: Any = None) -> SlipValueChange:
    """What a slip of initiative ``id`` by ``days`` calendar days does to the present value of
    the benefits that move with it (docs/benefits.md). NotFoundError for an unknown id."""
    return SlipValueChange(_tiltak.slip_value_change(portfolio, id, days, parameters), portfolio.currency)
