"""Totals that count only what was decided (#22), on Fjordvik, recomputed here from the
document itself: the gevinstuttak is the parameter set's withdrawal share (50 % under no-2021)
of the committed initiatives' parts of the planned cash-releasing gains; the payer matrix
leaves out the rejected T-030 and the cancelled T-031; the co-financing total counts only
initiatives within the scheme's limits."""

import json
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

import pytest

import tiltak
from conftest import SOURCE_DIR

EXAMPLE = SOURCE_DIR / "examples" / "fjordvik.json"
COMMITTED = {"approved", "in_progress", "completed", "closed"}
PIPELINE = {"idea", "registered", "anchored", "in_council", "recommended"}
ORE = Decimal("0.01")


@pytest.fixture(scope="module")
def document():
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def fjordvik():
    return tiltak.Portfolio.load(EXAMPLE)


def largest_remainder(whole_ore, weights):
    """The split of docs/benefits.md ("Splitting an amount"), written again for the test."""
    total = sum(weights)
    quotas = [Decimal(whole_ore) * w / total for w in weights]
    parts = [int(q) for q in quotas]
    order = sorted(range(len(weights)), key=lambda i: (-(quotas[i] - parts[i]), i))
    for i in order[: whole_ore - sum(parts)]:
        parts[i] += 1
    return parts


def planned_gains(document, stages):
    """Cash-releasing gains received by a unit or member, per year, in øre: each profile year's
    quantity × value per unit, split over the contributors by their shares (the rest attributed
    to no initiative), and the parts of initiatives in `stages` kept."""
    stage_of = {i["id"]: i["stage"] for i in document["initiatives"]}
    by_year = defaultdict(int)
    for benefit in document["benefits"]:
        recipient = benefit.get("recipient", {})
        if benefit["kind"] != "cash_releasing" or not ({"unit", "member"} & recipient.keys()):
            continue
        basis_points = [int(Decimal(str(c.get("share", 100))) * 100) for c in benefit["contributors"]]
        weights = basis_points + [10000 - sum(basis_points)]
        for planned in benefit["profile"]:
            amount = Decimal(str(planned["quantity"])) * Decimal(benefit["value_per_unit"])
            whole = int((amount / ORE).quantize(Decimal(1), ROUND_HALF_UP))
            parts = largest_remainder(whole, weights)
            for contributor, part in zip(benefit["contributors"], parts):
                if stage_of[contributor["initiative"]] in stages:
                    by_year[planned["year"]] += part
    return by_year


def ore(money):
    return money.minor_units


def test_gevinstuttak_is_half_of_the_committed_initiatives_planned_gains(document, fjordvik):
    withdrawal = tiltak.budget_withdrawal(fjordvik, "no-2021")
    gains = planned_gains(document, COMMITTED)
    assert withdrawal.withdrawal_share == 0.5 and withdrawal.share_source == "parameter_set"
    assert withdrawal.counted == ("committed",)
    assert ore(withdrawal.planned_gains) == sum(gains.values())
    expected = {
        year: int((Decimal(amount) / 2).quantize(Decimal(1), ROUND_HALF_UP)) for year, amount in gains.items()
    }
    assert {year: ore(amount) for year, amount in withdrawal.by_year} == expected
    assert ore(withdrawal.total) == sum(expected.values())
    # The parties add up to each year's withdrawal exactly.
    for year, amount in withdrawal.by_year:
        parts = [ore(a) for party in withdrawal.parties for y, a in party.years if y == year]
        assert sum(parts) == ore(amount)


def test_the_recommended_t028_counts_only_when_the_pipeline_is_asked_for(document, fjordvik):
    # Regression: 8 467 200 of the gevinstuttak came from the unapproved T-028.
    everything = tiltak.budget_withdrawal(fjordvik, "no-2021", counted=("committed", "pipeline"), withdrawal_share=1)
    assert everything.share_source == "options"
    assert ore(everything.planned_gains) == sum(planned_gains(document, COMMITTED | PIPELINE).values())
    t028_only = planned_gains({**document, "initiatives": [
        {**i, "stage": "recommended" if i["id"] == "T-028" else "rejected"} for i in document["initiatives"]
    ]}, {"recommended"})
    assert sum(t028_only.values()) == 846720000
    default = tiltak.budget_withdrawal(fjordvik, "no-2021", withdrawal_share=1)
    assert ore(everything.planned_gains) - ore(default.planned_gains) >= 846720000


def test_payer_matrix_counts_committed_initiatives_only(fjordvik):
    stages = {i.id: i.stage for i in fjordvik.initiatives}
    appraisal = tiltak.appraise_portfolio(fjordvik, "no-2021", discount_year=2026)
    committed_costs = sum(ore(i.appraisal.pv_costs) for i in appraisal.initiatives if stages[i.initiative] in COMMITTED)
    matrix = tiltak.payer_recipient_matrix(fjordvik, "no-2021", discount_year=2026)
    assert sum(ore(p.pv_costs_borne) for p in matrix.parties) == committed_costs

    # Regression: kulturenheten's costs included the rejected T-030 and the cancelled T-031.
    def borne_by_kultur(m):
        return next(ore(p.pv_costs_borne) for p in m.parties if p.party == ("unit", "kulturenheten"))

    dropped = tiltak.payer_recipient_matrix(fjordvik, "no-2021", discount_year=2026, counted=("committed", "dropped"))
    t030_t031 = sum(ore(i.appraisal.pv_costs) for i in appraisal.initiatives if i.initiative in ("T-030", "T-031"))
    assert t030_t031 > 0
    assert borne_by_kultur(dropped) - borne_by_kultur(matrix) == t030_t031


def test_cofinancing_counts_only_initiatives_within_the_scheme(fjordvik):
    report = tiltak.cofinancing_assessment(fjordvik, "no-2021")
    assert {a.commitment for a in report.initiatives} == {"committed"}
    # Fjordvik's initiatives all cost less than the scheme's 10 MNOK minimum (no-2021).
    assert report.initiatives and all(a.outside == ["min_project_cost"] for a in report.initiatives)
    assert all(not a.eligible and a.project_cost.minor_units < 10_000_000_00 for a in report.initiatives)
    assert report.total_withdrawal == tiltak.Money(0, "NOK")
    assert "Digdir" in report.source or "Difi" in report.source


def test_options_are_checked(fjordvik):
    with pytest.raises(tiltak.InvalidArgumentError, match="withdrawal share"):
        tiltak.budget_withdrawal(fjordvik, "no-2021", withdrawal_share=1.5)
    with pytest.raises((ValueError, TypeError)):
        tiltak.budget_withdrawal(fjordvik, "no-2021", counted=())
    with pytest.raises((ValueError, TypeError)):
        tiltak.budget_withdrawal(fjordvik, "no-2021", counted=("decided",))
