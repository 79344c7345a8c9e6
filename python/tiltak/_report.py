"""The portfolio report's tables as pandas DataFrames, and its notebook view.

Report.frames() and Report._repr_html_() call these. The frames are read from the report's
JSON form, so they hold exactly what every other surface shows. Conventions are those of
tiltak/_frames.py (docs/python.md, "DataFrames"): amounts twice, ``<name>_minor`` as int64
minor units (exact) and ``<name>`` as float64 major units; dates as ``datetime.date``.
"""

from __future__ import annotations

import datetime
import html
import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Dict, List, Optional

from ._frames import _MINOR_PER_MAJOR, _pandas

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from ._tiltak import Report

__all__ = ["report_frames", "report_repr_html"]

# Fields holding amounts (decimal strings in the JSON) and dates (ISO strings).
_AMOUNTS = {
    "plan", "actual", "forecast", "total_plan", "total_actual", "total_forecast", "planned",
    "plan_investment", "plan_operating", "pipeline", "frame_investment", "frame_operating",
    "amount", "costs", "benefits", "cumulative_net", "planned_to_date", "realised_to_date",
}
_DATES = {
    "planned_start", "planned_end", "actual_start", "actual_end", "forecast_start",
    "forecast_end", "latest_measured_on", "full_realisation",
}
# The report document says *_finish; the frames say *_end, as the portfolio frames do. The old
# column names still answer, with a DeprecationWarning, for one release.
_RENAMED = {"planned_finish": "planned_end", "actual_finish": "actual_end", "forecast_finish": "forecast_end"}
# Columns of tables that may be empty (a report without ``since`` has no changes).
_EMPTY_COLUMNS = {"changes": ["id", "title", "kind", "field", "before", "after"]}


def _renamed(name: Any) -> Any:
    if isinstance(name, str) and name in _RENAMED:
        import warnings

        warnings.warn(f"the report frames' column {name!r} is now {_RENAMED[name]!r}, as in the portfolio frames",
                      DeprecationWarning, stacklevel=3)
        return _RENAMED[name]
    return name


def _frame_class(pd: Any) -> Any:
    """A DataFrame that still answers the old column names (frame["planned_finish"]); made
    once, when pandas is first needed, and reachable as tiltak._report.ReportFrame (pickle)."""
    cls = globals().get("ReportFrame")
    if cls is not None:
        return cls

    class ReportFrame(pd.DataFrame):  # type: ignore[misc, valid-type]
        @property
        def _constructor(self) -> Any:
            return pd.DataFrame

        def __getitem__(self, key: Any) -> Any:
            return super().__getitem__(_renamed(key))

        def __getattr__(self, name: str) -> Any:
            if name in _RENAMED:
                return self[name]
            return super().__getattr__(name)

    ReportFrame.__module__ = __name__
    ReportFrame.__qualname__ = "ReportFrame"
    globals()["ReportFrame"] = ReportFrame
    return ReportFrame


def __getattr__(name: str) -> Any:  # PEP 562: unpickling a report frame before any was made
    if name == "ReportFrame":
        return _frame_class(_pandas())
    raise AttributeError(name)


def _minor(text: Optional[str]) -> Optional[int]:
    return None if text is None else int(Decimal(text) * _MINOR_PER_MAJOR)


def _frame(pd: Any, rows: List[Dict[str, Any]], attrs: Dict[str, Any], empty: List[str]) -> "pandas.DataFrame":
    columns: Dict[str, Any] = {}
    names = list(rows[0].keys()) if rows else empty
    for name in names:
        values = [row.get(name) for row in rows]
        name = _RENAMED.get(name, name)
        if name in _AMOUNTS:
            minor = [_minor(value) for value in values]
            columns[name + "_minor"] = pd.array(minor, dtype="Int64")
            columns[name] = pd.array(
                [None if m is None else m / _MINOR_PER_MAJOR for m in minor], dtype="Float64"
            )
        elif name in _DATES:
            columns[name] = pd.Series(
                [None if v is None else datetime.date.fromisoformat(v) for v in values], dtype=object
            )
        else:
            columns[name] = pd.Series(values, dtype=object)
    frame = _frame_class(pd)(columns)
    frame.attrs.update(attrs)
    return frame


def _flatten_initiative(line: Dict[str, Any]) -> Dict[str, Any]:
    row = {k: v for k, v in line.items() if not isinstance(v, (list, dict))}
    row["service_areas"] = ", ".join(line["service_areas"])
    for dimension, cell in line["status"].items():
        row[dimension] = None if cell is None else cell["rag"]
    return row


def _flatten_realisation(line: Dict[str, Any]) -> Dict[str, Any]:
    row = {k: v for k, v in line.items() if not isinstance(v, (list, dict))}
    row["flags"] = ", ".join(line["flags"])
    forecast = line["forecast"]
    row["full_realisation"] = forecast["full_realisation"] if forecast else None
    return row


def report_frames(report: "Report") -> Dict[str, "pandas.DataFrame"]:
    """The report's 14 tables as DataFrames (Report.frames(); docs/python.md lists them)."""
    pd = _pandas()
    doc = json.loads(report.to_json())
    attrs = {"portfolio": doc["portfolio"], "currency": doc["currency"], "as_of": doc["as_of"]}
    initiatives = doc["initiatives"]

    def per_initiative(key: str) -> List[Dict[str, Any]]:
        return [{"initiative": line["id"], **item} for line in initiatives for item in line[key]]

    totals = doc["portfolio_totals"]
    economy = totals["economy"]
    tables = {
        "initiatives": [_flatten_initiative(line) for line in initiatives],
        "budget": per_initiative("budget"),
        "risks": per_initiative("top_risks"),
        "benefits": per_initiative("benefits"),
        "dependencies_at_risk": per_initiative("dependencies_at_risk"),
        "years": totals["years"],
        "service_areas": totals["service_areas"],
        "capacity": totals["capacity"],
        "economy": economy["curve"] if economy else [],
        "goals": totals["goals"],
        "pending_decisions": totals["pending_decisions"],
        "compliance": doc["compliance"]["findings"],
        "benefit_realisation": [
            _flatten_realisation(line) for line in doc["benefit_realisation"]["benefits"]
        ],
        "changes": doc["changes"],
    }
    return {name: _frame(pd, rows, attrs, _EMPTY_COLUMNS.get(name, [])) for name, rows in tables.items()}


def report_repr_html(report: "Report") -> str:
    # In an iframe, so that the report's own stylesheet does not restyle the notebook.
    page = html.escape(report.to_html(), quote=True)
    return (
        f'<iframe srcdoc="{page}" style="width:100%;height:720px;border:1px solid #ccc" '
        f'title="{html.escape(report.portfolio)}"></iframe>'
    )
