"""summary() against hand-computed figures for tests/data/minimal.json.

T-1 plan cost: 1 250 000.50 (investment) + 320 000.00 (valued internal hours) = 1 570 000.50.
B-1: (1000 + 2000.5) hours x 650.00 = 650 000.00 + 1 300 325.00 = 1 950 325.00,
attributed 60 % to T-1 (1 170 195.00) and 40 % to T-2 (780 130.00).
"""

import json

from tiltak import Money


def nok(text):
    return Money.parse(text, "NOK")


def test_totals_match_the_hand_computed_figures(minimal):
    summary = minimal.summary()
    assert summary.name == "Testvik kommune"
    t1, t2 = summary.initiatives
    assert (t1.id, t2.id) == ("T-1", "T-2")
    assert t1.total_cost == nok("1570000.50")
    assert t2.total_cost == nok("0")
    assert t1.total_benefit == nok("1170195.00")
    assert t2.total_benefit == nok("780130.00")
    assert summary.total_cost == nok("1570000.50")
    assert summary.total_benefit == nok("1950325.00")


def test_status_owner_and_stage(minimal):
    t1, t2 = minimal.summary().initiatives
    assert (t1.stage, t1.owner) == ("in_progress", "Eva Eier")
    assert (t1.schedule, t1.cost, t1.scope, t1.risk, t1.overall) == ("yellow", None, None, None, "yellow")
    assert (t2.owner, t2.overall) == ("", None)


def test_table_and_json(minimal):
    summary = minimal.summary()
    table = summary.table()
    assert table.startswith("Testvik kommune\n")
    assert "1 570 001 kr" in table  # whole kroner, halves away from zero
    assert "Under gjennomføring" in table
    assert "Total" in summary.table(lang="en")
    assert str(summary) == table
    document = json.loads(summary.to_json())
    assert document["total_cost"] == "1570000.50"
    assert document["total_benefit"] == "1950325.00"
    assert repr(summary) == ("<tiltak.PortfolioSummary 'Testvik kommune': 2 initiatives, "
                             "total_cost 1570000.50, total_benefit 1950325.00>")
