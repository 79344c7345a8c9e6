"""pandas DataFrames and HTML for a Portfolio (Portfolio.initiatives_frame() and friends).

pandas is imported here, and only when one of these functions runs: ``import tiltak`` works
without it. The columns are built in C++ (Portfolio._columns); this module only gives them
their pandas dtypes. Conventions (docs/python.md, "DataFrames"):

- amounts come twice: ``<name>_minor`` as int64 minor units (øre, exact; sum these) and
  ``<name>`` as float64 major units (kroner, for plotting; not exact);
- enumerations are pandas categoricals with every document name as a category (stage and
  status ordered: lifecycle order, green < yellow < red);
- dates are ``datetime.date`` objects (object dtype), None when unknown;
- missing ids and empty optional texts (phase, programme, role, description, ...) are None;
  ``attrs`` holds the portfolio's ``name`` and ``currency``.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any, Dict

from ._tiltak import _ENUM_NAMES

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from ._tiltak import Portfolio

__all__ = ["initiatives_frame", "costs_frame", "benefits_frame", "to_pandas", "portfolio_html"]

# Minor units per major unit: two decimals for every supported currency (NOK, DKK, EUR, SEK).
_MINOR_PER_MAJOR = 100

# Rows shown by _repr_html_ before "... and N more".
HTML_MAX_ROWS = 50


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError(
            "tiltak's DataFrame helpers need pandas (Debian: apt-get install python3-pandas)"
        ) from error
    return pandas


def _category(pd: Any, values: Any, enum: str, ordered: bool = False) -> Any:
    dtype = pd.CategoricalDtype(list(_ENUM_NAMES[enum]), ordered=ordered)
    return pd.Series(values, dtype=object).astype(dtype)


def _coded(pd: Any, codes: Any, enum: str, ordered: bool = False) -> Any:
    """A categorical from the int8 codes of the native columns (-1: missing), built in bulk."""
    dtype = pd.CategoricalDtype(list(_ENUM_NAMES[enum]), ordered=ordered)
    return pd.Series(pd.Categorical.from_codes(codes, dtype=dtype))


def _objects(pd: Any, values: Any) -> Any:
    return pd.Series(values, dtype=object)


def _frame(pd: Any, portfolio: "Portfolio", columns: Dict[str, Any]) -> "pandas.DataFrame":
    frame = pd.DataFrame(columns)
    frame.attrs["name"] = portfolio.name
    frame.attrs["currency"] = portfolio.currency
    return frame


def initiatives_frame(portfolio: "Portfolio") -> "pandas.DataFrame":
    """One row per initiative, in portfolio order.

    Columns: id, title, stage (ordered categorical), phase, programme, owner (person id or
    None), owner_name (or None), service_areas (list of ids), planned_start, planned_end,
    actual_start, actual_end, fixed_start (datetime.date or None), planned_cost_minor (int64) and
    planned_cost (float64): planned investment + operating + valued internal hours;
    planned_benefit_minor and planned_benefit: planned monetised benefit attributed to it;
    status: the worst current status (ordered categorical green < yellow < red, NaN when none).
    """
    pd = _pandas()
    c = portfolio._columns("initiatives")
    return _frame(pd, portfolio, {
        "id": _objects(pd, c["id"]),
        "title": _objects(pd, c["title"]),
        "stage": _coded(pd, c["stage"], "stage", ordered=True),
        "phase": _objects(pd, c["phase"]),
        "programme": _objects(pd, c["programme"]),
        "owner": _objects(pd, c["owner"]),
        "owner_name": _objects(pd, c["owner_name"]),
        "service_areas": _objects(pd, c["service_areas"]),
        "planned_start": _objects(pd, c["planned_start"]),
        "planned_end": _objects(pd, c["planned_end"]),
        "actual_start": _objects(pd, c["actual_start"]),
        "actual_end": _objects(pd, c["actual_end"]),
        "fixed_start": _objects(pd, c["fixed_start"]),
        "planned_cost_minor": pd.Series(c["planned_cost_minor"], dtype="int64"),
        "planned_cost": pd.Series(c["planned_cost_minor"] / _MINOR_PER_MAJOR, dtype="float64"),
        "planned_benefit_minor": pd.Series(c["planned_benefit_minor"], dtype="int64"),
        "planned_benefit": pd.Series(c["planned_benefit_minor"] / _MINOR_PER_MAJOR, dtype="float64"),
        "status": _coded(pd, c["status"], "rag", ordered=True),
    })


def costs_frame(portfolio: "Portfolio") -> "pandas.DataFrame":
    """One row per cost line (every basis), in portfolio order.

    Columns: initiative (id), year (int64), kind and basis (categoricals), amount_minor
    (int64) and amount (float64), hours (int64, internal hours only), role (or None),
    bearer (unit id or None: shared by the cost-sharing key), description.
    """
    pd = _pandas()
    c = portfolio._columns("costs")
    return _frame(pd, portfolio, {
        "initiative": _objects(pd, c["initiative"]),
        "year": pd.Series(c["year"], dtype="int64"),
        "kind": _coded(pd, c["kind"], "cost_kind"),
        "basis": _coded(pd, c["basis"], "cost_basis"),
        "amount_minor": pd.Series(c["amount_minor"], dtype="int64"),
        "amount": pd.Series(c["amount_minor"] / _MINOR_PER_MAJOR, dtype="float64"),
        "hours": pd.Series(c["hours"], dtype="int64"),
        "role": _objects(pd, c["role"]),
        "bearer": _objects(pd, c["bearer"]),
        "description": _objects(pd, c["description"]),
    })


def benefits_frame(portfolio: "Portfolio") -> "pandas.DataFrame":
    """One row per benefit and year of its planned profile.

    Columns: benefit (id), title, kind and recipient_kind (categoricals), recipient (unit or
    member id, None for parties outside the organisation), year (int64), quantity (float64,
    in indicator units), unit (the indicator's unit), value_minor (int64) and value
    (float64): quantity x value per unit rounded to the minor unit, 0 when the benefit is not
    valued in money; contributors (tuple of initiative ids) and shares_basis_points (tuple of
    int, the same order): who the benefit is attributed to and how much of it;
    unattributed_basis_points (int64): the part no contributor carries. Every row of one
    benefit holds the same two tuples. The amounts are not split by contributor: the
    attributed parts are in initiatives_frame()'s planned_benefit columns.
    """
    pd = _pandas()
    c = portfolio._columns("benefits")
    return _frame(pd, portfolio, {
        "benefit": _objects(pd, c["benefit"]),
        "title": _objects(pd, c["title"]),
        "kind": _coded(pd, c["kind"], "benefit_kind"),
        "recipient_kind": _coded(pd, c["recipient_kind"], "recipient_kind"),
        "recipient": _objects(pd, c["recipient"]),
        "year": pd.Series(c["year"], dtype="int64"),
        "quantity": pd.Series(c["quantity"], dtype="float64"),
        "unit": _objects(pd, c["unit"]),
        "value_minor": pd.Series(c["value_minor"], dtype="int64"),
        "value": pd.Series(c["value_minor"] / _MINOR_PER_MAJOR, dtype="float64"),
        "contributors": _objects(pd, c["contributors"]),
        "shares_basis_points": _objects(pd, c["shares_basis_points"]),
        "unattributed_basis_points": pd.Series(c["unattributed_basis_points"], dtype="int64"),
    })


def to_pandas(portfolio: "Portfolio") -> Dict[str, "pandas.DataFrame"]:
    """The three frames: ``{"initiatives": ..., "costs": ..., "benefits": ...}``."""
    return {
        "initiatives": initiatives_frame(portfolio),
        "costs": costs_frame(portfolio),
        "benefits": benefits_frame(portfolio),
    }


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def portfolio_html(portfolio: "Portfolio", max_rows: int = HTML_MAX_ROWS) -> str:
    """A compact HTML table for Jupyter: name, counts, totals and the first ``max_rows``
    initiatives with their planned cost and benefit and current status. Every text from the
    document is escaped."""
    e = html.escape
    summary = portfolio.summary()
    lines = summary.initiatives
    right = ' style="text-align:right;white-space:nowrap"'
    parts = [
        '<div class="tiltak-portfolio">',
        f"<p><strong>{e(summary.name)}</strong>: {e(_plural(len(lines), 'initiative'))}, "
        f"{e(_plural(len(portfolio.benefits), 'benefit'))}, currency {e(portfolio.currency)}<br>"
        f"planned cost {e(summary.total_cost.format())}, "
        f"planned benefit {e(summary.total_benefit.format())}</p>",
        "<table>",
        "<thead><tr><th>id</th><th>title</th><th>stage</th><th>owner</th>"
        f"<th{right}>planned cost</th><th{right}>planned benefit</th><th>status</th></tr></thead>",
        "<tbody>",
    ]
    for line in lines[:max_rows]:
        parts.append(
            f"<tr><td>{e(line.id)}</td><td>{e(line.title)}</td><td>{e(line.stage)}</td>"
            f"<td>{e(line.owner)}</td><td{right}>{e(line.total_cost.format())}</td>"
            f"<td{right}>{e(line.total_benefit.format())}</td><td>{e(line.overall or '')}</td></tr>"
        )
    parts.append("</tbody>")
    parts.append("</table>")
    if len(lines) > max_rows:
        parts.append(f"<p>... and {e(_plural(len(lines) - max_rows, 'more initiative'))}</p>")
    parts.append("</div>")
    return "\n".join(parts)
