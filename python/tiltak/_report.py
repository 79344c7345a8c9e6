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
    "planned_start", "planned_finish", "actual_start", "actual_finish", "forecast_start",
    "forecast_finish", "latest_measured_on", "full_realisation",
}


def _minor(text: Optional[str]) -> Optional[int]:
    return None if text is None else int(Decimal(text) * _MINOR_PER_MAJOR)


def _frame(pd: Any, rows: List[Dict[str, Any]], attrs: Dict[str, Any]) -> "pandas.DataFrame":
    columns: Dict[str, Any] = {}
    names = list(rows[0].keys()) if rows else []
    for name in names:
        values = [row.get(name) for row in rows]
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
    frame = pd.DataFrame(columns)
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
    return {name: _frame(pd, rows, attrs) for name, rows in tables.items()}


def report_repr_html(report: "Report") -> str:
    # In an iframe, so that the report's own stylesheet does not restyle the notebook.
    page = html.escape(report.to_html(), quote=True)
    return (
        f'<iframe srcdoc="{page}" style="width:100%;height:720px;border:1px solid #ccc" '
        f'title="{html.escape(report.portfolio)}"></iframe>'
    )
