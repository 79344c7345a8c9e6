"""Issue 19 from Python: the IRR search only where asked (irr=), frames built in bulk that
hold what the objects hold, the appraisal's flows as a frame, the benefits' contributors and
shares as columns."""

import math

import pytest

import tiltak

pd = pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def generated():
    return tiltak.generate_portfolio(400, seed=19)


def test_irr_keyword_skips_the_search_and_nothing_else(minimal):
    searched = tiltak.appraise_portfolio(minimal)
    skipped = tiltak.appraise_portfolio(minimal, irr=False)
    assert searched.total.irr is not None and skipped.total.irr is None
    assert searched.initiatives[0].appraisal.irr.outcome == "one"
    assert skipped.initiatives[0].appraisal.irr is None
    assert skipped.total.npv == searched.total.npv
    assert skipped.to_frame().equals(searched.to_frame())
    one = tiltak.appraise_initiative(minimal, "T-1", irr=False)
    assert one.appraisal.irr is None and one.appraisal.npv == searched["T-1"].appraisal.npv
    assert '"irr": null' in skipped.to_json()


def test_appraisal_frame_holds_what_the_objects_hold(generated):
    result = tiltak.appraise_portfolio(generated, irr=False)
    frame = result.to_frame()
    assert len(frame) == len(result.initiatives) == 400
    for row, item in zip(frame.itertuples(index=False), result.initiatives):
        a = item.appraisal
        assert row.id == item.initiative and row.title == item.title
        assert row.npv_minor == a.npv.minor_units and row.pv_costs_minor == a.pv_costs.minor_units
        assert row.npv_with_tax_financing_minor == a.npv_with_tax_financing.minor_units
        assert (math.isnan(row.bcr) if a.benefit_cost_ratio is None else row.bcr == a.benefit_cost_ratio)
        assert (pd.isna(row.payback_year) if a.payback_year is None else row.payback_year == a.payback_year)
        assert (pd.isna(row.discounted_payback_year) if a.discounted_payback_year is None
                else row.discounted_payback_year == a.discounted_payback_year)
    assert str(frame["payback_year"].dtype) == "Int64" and frame["payback_year"].isna().any()


def test_flows_frame_is_every_initiatives_flows(generated):
    result = tiltak.appraise_portfolio(generated, irr=False)
    frame = result.flows_frame()
    expected = [(item.initiative, line.flow[0], line.category, line.flow[1].minor_units,
                 line.public_share_basis_points)
                for item in result.initiatives for line in item.appraisal.flows]
    got = list(zip(frame["initiative"], frame["year"], frame["category"], frame["amount_minor"],
                   frame["public_share_basis_points"]))
    assert got == expected and len(got) > 1000
    assert list(frame["category"].cat.categories) == ["investment", "operating", "internal_hours", "benefit"]
    # The NPV of each initiative's flows on its own curve is its NPV (tests/data: no-2021).
    assert frame.groupby("initiative", sort=False)["amount_minor"].sum().sum() == sum(
        line.flow[1].minor_units for item in result.initiatives for line in item.appraisal.flows)


def test_frames_hold_what_the_portfolio_holds(generated):
    costs = generated.costs_frame()
    rows = [(i.id, c.year, c.kind, c.basis, c.amount.minor_units, c.hours, c.role or None,
             c.bearer, c.description or None)
            for i in generated.initiatives for c in i.costs]
    assert list(costs[["initiative", "year", "kind", "basis", "amount_minor", "hours", "role", "bearer",
                       "description"]].itertuples(index=False, name=None)) == rows
    initiatives = generated.initiatives_frame()
    assert initiatives["id"].tolist() == [i.id for i in generated.initiatives]
    assert initiatives["stage"].tolist() == [i.stage for i in generated.initiatives]
    assert initiatives["phase"].tolist() == [i.phase or None for i in generated.initiatives]
    summary = {line.id: line.overall for line in generated.summary().initiatives}
    assert [None if pd.isna(s) else s for s in initiatives["status"]] == [summary[i] for i in initiatives["id"]]


def test_benefits_frame_has_contributors_and_shares(generated, minimal):
    frame = minimal.benefits_frame()
    assert frame["contributors"].tolist() == [("T-1", "T-2")] * 2
    assert frame["shares_basis_points"].tolist() == [(6000, 4000)] * 2
    assert frame["unattributed_basis_points"].tolist() == [0, 0]
    big = generated.benefits_frame()
    expected = [(tuple(c.initiative for c in b.contributors), tuple(c.share_basis_points for c in b.contributors))
                for b in generated.benefits for _ in b.profile]
    assert list(zip(big["contributors"], big["shares_basis_points"])) == expected
    assert (big["unattributed_basis_points"] == 10000 - big["shares_basis_points"].map(sum).clip(upper=10000)).all()
