"""pandas DataFrames for the compliance check (ComplianceReport.to_frame() and .areas_frame()).

pandas is imported only when one of these runs. Conventions as in tiltak/_frames.py
(docs/python.md, "DataFrames"): severities and subject kinds are categoricals with every
name as a category (severity ordered error < warning < info, most serious first); ``attrs``
holds the report's ``rulebook``, ``as_of`` and ``language``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._frames import _category, _objects, _pandas

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from ._tiltak import ComplianceReport

__all__ = ["findings_frame", "areas_frame"]


def _with_attrs(frame: Any, report: "ComplianceReport") -> Any:
    frame.attrs["rulebook"] = report.rulebook
    frame.attrs["as_of"] = report.as_of
    frame.attrs["language"] = report.language
    return frame


def findings_frame(report: "ComplianceReport") -> "pandas.DataFrame":
    """One row per finding, in the report's order.

    Columns: subject_kind (category), subject, rule (str), severity (ordered category:
    error, warning, info), pointer (JSON Pointer into the document), message (str).
    """
    pd = _pandas()
    findings = report.findings
    frame = pd.DataFrame({
        "subject_kind": _category(pd, [f.subject_kind for f in findings], "rule_scope"),
        "subject": _objects(pd, [f.subject for f in findings]),
        "rule": _objects(pd, [f.rule for f in findings]),
        "severity": _category(pd, [f.severity for f in findings], "severity", ordered=True),
        "pointer": _objects(pd, [f.pointer for f in findings]),
        "message": _objects(pd, [f.message for f in findings]),
    })
    return _with_attrs(frame, report)


def areas_frame(report: "ComplianceReport") -> "pandas.DataFrame":
    """One row per service area: area (id), name, initiatives, compliant_initiatives, errors,
    warnings, infos (int64), and compliance_share (float64: compliant / initiatives, NaN for an
    area without initiatives)."""
    pd = _pandas()
    areas = report.areas
    frame = pd.DataFrame({
        "area": _objects(pd, [a.area for a in areas]),
        "name": _objects(pd, [a.name for a in areas]),
        **{column: pd.Series([getattr(a, column) for a in areas], dtype="int64")
           for column in ("initiatives", "compliant_initiatives", "errors", "warnings", "infos")},
    })
    frame["compliance_share"] = (frame["compliant_initiatives"] / frame["initiatives"].where(frame["initiatives"] > 0)
                                 ).astype("float64")
    return _with_attrs(frame, report)
