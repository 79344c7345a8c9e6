"""The dependency graph, schedules, impacts, the benefit network and calendars, against the
answers computed by hand in tests/unit/graph/{schedule,impact,benefit_network}_test.cpp.

Dates are inclusive: a 10-day initiative from 1 January finishes on 10 January. Portfolios are
written with Builder, which mirrors tests/support/portfolio_builder.hpp: each initiative is
"Tiltak <id>", approved, planned from start to end."""

import datetime
import json
import os
import subprocess
import sys
import threading
from decimal import Decimal

import pytest

import tiltak
from tiltak import Money


def day(iso):
    return datetime.date.fromisoformat(iso)


def kr(kroner):
    return Money(kroner * 100, "NOK")


class Builder:
    """A small portfolio document, built in a few lines (as the C++ tests' PortfolioBuilder)."""

    def __init__(self):
        self.document = {
            "schema_version": 1,
            "name": "Test",
            "currency": "NOK",
            "organisation": {"name": "Testvik"},
            "strategy": {"goals": []},
            "components": [],
            "initiatives": [],
            "benefits": [],
        }

    def initiative(self, id, start, end, stage="approved"):
        planned = {}
        if start:
            planned["start"] = start
        if end:
            planned["end"] = end
        self.document["initiatives"].append(
            {"id": id, "title": f"Tiltak {id}", "stage": stage, "planned": planned, "dependencies": []})
        return self

    def component(self, id, available_from):
        component = {"id": id, "name": f"Komponent {id}", "provider": "Digdir"}
        if available_from:
            component["available_from"] = available_from
        self.document["components"].append(component)
        return self

    def last(self, id):
        return next(i for i in self.document["initiatives"] if i["id"] == id)

    def depends(self, dependent, prerequisite, type="finish_to_start", lag=0):
        self.last(dependent)["dependencies"].append({"initiative": prerequisite, "type": type, "lag_days": lag})
        return self

    def needs_component(self, dependent, component):
        self.last(dependent)["dependencies"].append({"component": component})
        return self

    def fixed_start(self, id, date):
        self.last(id)["fixed_start"] = date
        return self

    def started(self, id, start):
        self.last(id)["actual"] = {"start": start}
        return self

    def benefit(self, id, contributors, profile=(), value_per_unit=None, goals=()):
        """contributors: {initiative: percent}; profile: [(year, quantity)]."""
        benefit = {
            "id": id,
            "title": id,
            "kind": "non_cash",
            "recipient": {"external": "citizens"},
            "indicator": {"name": "timer", "unit": "hours", "direction": "decrease"},
            "profile": [{"year": year, "quantity": quantity} for year, quantity in profile],
            "contributors": [{"initiative": i, "share": str(share)} for i, share in contributors.items()],
            "goals": list(goals),
        }
        if value_per_unit is not None:
            benefit["value_per_unit"] = value_per_unit
        self.document["benefits"].append(benefit)
        return self

    def build(self):
        return tiltak.Portfolio.from_json(json.dumps(self.document))


def two(type, lag):
    """A: 1-10 Jan (10 days); B: 5 days, planned from 1 Jan; B depends on A."""
    return (Builder().initiative("A", "2026-01-01", "2026-01-10").initiative("B", "2026-01-01", "2026-01-05")
            .depends("B", "A", type, lag).build())


# --- the dependency graph ----------------------------------------------------------------------


def test_graph_nodes_edges_and_order_of_the_minimal_portfolio(minimal):
    graph = tiltak.DependencyGraph(minimal)
    assert [(n.kind, n.id, n.title) for n in graph.nodes] == [
        ("initiative", "T-1", "Min side"), ("initiative", "T-2", "Pårørendeapp"),
        ("component", "id-porten", "ID-porten")]
    assert [(e.source, e.target, e.type, e.lag_days) for e in graph.edges] == [
        ("id-porten", "T-1", "finish_to_start", 0), ("T-1", "T-2", "start_to_start", 30)]
    assert graph.edge_list() == [
        ("id-porten", "T-1", {"type": "finish_to_start", "lag_days": 0}),
        ("T-1", "T-2", {"type": "start_to_start", "lag_days": 30})]
    assert graph.issues == [] and not graph.has_cycles
    assert graph.topological_order() == ["id-porten", "T-1", "T-2"]
    assert graph.upstream("T-2") == ["T-1", "id-porten"]  # node order
    assert graph.downstream("id-porten") == ["T-1", "T-2"]
    assert graph.downstream("T-2") == []
    assert len(graph) == 3 and "T-1" in graph and "id-porten" in graph and "T-9" not in graph and 1 not in graph
    assert repr(graph) == "<tiltak.DependencyGraph: 3 nodes, 2 edges, 0 issues>"
    assert graph.edges == tiltak.DependencyGraph(minimal).edges and graph.edges[0] != graph.edges[1]


def test_unknown_node_is_not_found(minimal):
    graph = tiltak.DependencyGraph(minimal)
    with pytest.raises(tiltak.NotFoundError) as raised:
        graph.upstream("T-9")
    assert isinstance(raised.value, KeyError)
    assert raised.value.value == '"T-9"'


def test_dropped_initiatives_are_not_nodes_and_dependencies_on_them_are_issues():
    portfolio = (Builder().initiative("A", "2026-01-01", "2026-01-10", stage="cancelled")
                 .initiative("B", "2026-01-01", "2026-01-05").depends("B", "A").build())
    graph = tiltak.DependencyGraph(portfolio)
    assert [n.id for n in graph.nodes] == ["B"]
    assert len(graph.issues) == 1
    issue = graph.issues[0]
    assert (issue.kind, issue.path) == ("dropped_prerequisite", ["B", "A"])
    assert str(issue) == issue.message == "B (Tiltak B) depends on A (Tiltak A), which is cancelled"


def cyclic():
    """A -> C, B -> A, C -> B: A depends on C, ..., a ring of three; D stands apart."""
    return (Builder().initiative("A", "2026-01-01", "2026-01-10").initiative("B", "2026-01-01", "2026-01-10")
            .initiative("C", "2026-01-01", "2026-01-10").initiative("D", "2026-01-01", "2026-01-10")
            .depends("A", "C").depends("B", "A").depends("C", "B").build())


CYCLE_MESSAGE = "dependency cycle: A (Tiltak A) → B (Tiltak B) → C (Tiltak C) → A (Tiltak A)"


def test_cycle_is_an_issue_with_its_path():
    graph = tiltak.DependencyGraph(cyclic())
    assert graph.has_cycles
    assert [(i.kind, i.path, i.message) for i in graph.issues] == [("cycle", ["A", "B", "C", "A"], CYCLE_MESSAGE)]
    assert repr(graph) == "<tiltak.DependencyGraph: 4 nodes, 3 edges, 1 issue (1 cycle)>"


def test_topological_order_of_a_cycle_raises_validation_error_naming_it():
    with pytest.raises(tiltak.ValidationError) as raised:
        tiltak.DependencyGraph(cyclic()).topological_order()
    assert str(raised.value) == CYCLE_MESSAGE
    assert [p.message for p in raised.value.problems] == [CYCLE_MESSAGE]


def test_cycle_makes_the_schedule_a_validation_error_naming_every_initiative_on_it():
    with pytest.raises(tiltak.ValidationError) as raised:
        tiltak.compute_schedule(cyclic())
    assert raised.value.code == "validation_error"
    assert [p.message for p in raised.value.problems] == [CYCLE_MESSAGE]


def test_cycle_from_the_editing_api_is_found_too():
    portfolio = Builder().initiative("A", "2026-01-01", "2026-01-10").initiative("B", "2026-01-11", "2026-01-20").build()
    b = portfolio["B"]
    b.dependencies = [tiltak.Dependency("A")]
    portfolio.update_initiative(b)
    a = portfolio["A"]
    a.dependencies = [tiltak.Dependency("B", type="start_to_start")]
    portfolio.update_initiative(a)  # the model allows it; the graph reports it
    assert tiltak.DependencyGraph(portfolio).issues[0].path == ["A", "B", "A"]
    with pytest.raises(tiltak.ValidationError, match="A \\(Tiltak A\\) → B \\(Tiltak B\\) → A"):
        tiltak.compute_schedule(portfolio)


def test_graph_needs_a_portfolio():
    with pytest.raises(TypeError, match="expected a tiltak.Portfolio, got str"):
        tiltak.DependencyGraph("portfolio.json")
    with pytest.raises(TypeError):
        tiltak.compute_schedule(None)


# --- networkx ------------------------------------------------------------------------------------


def test_edge_list_is_accepted_by_networkx_and_the_order_agrees():
    nx = pytest.importorskip("networkx")
    portfolio = tiltak.generate_portfolio(200, seed=3)
    graph = tiltak.DependencyGraph(portfolio)
    edges = graph.edge_list()
    assert len(edges) == len(graph.edges) > 100
    digraph = nx.DiGraph(edges)
    built = nx.DiGraph()
    built.add_edges_from(edges)
    assert nx.utils.graphs_equal(digraph, built)
    pairs = [(s, t) for s, t, _ in edges]
    for source, target, data in edges:
        if pairs.count((source, target)) == 1:
            assert digraph.edges[source, target] == data

    assert nx.is_directed_acyclic_graph(digraph)
    order = graph.topological_order()
    assert sorted(order) == sorted(n.id for n in graph.nodes) and set(digraph.nodes) <= set(order)
    position = {node: i for i, node in enumerate(order)}
    assert all(position[s] < position[t] for s, t in pairs)  # a topological order of networkx's graph
    for node in digraph.nodes:
        assert set(graph.upstream(node)) == nx.ancestors(digraph, node)
        assert set(graph.downstream(node)) == nx.descendants(digraph, node)


def test_to_networkx_has_every_node_with_its_attributes(minimal):
    nx = pytest.importorskip("networkx")
    graph = tiltak.DependencyGraph(minimal)
    digraph = graph.to_networkx()
    assert isinstance(digraph, nx.DiGraph) and not digraph.is_multigraph()
    assert dict(digraph.nodes(data=True)) == {
        "T-1": {"kind": "initiative", "title": "Min side"},
        "T-2": {"kind": "initiative", "title": "Pårørendeapp"},
        "id-porten": {"kind": "component", "title": "ID-porten"},
    }
    assert digraph.edges["T-1", "T-2"] == {"type": "start_to_start", "lag_days": 30}
    assert list(nx.topological_sort(digraph)) == graph.topological_order()
    cycle = tiltak.DependencyGraph(cyclic()).to_networkx()
    assert "D" in cycle and [sorted(c) for c in nx.simple_cycles(cycle)] == [["A", "B", "C"]]


def test_to_networkx_multigraph_keeps_parallel_dependencies():
    nx = pytest.importorskip("networkx")
    portfolio = (Builder().initiative("A", "2026-01-01", "2026-01-10").initiative("B", "2026-01-01", "2026-01-05")
                 .depends("B", "A", "start_to_start", 2).depends("B", "A", "finish_to_finish", 3).build())
    graph = tiltak.DependencyGraph(portfolio)
    assert graph.to_networkx().number_of_edges() == 1
    multi = graph.to_networkx(multigraph=True)
    assert isinstance(multi, nx.MultiDiGraph)
    assert sorted(d["type"] for _, _, d in multi.edges(data=True)) == ["finish_to_finish", "start_to_start"]


def test_to_networkx_without_networkx_says_what_is_missing():
    code = (
        "import sys; sys.modules['networkx'] = None\n"
        "import tiltak\n"
        "g = tiltak.DependencyGraph(tiltak.generate_portfolio(3))\n"
        "assert g.edge_list() is not None\n"
        "try:\n"
        "    g.to_networkx()\n"
        "except ImportError as e:\n"
        "    assert 'needs networkx' in str(e), e\n"
        "else:\n"
        "    raise SystemExit('expected ImportError')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=dict(os.environ))


# --- the schedule: constraint types and lags ----------------------------------------------------


def test_finish_to_start_starts_the_day_after_the_prerequisite_finishes():
    s = tiltak.compute_schedule(two("finish_to_start", 0))
    assert s["B"].earliest_start == day("2026-01-11")
    assert s["B"].earliest_finish == day("2026-01-15")
    assert s["B"].delay_vs_plan == 10
    assert s["A"].total_float == 0 and s["B"].total_float == 0
    assert s["A"].critical and s["B"].critical
    assert s.start == day("2026-01-01") and s.finish == day("2026-01-15")
    assert s.critical_paths == [["A", "B"]]
    assert s.calendar == "calendar_days"


def test_finish_to_start_lag_and_lead():
    assert tiltak.compute_schedule(two("finish_to_start", 7))["B"].earliest_start == day("2026-01-18")
    assert tiltak.compute_schedule(two("finish_to_start", -3))["B"].earliest_start == day("2026-01-08")


def test_start_to_start_with_lag_leaves_float_on_the_shorter_one():
    s = tiltak.compute_schedule(two("start_to_start", 3))
    b = s["B"]
    assert (b.earliest_start, b.earliest_finish) == (day("2026-01-04"), day("2026-01-08"))
    assert (b.latest_start, b.latest_finish) == (day("2026-01-06"), day("2026-01-10"))
    assert (b.total_float, b.free_float, b.critical) == (2, 2, False)
    assert s["A"].total_float == 0


def test_finish_to_finish_with_lag_drives_the_finish():
    s = tiltak.compute_schedule(two("finish_to_finish", 2))
    assert (s["B"].earliest_start, s["B"].earliest_finish) == (day("2026-01-08"), day("2026-01-12"))
    assert s["A"].latest_finish == day("2026-01-10")
    assert s["A"].critical and s["B"].critical


def test_start_to_finish_binds_only_when_it_is_later():
    assert tiltak.compute_schedule(two("start_to_finish", 12))["B"].earliest_start == day("2026-01-08")
    s = tiltak.compute_schedule(two("start_to_finish", 0))
    assert s["B"].earliest_start == day("2026-01-01")
    assert s["B"].delay_vs_plan == 0


def parallel():
    """A (10 d) and C (3 d) both precede D."""
    return (Builder().initiative("A", "2026-01-01", "2026-01-10").initiative("C", "2026-01-01", "2026-01-03")
            .initiative("D", "2026-01-01", "2026-01-02").depends("D", "A").depends("D", "C").build())


def test_parallel_branch_has_float_until_the_join():
    s = tiltak.compute_schedule(parallel())
    assert s["D"].earliest_start == day("2026-01-11")
    c = s["C"]
    assert (c.total_float, c.free_float, c.latest_start, c.critical) == (7, 7, day("2026-01-08"), False)
    assert len(s.critical_paths) == 1 and s.critical_paths[0][0] == "A"


def test_free_float_can_be_smaller_than_total_float():
    s = tiltak.compute_schedule(
        Builder().initiative("A", "2026-01-01", "2026-01-10").initiative("C", "2026-01-01", "2026-01-03")
        .initiative("E", "2026-01-01", "2026-01-02").depends("E", "C").build())
    assert (s["C"].free_float, s["C"].total_float) == (0, 5)
    assert s["E"].free_float == 5


def test_shared_component_availability_is_a_fixed_date():
    s = tiltak.compute_schedule(Builder().component("kf", "2026-03-01").initiative("A", "2026-01-01", "2026-01-10")
                                .needs_component("A", "kf").build())
    assert s["A"].earliest_start == day("2026-03-01")
    assert s["A"].delay_vs_plan == 59
    available = (Builder().component("idp", None).initiative("A", "2026-01-01", "2026-01-10")
                 .needs_component("A", "idp").build())
    assert tiltak.compute_schedule(available)["A"].earliest_start == day("2026-01-01")


def test_fixed_start_that_a_prerequisite_cannot_meet_is_a_conflict():
    s = tiltak.compute_schedule(Builder().initiative("A", "2026-01-01", "2026-01-10")
                                .initiative("B", "2026-01-05", "2026-01-09").depends("B", "A")
                                .fixed_start("B", "2026-01-05").build())
    assert s["B"].earliest_start == day("2026-01-05")  # the contract holds the date
    assert s["B"].fixed
    assert len(s.conflicts) == 1
    conflict = s.conflicts[0]
    assert (conflict.initiative, conflict.prerequisite) == ("B", "A")
    assert (conflict.fixed_start, conflict.earliest_allowed) == (day("2026-01-05"), day("2026-01-11"))
    assert str(conflict) == conflict.message == (
        "B (Tiltak B) must start 2026-01-05 (fixed start), but A (Tiltak A) lets it start 2026-01-11 at the "
        "earliest (finish_to_start, lag 0)")
    assert s["A"].total_float < 0


def test_actual_dates_of_a_started_initiative_are_facts():
    s = tiltak.compute_schedule(
        Builder().initiative("A", "2026-01-01", "2026-01-10", stage="in_progress")
        .initiative("B", "2026-01-01", "2026-01-05").started("A", "2026-01-20").depends("B", "A").build())
    assert (s["A"].earliest_start, s["A"].earliest_finish) == (day("2026-01-20"), day("2026-01-29"))
    assert s["A"].fixed
    assert s["B"].earliest_start == day("2026-01-30")


def test_initiatives_without_dates_are_listed_not_scheduled():
    s = tiltak.compute_schedule(Builder().initiative("A", "2026-01-01", "2026-01-10")
                                .initiative("I", None, None, stage="idea").build())
    assert s.unscheduled == ["I"]
    assert "I" not in s and "A" in s
    with pytest.raises(tiltak.NotFoundError) as raised:
        s["I"]
    assert isinstance(raised.value, KeyError)


def test_undated_initiative_still_passes_constraints_on():
    s = tiltak.compute_schedule(
        Builder().initiative("A", "2026-01-01", "2026-01-10").initiative("X", None, None, stage="registered")
        .initiative("C", "2026-01-01", "2026-01-02").depends("X", "A").depends("C", "X").build())
    assert s["C"].earliest_start == day("2026-01-11")


def test_dependency_on_a_cancelled_initiative_is_a_warning():
    s = tiltak.compute_schedule(Builder().initiative("A", "2026-01-01", "2026-01-10", stage="cancelled")
                                .initiative("B", "2026-01-01", "2026-01-05").depends("B", "A").build())
    assert [(w.kind, w.message) for w in s.warnings] == [
        ("dropped_prerequisite", "B (Tiltak B) depends on A (Tiltak A), which is cancelled")]
    assert s["B"].earliest_start == day("2026-01-01")


def test_schedule_object_behaves_like_a_read_only_collection():
    s = tiltak.compute_schedule(two("finish_to_start", 0))
    assert len(s) == 2
    assert [i.id for i in s] == ["A", "B"] == [i.id for i in s.initiatives]
    assert s["B"] == s.initiatives[1] and s["A"] != s["B"]
    assert s == tiltak.compute_schedule(two("finish_to_start", 0))
    assert s != tiltak.compute_schedule(two("finish_to_start", 1))
    with pytest.raises(TypeError):
        hash(s)
    with pytest.raises(AttributeError):
        s["B"].total_float = 3
    assert repr(s) == ("<tiltak.Schedule calendar_days: 2 initiatives 2026-01-01..2026-01-15, 1 critical path, "
                       "0 conflicts, 0 unscheduled>")
    assert repr(s["B"]) == ("ScheduledInitiative(id='B', duration=5, earliest_start=datetime.date(2026, 1, 11), "
                            "earliest_finish=datetime.date(2026, 1, 15), total_float=0, critical=True)")


def test_empty_schedule_has_no_start_or_finish():
    s = tiltak.compute_schedule(Builder().initiative("I", None, None, stage="idea").build())
    assert (s.initiatives, s.start, s.finish, s.critical_paths) == ([], None, None, [])
    assert repr(s) == "<tiltak.Schedule calendar_days: 0 initiatives ?..?, 0 critical paths, 0 conflicts, 1 unscheduled>"


def test_critical_path_limit_and_bad_options():
    portfolio = (Builder().initiative("A", "2026-01-01", "2026-01-10").initiative("B", "2026-01-01", "2026-01-10")
                 .build())
    assert len(tiltak.compute_schedule(portfolio).critical_paths) == 2
    assert len(tiltak.compute_schedule(portfolio, critical_path_limit=1).critical_paths) == 1
    with pytest.raises(tiltak.InvalidArgumentError, match="must not be negative"):
        tiltak.compute_schedule(portfolio, critical_path_limit=-1)
    with pytest.raises(tiltak.InvalidArgumentError) as raised:
        tiltak.compute_schedule(portfolio, calendar="working_days_se")
    assert "expected one of calendar_days, working_days_no, working_days_dk" in str(raised.value)
    assert raised.value.value == '"working_days_se"'


# --- calendars -------------------------------------------------------------------------------------


def easter():
    """A: 30 Mar - 10 Apr 2026, across Easter; B (1 day) after A."""
    return (Builder().initiative("A", "2026-03-30", "2026-04-10").initiative("B", "2026-04-01", "2026-04-01")
            .depends("B", "A").build())


def test_norwegian_working_days_skip_easter_and_weekends():
    # Maundy Thursday 2 Apr to Easter Monday 6 Apr are holidays: A is 7 working days (30, 31 Mar,
    # 1, 7, 8, 9, 10 Apr), and B starts Monday 13 Apr, 5 working days late (1, 7, 8, 9, 10 Apr).
    s = tiltak.compute_schedule(easter(), calendar="working_days_no")
    assert s.calendar == "working_days_no"
    assert s["A"].duration == 7
    assert s["B"].earliest_start == day("2026-04-13")
    assert s["B"].delay_vs_plan == 5
    # In calendar days A is 12 days and B starts Saturday 11 April.
    calendar_days = tiltak.compute_schedule(easter())
    assert calendar_days["A"].duration == 12
    assert calendar_days["B"].earliest_start == day("2026-04-11")
    # Denmark has the same Easter holidays in 2026 (skærtorsdag to 2. påskedag).
    assert tiltak.compute_schedule(easter(), calendar="working_days_dk")["B"].earliest_start == day("2026-04-13")


def test_calendar_maps_dates_to_units_and_back():
    no = tiltak.Calendar("working_days_no")
    assert no.kind == "working_days_no" and repr(no) == "Calendar('working_days_no')"
    assert not no.is_working_day(day("2026-04-02"))  # skjærtorsdag
    assert not no.is_working_day(day("2026-04-04"))  # Saturday
    assert no.is_working_day(day("2026-04-07"))
    assert no.span(day("2026-03-30"), day("2026-04-10")) == 7
    assert no.span(day("2026-04-10"), day("2026-03-30")) == 0
    # Every day of Easter maps to the next working day, Tuesday 7 April.
    assert {no.to_units(day(f"2026-04-0{d}")) for d in range(2, 8)} == {no.to_units(day("2026-04-07"))}
    assert no.from_units(no.to_units(day("2026-04-03"))) == day("2026-04-07")
    assert no.to_units(day("2026-04-07")) - no.to_units(day("2026-04-01")) == 1
    assert no.from_units(no.last_unit) == day("2200-12-31")
    days = tiltak.Calendar()
    assert days.kind == "calendar_days" and days.to_units(day("1900-01-01")) == 0
    assert days.span(day("2026-01-01"), day("2026-12-31")) == 365
    assert tiltak.Calendar("working_days_no") == no != days
    assert len({no, tiltak.Calendar("working_days_no"), days}) == 2
    with pytest.raises(tiltak.InvalidArgumentError, match="outside the supported calendar"):
        no.to_units(day("1899-12-31"))
    with pytest.raises(tiltak.InvalidArgumentError):
        no.from_units(no.last_unit + 1)
    import pickle
    assert pickle.loads(pickle.dumps(no)) == no


def test_public_holidays_of_norway_and_denmark():
    holidays = tiltak.public_holidays("working_days_no", 2026)
    assert [(d, local) for d, local, _ in holidays] == [
        (day("2026-01-01"), "Første nyttårsdag"), (day("2026-04-02"), "Skjærtorsdag"),
        (day("2026-04-03"), "Langfredag"), (day("2026-04-05"), "1. påskedag"), (day("2026-04-06"), "2. påskedag"),
        (day("2026-05-01"), "Offentlig høytidsdag"), (day("2026-05-14"), "Kristi himmelfartsdag"),
        (day("2026-05-17"), "Grunnlovsdag"), (day("2026-05-24"), "1. pinsedag"), (day("2026-05-25"), "2. pinsedag"),
        (day("2026-12-25"), "1. juledag"), (day("2026-12-26"), "2. juledag")]
    assert holidays[3][2] == "Easter Sunday"
    dk2023 = [local for _, local, _ in tiltak.public_holidays("working_days_dk", 2023)]
    assert "Store bededag" in dk2023
    assert "Store bededag" not in [local for _, local, _ in tiltak.public_holidays("working_days_dk", 2024)]
    assert tiltak.public_holidays("calendar_days", 2026) == []
    with pytest.raises(tiltak.InvalidArgumentError, match="year 1899"):
        tiltak.public_holidays("working_days_no", 1899)
    assert tiltak.CALENDARS == ("calendar_days", "working_days_no", "working_days_dk")


# --- DataFrames ------------------------------------------------------------------------------------


def test_schedule_frame_columns_and_values():
    pd = pytest.importorskip("pandas")
    frame = tiltak.compute_schedule(two("start_to_start", 3)).to_frame()
    assert list(frame.columns) == ["id", "duration", "earliest_start", "earliest_finish", "latest_start",
                                   "latest_finish", "total_float", "free_float", "critical", "fixed",
                                   "delay_vs_plan"]
    dtypes = frame.dtypes
    assert dtypes["id"] == object and dtypes["earliest_start"] == object
    for column in ("duration", "total_float", "free_float", "delay_vs_plan"):
        assert dtypes[column] == "int64", column
    assert dtypes["critical"] == bool and dtypes["fixed"] == bool
    assert frame.to_dict("records") == [
        {"id": "A", "duration": 10, "earliest_start": day("2026-01-01"), "earliest_finish": day("2026-01-10"),
         "latest_start": day("2026-01-01"), "latest_finish": day("2026-01-10"), "total_float": 0, "free_float": 0,
         "critical": True, "fixed": False, "delay_vs_plan": 0},
        {"id": "B", "duration": 5, "earliest_start": day("2026-01-04"), "earliest_finish": day("2026-01-08"),
         "latest_start": day("2026-01-06"), "latest_finish": day("2026-01-10"), "total_float": 2, "free_float": 2,
         "critical": False, "fixed": False, "delay_vs_plan": 3},
    ]
    assert frame.attrs == {"calendar": "calendar_days", "start": day("2026-01-01"), "finish": day("2026-01-10")}
    assert isinstance(frame, pd.DataFrame)


def test_schedule_frame_of_a_generated_portfolio_agrees_with_the_objects():
    pytest.importorskip("pandas")
    schedule = tiltak.compute_schedule(tiltak.generate_portfolio(300, seed=11), calendar="working_days_dk")
    frame = schedule.to_frame()
    assert len(frame) == len(schedule) > 0
    assert frame["id"].tolist() == [s.id for s in schedule]
    assert frame["total_float"].tolist() == [s.total_float for s in schedule]
    assert frame["critical"].tolist() == [s.critical for s in schedule]
    assert frame["earliest_finish"].max() == schedule.finish
    assert set(frame.loc[frame["critical"], "id"]) >= {i for path in schedule.critical_paths for i in path}


def test_empty_frames_keep_their_columns_and_dtypes():
    pytest.importorskip("pandas")
    schedule = tiltak.compute_schedule(Builder().initiative("I", None, None, stage="idea").build())
    full = tiltak.compute_schedule(two("finish_to_start", 0)).to_frame()
    empty = schedule.to_frame()
    assert len(empty) == 0 and empty.dtypes.to_dict() == full.dtypes.to_dict()
    impact = tiltak.slip_impact(slip_portfolio(), "C", 5)  # C moves alone; no benefit moves
    assert impact.benefits_frame().columns.tolist() == [
        "benefit", "year", "before_minor", "before", "after_minor", "after", "change_minor", "change"]
    assert len(impact.benefits_frame()) == 0
    assert impact.benefits_frame()["change_minor"].dtype == "int64"


# --- impacts ---------------------------------------------------------------------------------------


def slip_portfolio(b_share=100, c_share=0):
    """A (1-10 Jan 2026) -> B (11-20 Jan); C is independent. Benefit G: 365 hours in 2026 at
    1 000 kr, credited to B (and C)."""
    contributors = {"B": b_share}
    if c_share:
        contributors["C"] = c_share
    return (Builder().initiative("A", "2026-01-01", "2026-01-10").initiative("B", "2026-01-11", "2026-01-20")
            .initiative("C", "2026-01-01", "2026-03-31").depends("B", "A")
            .benefit("G", contributors, profile=[(2026, 365)], value_per_unit="1000.00").build())


def test_slip_moves_the_initiative_and_everything_downstream():
    impact = tiltak.slip_impact(slip_portfolio(), "A", 5)
    assert (impact.initiative, impact.slip_days) == ("A", 5)
    assert len(impact.moved) == 2
    a = impact.moved[0]
    assert (a.id, a.old_start, a.new_start, a.old_finish, a.new_finish, a.start_shift_days, a.finish_shift_days) == (
        "A", day("2026-01-01"), day("2026-01-06"), day("2026-01-10"), day("2026-01-15"), 5, 5)
    assert impact.moved[1].id == "B" and impact.moved[1].new_finish == day("2026-01-25")
    assert impact.old_finish == impact.new_finish == day("2026-03-31")  # C finishes last either way


def test_slip_moves_benefit_value_out_of_the_budget_year():
    impact = tiltak.slip_impact(slip_portfolio(), "A", 5)
    assert len(impact.benefits) == 1
    g = impact.benefits[0]
    assert g.id == "G"
    assert (g.old_delivery, g.new_delivery) == (day("2026-01-20"), day("2026-01-25"))
    # 5 of 365 days: 5 000 kr of 365 000 kr moves from 2026 to 2027.
    assert g.change == [(2026, kr(-5000)), (2027, kr(5000))]
    assert g.before == [(2026, kr(365000))]
    assert g.after == [(2026, kr(360000)), (2027, kr(5000))]
    assert dict(g.change) == {2026: kr(-5000), 2027: kr(5000)}
    assert sum(amount for _, amount in g.change) == kr(0)


def test_only_the_attributed_share_moves_with_a_contributor():
    impact = tiltak.slip_impact(slip_portfolio(b_share=60, c_share=40), "A", 5)
    # 60 % of 365 000 kr is 219 000 kr, of which 5/365 (3 000 kr) moves.
    assert impact.benefits[0].change == [(2026, kr(-3000)), (2027, kr(3000))]


def test_slip_absorbed_by_float_moves_nothing_downstream():
    document = Builder()
    document.initiative("A", "2026-01-01", "2026-01-10").initiative("B", "2026-02-01", "2026-02-10").depends("B", "A")
    impact = tiltak.slip_impact(document.build(), "A", 5)
    assert [m.id for m in impact.moved] == ["A"]
    assert impact.benefits == []


def test_slip_of_an_unscheduled_or_unknown_initiative_is_not_found():
    portfolio = Builder().initiative("A", "2026-01-01", "2026-01-10").initiative("I", None, None, "idea").build()
    with pytest.raises(tiltak.NotFoundError):
        tiltak.slip_impact(portfolio, "I", 5)
    with pytest.raises(tiltak.NotFoundError):
        tiltak.slip_impact(portfolio, "Z", 5)


def test_slip_in_working_days_schedules_in_working_days():
    impact = tiltak.slip_impact(easter(), "A", 3, calendar="working_days_no")
    # A moves to 2-13 April; B then starts on the next working day after 13 April.
    b = next(m for m in impact.moved if m.id == "B")
    assert (b.old_start, b.new_start) == (day("2026-04-13"), day("2026-04-14"))


def test_slip_frames():
    pd = pytest.importorskip("pandas")
    impact = tiltak.slip_impact(slip_portfolio(), "A", 5)
    moved = impact.to_frame()
    assert list(moved.columns) == ["id", "old_start", "new_start", "old_finish", "new_finish", "start_shift_days",
                                   "finish_shift_days"]
    assert moved["start_shift_days"].dtype == "int64"
    assert moved[["id", "new_finish", "finish_shift_days"]].to_dict("records") == [
        {"id": "A", "new_finish": day("2026-01-15"), "finish_shift_days": 5},
        {"id": "B", "new_finish": day("2026-01-25"), "finish_shift_days": 5}]
    assert moved.attrs == {"initiative": "A", "slip_days": 5}

    benefits = impact.benefits_frame()
    assert benefits.to_dict("records") == [
        {"benefit": "G", "year": 2026, "before_minor": 36500000, "before": 365000.0, "after_minor": 36000000,
         "after": 360000.0, "change_minor": -500000, "change": -5000.0},
        {"benefit": "G", "year": 2027, "before_minor": 0, "before": 0.0, "after_minor": 500000, "after": 5000.0,
         "change_minor": 500000, "change": 5000.0}]
    assert benefits["change_minor"].sum() == 0
    assert benefits.groupby("year")["change_minor"].sum().to_dict() == {2026: -500000, 2027: 500000}
    assert isinstance(benefits, pd.DataFrame)


def cancel_portfolio():
    """A -> B -> C, D apart; benefit G credited 60 % to B (downstream of A) and 40 % to D,
    benefit H 100 % to A: 10 hours in 2026 and 20 in 2027 at 500 kr."""
    return (Builder().initiative("A", "2026-01-01", "2026-01-10").initiative("B", "2026-01-11", "2026-01-20")
            .initiative("C", "2026-01-21", "2026-01-30").initiative("D", "2026-01-01", "2026-01-30")
            .depends("B", "A").depends("C", "B")
            .benefit("G", {"B": 60, "D": 40})
            .benefit("H", {"A": 100}, profile=[(2026, 10), (2027, 20)], value_per_unit="500.00").build())


def test_cancel_lists_who_loses_a_prerequisite_and_which_benefits_suffer():
    impact = tiltak.cancel_impact(cancel_portfolio(), "A")
    assert impact.initiative == "A"
    assert impact.lose_prerequisite == ["B"]
    assert impact.downstream == ["B", "C"]
    assert len(impact.benefits) == 1
    lost = impact.benefits[0]
    assert (lost.id, lost.lost_share_basis_points, lost.lost_value) == ("H", 10000, kr(15000))  # 30 x 500 kr
    assert impact.benefits_at_risk == ["G"]
    assert impact == tiltak.cancel_impact(cancel_portfolio(), "A")


def test_cancel_frame():
    pytest.importorskip("pandas")
    frame = tiltak.cancel_impact(cancel_portfolio(), "A").to_frame()
    assert frame.to_dict("records") == [
        {"benefit": "H", "lost_share_basis_points": 10000, "lost_value_minor": 1500000, "lost_value": 15000.0,
         "at_risk": False}]
    assert frame.attrs == {"initiative": "A"}


def test_cancel_of_an_unknown_or_dropped_initiative_is_not_found():
    with pytest.raises(tiltak.NotFoundError):
        tiltak.cancel_impact(cancel_portfolio(), "Z")
    dropped = Builder().initiative("X", "2026-01-01", "2026-01-10", stage="cancelled").build()
    with pytest.raises(tiltak.NotFoundError):
        tiltak.cancel_impact(dropped, "X")


# --- yearly amounts --------------------------------------------------------------------------------


def test_yearly_amounts_are_year_money_tuples():
    before = [(2027, kr(365000))]
    assert tiltak.shift_by_days(before, 73) == [(2027, kr(292000)), (2028, kr(73000))]
    assert tiltak.shift_by_days(before, -10) == [(2026, kr(10000)), (2027, kr(355000))]
    assert tiltak.shift_by_days(before, 0) == before
    shifted = tiltak.shift_by_days([(2026, Money(1, "NOK")), (2027, Money(100, "NOK"))], 100)
    assert sum(amount for _, amount in shifted) == Money(101, "NOK")  # kept exactly
    assert tiltak.yearly_change([(2026, kr(100)), (2027, kr(50))], [(2026, kr(80)), [2027, kr(50)], (2028, kr(20))]) \
        == [(2026, kr(-20)), (2028, kr(20))]
    benefit = slip_portfolio().benefits[0]
    assert tiltak.planned_yearly_values(benefit, "NOK") == [(2026, kr(365000))]
    with pytest.raises(TypeError):
        tiltak.shift_by_days([(2026, Decimal("1.00"))], 1)


# --- the benefit network ---------------------------------------------------------------------------


def network_portfolio(contributors=None):
    b = (Builder().initiative("A", "2026-01-01", "2026-06-30", "in_progress")
         .initiative("P", "2026-01-01", "2026-06-30", "paused")
         .initiative("R", "2026-01-01", "2026-06-30", "registered")
         .initiative("X", "2026-01-01", "2026-06-30", "cancelled")
         .initiative("S", "2026-01-01", "2026-06-30", "approved").depends("S", "X"))
    b.last("A")["status"] = [{"dimension": "cost", "rag": "red", "comment": "Overskridelse", "date": "2026-10-01"}]
    b.last("S")["goals"] = [{"goal": "g3", "score": 2}]
    b.document["strategy"]["goals"] = [{"id": "g1", "title": "Digitalt førstevalg", "weight": 1},
                                       {"id": "g2", "title": "Deling av data", "weight": 1},
                                       {"id": "g3", "title": "Kompetanse", "weight": 1}]
    if contributors is None:
        b.benefit("B1", {"A": 50, "P": 50}, goals=["g1"])  # both at risk
        b.benefit("B2", {"R": 100}, goals=["g2"])          # not approved
        b.benefit("B3", {"A": 50, "R": 50})                # R is fine
        b.benefit("B4", {}, goals=["g1"])
    else:
        b.benefit("B1", contributors, goals=["g1"])
    return b.build()


def test_goal_served_only_by_unapproved_initiatives_is_uncovered():
    network = tiltak.analyse_benefit_network(network_portfolio())
    assert network.uncovered_goals == ["g2"]
    assert [g.goal for g in network.goals] == ["g1", "g2", "g3"]
    g1, g2, g3 = network.goals
    assert g1.benefits == ["B1", "B4"] and g1.approved_contributors == ["A"] and g1.covered
    assert not g2.covered
    assert g3.covered and g3.direct_contributors == ["S"]


def test_benefit_is_at_risk_only_when_every_contributor_is():
    network = tiltak.analyse_benefit_network(network_portfolio())
    assert [b.benefit for b in network.benefits_at_risk] == ["B1"]
    assert [(c.initiative, c.reasons) for c in network.benefits_at_risk[0].contributors] == [
        ("A", ["red status (cost)"]), ("P", ["paused"])]
    assert network.benefits_without_contributors == ["B4"]


def test_depending_on_a_cancelled_initiative_is_a_risk():
    network = tiltak.analyse_benefit_network(network_portfolio({"S": 100}))
    assert network.benefits_at_risk[0].contributors[0].reasons == ["depends on cancelled X"]


def test_benefit_network_frame():
    pytest.importorskip("pandas")
    frame = tiltak.analyse_benefit_network(network_portfolio()).to_frame()
    assert frame.to_dict("records") == [
        {"goal": "g1", "covered": True, "benefits": ["B1", "B4"], "approved_contributors": ["A"],
         "direct_contributors": []},
        {"goal": "g2", "covered": False, "benefits": ["B2"], "approved_contributors": [], "direct_contributors": []},
        {"goal": "g3", "covered": True, "benefits": [], "approved_contributors": [], "direct_contributors": ["S"]}]
    assert frame["covered"].dtype == bool


# --- the incremental schedule ----------------------------------------------------------------------


def test_incremental_schedule_matches_a_full_recomputation():
    portfolio = parallel()
    incremental = tiltak.IncrementalSchedule(portfolio)
    assert incremental.schedule() == tiltak.compute_schedule(portfolio)
    assert incremental.calendar == "calendar_days"
    assert repr(incremental) == "<tiltak.IncrementalSchedule calendar_days>"

    # C grows to 12 days: it becomes the long branch.
    incremental.set_dates("C", day("2026-01-01"), day("2026-01-12"))
    assert incremental.initiative("D").earliest_start == day("2026-01-13")
    assert incremental.initiative("A").total_float == 2
    changed = portfolio["C"]
    changed.planned = tiltak.Period(day("2026-01-01"), day("2026-01-12"))
    portfolio.update_initiative(changed)
    assert incremental.schedule() == tiltak.compute_schedule(portfolio)
    assert incremental.last_change_recomputed >= 1


def test_incremental_dependencies_and_fixed_dates():
    portfolio = parallel()
    incremental = tiltak.IncrementalSchedule(portfolio)
    incremental.add_dependency("C", "A", "start_to_start", lag_days=4)
    assert incremental.initiative("C").earliest_start == day("2026-01-05")
    incremental.remove_dependency("C", "A", type="start_to_start", lag_days=4)
    assert incremental.schedule() == tiltak.compute_schedule(portfolio)
    with pytest.raises(tiltak.NotFoundError):
        incremental.remove_dependency("C", "A")
    incremental.set_dates("D", day("2026-01-01"), day("2026-01-02"), fixed_start=day("2026-01-05"))
    schedule = incremental.schedule()
    assert schedule["D"].fixed and [c.prerequisite for c in schedule.conflicts] == ["A"]
    incremental.set_dates("A", day("2026-01-01"), day("2026-01-10"), actual_start=day("2026-01-03"),
                          actual_end=day("2026-01-04"))
    assert incremental.initiative("A").earliest_finish == day("2026-01-04")


def test_incremental_errors_leave_the_schedule_unchanged():
    portfolio = two("finish_to_start", 0)
    incremental = tiltak.IncrementalSchedule(portfolio, calendar="working_days_no")
    before = incremental.schedule()
    with pytest.raises(tiltak.ValidationError, match="A \\(Tiltak A\\) depending on B \\(Tiltak B\\) would close"):
        incremental.add_dependency("A", "B")
    with pytest.raises(tiltak.ValidationError, match="ends before it starts"):
        incremental.set_dates("A", day("2026-02-01"), day("2026-01-10"))
    with pytest.raises(tiltak.NotFoundError):
        incremental.set_dates("Z", None, None)
    with pytest.raises(tiltak.NotFoundError):
        incremental.add_dependency("A", "nope", component=True)
    with pytest.raises(tiltak.InvalidArgumentError):
        incremental.add_dependency("B", "A", type="finish_to_begin")
    assert incremental.schedule() == before
    with pytest.raises(tiltak.ValidationError, match="dependency cycle"):
        tiltak.IncrementalSchedule(cyclic())


def test_incremental_change_recomputes_only_what_moves():
    portfolio = tiltak.generate_portfolio(2000, seed=4)
    incremental = tiltak.IncrementalSchedule(portfolio)
    first = incremental.schedule().initiatives[0]
    initiative = portfolio[first.id]
    incremental.set_dates(first.id, initiative.planned.start, initiative.planned.end, initiative.actual.start,
                          initiative.actual.end, initiative.fixed_start)
    assert incremental.last_change_recomputed < 2000
    assert incremental.schedule() == tiltak.compute_schedule(portfolio)


def test_incremental_schedule_is_safe_to_share_between_threads():
    portfolio = tiltak.generate_portfolio(500, seed=2)
    incremental = tiltak.IncrementalSchedule(portfolio)
    scheduled = [s.id for s in incremental.schedule()][:20]
    errors = []

    def worker(ids):
        try:
            for id in ids:
                planned = portfolio[id].planned
                incremental.set_dates(id, planned.start, planned.end + datetime.timedelta(days=3))
                incremental.schedule()
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(scheduled[i::4],)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for id in scheduled:
        changed = portfolio[id]
        changed.actual = tiltak.Period()
        changed.fixed_start = None
        changed.planned = tiltak.Period(changed.planned.start, changed.planned.end + datetime.timedelta(days=3))
        portfolio.update_initiative(changed)
    assert incremental.schedule() == tiltak.compute_schedule(portfolio)


# --- the GIL ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("operation", [
    "compute_schedule", "DependencyGraph", "IncrementalSchedule", "slip_impact", "cancel_impact"])
def test_graph_computations_release_the_gil(operation):
    from test_gil import assert_releases_the_gil, sized_portfolio

    def run(portfolio):
        if operation == "slip_impact":
            tiltak.slip_impact(portfolio, tiltak.compute_schedule(portfolio).initiatives[0].id, 10)
        elif operation == "cancel_impact":
            tiltak.cancel_impact(portfolio, portfolio.initiatives[0].id)
        else:
            getattr(tiltak, operation)(portfolio)

    portfolio = sized_portfolio(run, smallest=5000)
    # The ids are looked up first: reading portfolio.initiatives builds every initiative as a
    # Python object, which rightly holds the GIL.
    if operation == "slip_impact":
        id = tiltak.compute_schedule(portfolio).initiatives[0].id
        assert_releases_the_gil(lambda: tiltak.slip_impact(portfolio, id, 10))
    elif operation == "cancel_impact":
        id = portfolio.initiatives[0].id
        assert_releases_the_gil(lambda: tiltak.cancel_impact(portfolio, id))
    else:
        assert_releases_the_gil(lambda: run(portfolio))
