"""pandas DataFrames and networkx graphs for the results of tiltak's graph functions.

Schedule.to_frame(), SlipImpact.to_frame() and .benefits_frame(), CancelImpact.to_frame(),
BenefitNetwork.to_frame() and DependencyGraph.to_networkx() call these. pandas and networkx are
imported here, and only when one of them runs: ``import tiltak`` works without either. The
conventions are those of tiltak/_frames.py (docs/python.md, "DataFrames"): amounts twice,
``<name>_minor`` as int64 minor units and ``<name>`` as float64 major units; dates as
``datetime.date`` objects; ids as str.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List

from ._frames import _MINOR_PER_MAJOR, _objects, _pandas

if TYPE_CHECKING:  # pragma: no cover
    import networkx
    import pandas

    from ._tiltak import BenefitNetwork, CancelImpact, DependencyGraph, Schedule, SlipImpact

__all__ = ["schedule_frame", "moved_frame", "benefit_changes_frame", "lost_contributions_frame", "goals_frame",
           "to_networkx"]


def _networkx() -> Any:
    try:
        import networkx
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError(
            "DependencyGraph.to_networkx() needs networkx (Debian: apt-get install python3-networkx; "
            "pip install networkx); edge_list() needs nothing"
        ) from error
    return networkx


def _int64(pd: Any, values: Any) -> Any:
    return pd.Series(values, dtype="int64")


def _amounts(pd: Any, name: str, minor: List[int]) -> Dict[str, Any]:
    """``name_minor`` (int64) and ``name`` (float64, major units) columns."""
    series = _int64(pd, minor)
    return {f"{name}_minor": series, name: pd.Series(series / _MINOR_PER_MAJOR, dtype="float64")}


def schedule_frame(schedule: "Schedule") -> "pandas.DataFrame":
    """One row per scheduled initiative, in portfolio order.

    Columns: id, duration (int64, calendar units), earliest_start, earliest_finish, latest_start,
    latest_finish (datetime.date), total_float, free_float (int64, calendar units), critical,
    fixed (bool), delay_vs_plan (int64). ``attrs`` holds ``calendar``, ``start`` and ``finish``.
    """
    pd = _pandas()
    c = schedule._columns()
    frame = pd.DataFrame({
        "id": _objects(pd, c["id"]),
        "duration": _int64(pd, c["duration"]),
        "earliest_start": _objects(pd, c["earliest_start"]),
        "earliest_finish": _objects(pd, c["earliest_finish"]),
        "latest_start": _objects(pd, c["latest_start"]),
        "latest_finish": _objects(pd, c["latest_finish"]),
        "total_float": _int64(pd, c["total_float"]),
        "free_float": _int64(pd, c["free_float"]),
        "critical": pd.Series(c["critical"], dtype="bool"),
        "fixed": pd.Series(c["fixed"], dtype="bool"),
        "delay_vs_plan": _int64(pd, c["delay_vs_plan"]),
    })
    frame.attrs["calendar"] = schedule.calendar
    frame.attrs["start"] = schedule.start
    frame.attrs["finish"] = schedule.finish
    return frame


def moved_frame(impact: "SlipImpact") -> "pandas.DataFrame":
    """One row per moved initiative, the slipped one first.

    Columns: id, old_start, new_start, old_finish, new_finish (datetime.date), start_shift_days,
    finish_shift_days (int64, calendar days). ``attrs`` holds ``initiative`` and ``slip_days``.
    """
    pd = _pandas()
    moved = impact.moved
    frame = pd.DataFrame({
        "id": _objects(pd, [m.id for m in moved]),
        "old_start": _objects(pd, [m.old_start for m in moved]),
        "new_start": _objects(pd, [m.new_start for m in moved]),
        "old_finish": _objects(pd, [m.old_finish for m in moved]),
        "new_finish": _objects(pd, [m.new_finish for m in moved]),
        "start_shift_days": _int64(pd, [m.start_shift_days for m in moved]),
        "finish_shift_days": _int64(pd, [m.finish_shift_days for m in moved]),
    })
    frame.attrs["initiative"] = impact.initiative
    frame.attrs["slip_days"] = impact.slip_days
    return frame


def benefit_changes_frame(impact: "SlipImpact") -> "pandas.DataFrame":
    """One row per moved benefit and budget year (every year in its value before or after).

    Columns: benefit, year (int64), before_minor, before, after_minor, after, change_minor,
    change (after - before; negative where value moves out of the year). ``attrs`` holds
    ``initiative`` and ``slip_days``.
    """
    pd = _pandas()
    benefit: List[str] = []
    year: List[int] = []
    before: List[int] = []
    after: List[int] = []
    for moved in impact.benefits:
        old = {y: amount.minor_units for y, amount in moved.before}
        new = {y: amount.minor_units for y, amount in moved.after}
        for y in sorted(old.keys() | new.keys()):
            benefit.append(moved.id)
            year.append(y)
            before.append(old.get(y, 0))
            after.append(new.get(y, 0))
    columns: Dict[str, Any] = {"benefit": _objects(pd, benefit), "year": _int64(pd, year)}
    columns.update(_amounts(pd, "before", before))
    columns.update(_amounts(pd, "after", after))
    columns.update(_amounts(pd, "change", [a - b for a, b in zip(after, before)]))
    frame = pd.DataFrame(columns)
    frame.attrs["initiative"] = impact.initiative
    frame.attrs["slip_days"] = impact.slip_days
    return frame


def lost_contributions_frame(impact: "CancelImpact") -> "pandas.DataFrame":
    """One row per benefit the cancelled initiative contributes to.

    Columns: benefit, lost_share_basis_points (int64), lost_value_minor, lost_value, at_risk
    (bool: some other contributor is downstream of it too). ``attrs`` holds ``initiative``.
    """
    pd = _pandas()
    lost = impact.benefits
    at_risk = set(impact.benefits_at_risk)
    columns: Dict[str, Any] = {
        "benefit": _objects(pd, [b.id for b in lost]),
        "lost_share_basis_points": _int64(pd, [b.lost_share_basis_points for b in lost]),
    }
    columns.update(_amounts(pd, "lost_value", [b.lost_value.minor_units for b in lost]))
    columns["at_risk"] = pd.Series([b.id in at_risk for b in lost], dtype="bool")
    frame = pd.DataFrame(columns)
    frame.attrs["initiative"] = impact.initiative
    return frame


def goals_frame(network: "BenefitNetwork") -> "pandas.DataFrame":
    """One row per strategic goal, in strategy order.

    Columns: goal, covered (bool), benefits, approved_contributors, direct_contributors (lists
    of ids).
    """
    pd = _pandas()
    goals = network.goals
    return pd.DataFrame({
        "goal": _objects(pd, [g.goal for g in goals]),
        "covered": pd.Series([g.covered for g in goals], dtype="bool"),
        "benefits": _objects(pd, [g.benefits for g in goals]),
        "approved_contributors": _objects(pd, [g.approved_contributors for g in goals]),
        "direct_contributors": _objects(pd, [g.direct_contributors for g in goals]),
    })


def to_networkx(graph: "DependencyGraph", multigraph: bool = False) -> "networkx.DiGraph":
    """A networkx.DiGraph (MultiDiGraph with ``multigraph``) of every node, with attributes
    ``kind`` and ``title``, and every edge (prerequisite -> dependent) with ``type`` and
    ``lag_days``."""
    nx = _networkx()
    result = nx.MultiDiGraph() if multigraph else nx.DiGraph()
    result.add_nodes_from((node.id, {"kind": node.kind, "title": node.title}) for node in graph.nodes)
    result.add_edges_from(graph.edge_list())
    return result
