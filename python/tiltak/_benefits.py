"""pandas DataFrames for the results of tiltak's cost-benefit appraisal.

PortfolioAppraisal.to_frame() and Appraisal.curve_frame() call these. pandas is imported only
when one of them runs: ``import tiltak`` works without it. The conventions are those of
tiltak/_frames.py (docs/python.md, "DataFrames"): amounts twice, ``<name>_minor`` as int64
minor units and ``<name>`` as float64 major units (kroner); ids as str.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional

from ._frames import _MINOR_PER_MAJOR, _objects, _pandas

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from ._tiltak import Appraisal, PortfolioAppraisal

__all__ = ["appraisal_frame", "curve_frame"]


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
    rows = result.initiatives
    columns: Dict[str, Any] = {
        "id": _objects(pd, [r.initiative for r in rows]),
        "title": _objects(pd, [r.title for r in rows]),
    }
    for name in ("pv_costs", "pv_benefits", "npv", "npv_with_tax_financing"):
        columns.update(_amounts(pd, name, [getattr(r.appraisal, name).minor_units for r in rows]))
    columns["bcr"] = _optional(
        pd, [float("nan") if r.appraisal.benefit_cost_ratio is None else r.appraisal.benefit_cost_ratio
             for r in rows], "float64")
    columns["payback_year"] = _optional(pd, [r.appraisal.payback_year for r in rows], "Int64")
    columns["discounted_payback_year"] = _optional(pd, [r.appraisal.discounted_payback_year for r in rows], "Int64")
    frame = pd.DataFrame(columns)
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
