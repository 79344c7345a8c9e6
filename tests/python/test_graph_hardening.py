"""Hostile dependency graphs and dates through the Python module (issue 14): a ring of 50 000
initiatives crashed the interpreter; a pair's cycle beside a large tangle went unreported; dates
outside the supported range were accepted and then held to its ends. The documents come from
tests/support/graph_cases.py, which the CLI tests use as well."""

import json
import subprocess
import sys

import pytest

import tiltak
from conftest import SOURCE_DIR

sys.path.insert(0, str(SOURCE_DIR / "tests" / "support"))
import graph_cases  # noqa: E402


def load(document):
    return tiltak.Portfolio.from_json(json.dumps(document))


# In a child interpreter, so that a crash fails this test instead of ending the whole run.
RING_SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
import graph_cases, tiltak
portfolio = tiltak.Portfolio.from_json(json.dumps(graph_cases.ring(50_000)))
graph = tiltak.DependencyGraph(portfolio)
cycles = [issue for issue in graph.issues if issue.kind == "cycle"]
print(len(cycles), len(cycles[0].path), cycles[0].path[0], cycles[0].path[-2], graph.cycles_truncated)
"""


def test_ring_of_fifty_thousand_is_one_cycle_and_does_not_crash_the_interpreter():
    result = subprocess.run([sys.executable, "-c", RING_SCRIPT, str(SOURCE_DIR / "tests" / "support")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1", "50001", "R-000001", "R-050000", "False"]


def test_pair_beside_a_tangle_is_reported_and_the_limit_stated():
    graph = tiltak.DependencyGraph(load(graph_cases.tangle_and_pair()))
    paths = [issue.path for issue in graph.issues if issue.kind == "cycle"]
    assert len(paths) == 100
    assert ["R-000008", "R-000009", "R-000008"] in paths
    assert graph.cycles_truncated
    with pytest.raises(tiltak.ValidationError) as raised:
        graph.topological_order()
    assert "up to 100 in all" in raised.value.problems[-1].message


def test_dates_outside_the_supported_range_are_refused_with_their_pointers():
    document = graph_cases.chain(2)
    document["initiatives"][0]["planned"]["start"] = "1899-12-31"
    with pytest.raises(tiltak.ValidationError) as raised:
        load(document)
    problem = raised.value.problems[0]
    assert problem.pointer == "/initiatives/0/planned/start"
    assert problem.message == "outside the supported dates 1900-01-01 to 2200-12-31"


def test_schedule_past_the_range_is_an_error_naming_the_initiatives():
    with pytest.raises(tiltak.ValidationError) as raised:
        tiltak.compute_schedule(load(graph_cases.chain(2000, lag=10)))
    problems = raised.value.problems
    assert problems[0].pointer == "/initiatives/639"
    assert problems[0].message.startswith("R-000640 (Tiltak 640): its earliest finish would be 73 calendar_days after")
    assert problems[-1].message == "and 1341 more initiatives outside the supported dates"


def test_slip_past_the_range_is_an_error_not_an_unchanged_finish():
    with pytest.raises(tiltak.ValidationError, match="R-000001 \\(Tiltak 1\\): date 2201-06-01 is outside"):
        tiltak.slip_impact(load(graph_cases.chain(1, start="2200-06-01", end="2200-09-30")), "R-000001", 365)
