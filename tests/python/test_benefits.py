"""Parameter sets, discount curves, valuation, IRR and appraisals, against the figures pinned in
tests/unit/benefits/{parameters,discount_curve,irr,appraisal}_test.cpp."""

import json
import pickle

import pytest

import tiltak
from tiltak import Money


def nok(kroner):
    return Money(kroner * 100, "NOK")


def flows(kroner, first_year=2026):
    return [(first_year + i, nok(k)) for i, k in enumerate(kroner)]


# --- parameter sets ----------------------------------------------------------------------------


def test_builtin_ids_and_norway_2021():
    assert tiltak.parameter_set_ids() == ["dk-2013", "dk-2017", "dk-2021", "dk-2023", "no-2021"]
    no = tiltak.parameter_set("no-2021")
    assert no.id == "no-2021" and no.title
    assert no.bands == [(40, 0.04), (75, 0.03), (None, 0.02)]
    assert no.analysis_period_years == 40
    assert tiltak.parameter_set("dk-2021").bands == [(35, 0.035), (70, 0.025), (None, 0.015)]
    assert tiltak.parameter_set("dk-2023").bands == tiltak.parameter_set("dk-2021").bands
    with pytest.raises(tiltak.NotFoundError):
        tiltak.parameter_set("no-1999")


def test_parameters_from_json_and_round_trip():
    own = tiltak.parameters_from_json(json.dumps({
        "id": "testvik-2026", "based_on": "no-2021", "analysis_period_years": 10, "lifetime_years": 15}))
    assert own.id == "testvik-2026"
    assert own.bands == tiltak.parameter_set("no-2021").bands
    assert own.analysis_period_years == 10 and own.lifetime_years == 15
    assert tiltak.parameters_from_json(own.to_json()) == own
    assert pickle.loads(pickle.dumps(own)) == own
    assert own != tiltak.parameter_set("no-2021")
    with pytest.raises(AttributeError):
        own.id = "x"
    with pytest.raises(tiltak.ValidationError) as error:
        tiltak.parameters_from_json(json.dumps(
            {"id": "x", "based_on": "no-2021", "analysis_period_years": 20, "lifetime_years": 10}))
    assert error.value.problems[0].pointer == "/lifetime_years"
    with pytest.raises(tiltak.ParseError):
        tiltak.parameters_from_json("{")


# --- discount curves ---------------------------------------------------------------------------


def test_norway_bands_year_41_is_year_40_over_103():
    curve = tiltak.DiscountCurve(tiltak.parameter_set("no-2021"), 0, 0)
    assert curve.factor(0) == 1.0
    assert curve.factor(40) == pytest.approx(1.04 ** -40, rel=1e-13)
    assert curve.factor(41) == pytest.approx(curve.factor(40) / 1.03, rel=1e-13)
    assert curve.factor(76) == pytest.approx(curve.factor(75) / 1.02, rel=1e-13)
    assert curve.factor(41) < curve.factor(40) < 1.03 ** -41
    assert (curve.rate(40), curve.rate(41), curve.rate(76)) == (0.04, 0.03, 0.02)


def test_curve_from_bands_anchor_and_flat():
    curve = tiltak.DiscountCurve([(40, 0.04), (75, 0.03), (None, 0.02)], band_anchor_year=2030, discount_year=2026)
    assert curve.rate(2070) == 0.04 and curve.rate(2071) == 0.03
    assert curve.discount_year == 2026 and curve.band_anchor_year == 2030
    assert curve == tiltak.DiscountCurve(tiltak.parameter_set("no-2021"), 2030, 2026)
    before = tiltak.DiscountCurve(tiltak.parameter_set("no-2021"), 2026, 2026)
    assert before.factor(2024) == pytest.approx(1.04 ** 2, rel=1e-13)
    assert tiltak.DiscountCurve.flat(0.05, 2020).factor(2030) == pytest.approx(1.05 ** -10, rel=1e-13)
    with pytest.raises(tiltak.ValidationError) as error:
        tiltak.DiscountCurve([(10, 0.04), (None, -1.0)], 0, 0)
    assert error.value.problems[0].pointer == "/discount_rate_bands/1/rate_percent"


def test_present_value_and_npv():
    curve = tiltak.DiscountCurve.flat(0.10, 2026)
    assert tiltak.present_value([(2027, nok(110))], curve) == nok(100)
    assert tiltak.npv(flows([-100, 0, 121]), curve) == nok(0)
    assert tiltak.npv([], curve, "NOK") == nok(0)
    with pytest.raises(tiltak.InvalidArgumentError):
        tiltak.present_value([], curve)
    with pytest.raises(tiltak.CurrencyMismatchError):
        tiltak.npv([(2026, nok(1)), (2027, Money(100, "DKK"))], curve)


# --- internal rates of return -------------------------------------------------------------------


def test_irr_one_root_and_two_roots():
    one = tiltak.internal_rates_of_return(flows([-100, 0, 121]))
    assert one.rates == [pytest.approx(0.10, abs=1e-12)]
    assert one.outcome == "one" and one.sign_changes == 1 and one.consistent_with_descartes
    two = tiltak.internal_rates_of_return(flows([-100, 230, -132]))
    assert two.rates == [pytest.approx(0.10, abs=1e-12), pytest.approx(0.20, abs=1e-12)]
    assert two.outcome == "several" and two.sign_changes == 2
    none = tiltak.internal_rates_of_return(flows([-100, 50, -100]))
    assert none.rates == [] and none.outcome == "none"
    assert not tiltak.internal_rates_of_return(flows([-1, 100])).consistent_with_descartes
    assert tiltak.internal_rates_of_return(flows([-100, 90])).rates == [pytest.approx(-0.10, abs=1e-12)]


# --- appraisal (the example of appraisal_test.cpp) ----------------------------------------------


def cost(year, kind, amount, basis="plan"):
    return {"year": year, "kind": kind, "basis": basis, "amount": amount}


def benefit(id, kind, value, quantity, contributors, recipient=None):
    b = {
        "id": id, "title": f"Gevinst {id}", "kind": kind,
        "recipient": recipient or {"external": "citizens"},
        "indicator": {"name": "saker", "unit": "count", "direction": "decrease"},
        "profile": [{"year": y, "quantity": quantity} for y in range(2027, 2031)],
        "contributors": [{"initiative": i, "share": str(s)} for i, s in contributors.items()],
        "goals": [],
    }
    if value is not None:
        b["value_per_unit"] = value
    return b


@pytest.fixture
def example():
    a_costs = [cost(2026, "investment", "1000000"), dict(cost(2026, "internal_hours", "200000"), hours=400, role="developer")]
    a_costs += [cost(y, "operating", "100000") for y in range(2027, 2031)]
    a_costs.append(cost(2026, "investment", "999999", "forecast"))
    document = {
        "schema_version": 1, "name": "Testvik", "currency": "NOK",
        "organisation": {"name": "Testvik", "service_areas": [{"id": "plan", "name": "Plan og bygg"}],
                         "units": [{"id": "byggesak", "name": "Byggesak", "service_area": "plan"}]},
        "strategy": {"goals": []}, "components": [],
        "initiatives": [
            {"id": "A", "title": "Digital byggesak", "stage": "approved", "costs": a_costs},
            {"id": "C", "title": "Saksportal", "stage": "approved", "costs": [cost(2027, "investment", "300000")]},
            {"id": "D", "title": "Idé uten tall", "stage": "approved"},
        ],
        "benefits": [
            # A budget saving of the municipality's own unit: a public-budget effect, as in the C++
            # example (a saving of citizens would carry no tax-financing cost).
            benefit("B1", "cash_releasing", "500", 1000, {"A": 60, "C": 40}, {"unit": "byggesak"}),
            benefit("B2", "non_cash", "400", 500, {"A": 100}, {"unit": "byggesak"}),
            benefit("B3", "qualitative", None, 0, {"A": 100}),
            benefit("B4", "non_cash", None, 10, {"A": 100}),
        ],
    }
    return tiltak.Portfolio.from_json(json.dumps(document))


def test_appraise_initiative_matches_the_hand_computation(example):
    result = tiltak.appraise_initiative(example, "A", "no-2021", discount_year=2026)
    assert result == tiltak.appraise_initiative(example, "A", tiltak.parameter_set("no-2021"), discount_year=2026)
    assert (result.initiative, result.opening_year, result.band_anchor_year) == ("A", 2027, 2027)
    a = result.appraisal
    assert a.discount_year == 2026 and a.currency == "NOK"
    assert a.pv_benefits == Money(181494761, "NOK")
    assert a.pv_costs == Money(156298952, "NOK")
    assert a.pv_investment == nok(1200000)
    assert a.npv == Money(25195809, "NOK")
    assert a.residual_value == nok(0)
    assert a.pv_public_budget == Money(-27402096, "NOK")
    assert a.pv_tax_financing == Money(-5480419, "NOK")
    assert a.npv_with_tax_financing == Money(19715390, "NOK")
    assert a.benefit_cost_ratio == pytest.approx(181494761.0 / 156298952.0, rel=1e-15)
    assert a.npv_per_invested_krone == pytest.approx(19715390.0 / 120000000.0, rel=1e-15)
    assert a.net_benefit_per_budget_krone == pytest.approx(19715390.0 / 27402096.0, rel=1e-15)
    assert a.payback_year == 2029 and a.discounted_payback_year == 2030
    assert a.nominal_hump.depth == nok(-1200000) and a.nominal_hump.trough_year == 2026
    assert a.cumulative_discounted[3].cumulative == Money(-8996359, "NOK")
    assert a.cumulative_discounted[-1].cumulative == a.npv
    assert a.irr.outcome == "one" and a.irr.rates[0] == pytest.approx(0.125898324962443, abs=1e-12)
    assert a.tax_financing[:2] == [(2026, nok(-200000)), (2027, nok(40000))]
    assert [(b.id, b.share_basis_points, b.present_value) for b in a.benefits] == [
        ("B1", 6000, Money(108896857, "NOK")), ("B2", 10000, Money(72597904, "NOK"))]
    assert a.benefits[0].nominal == nok(1200000)
    assert [(u.id, u.reason) for u in a.unvalued_benefits] == [("B3", "qualitative"), ("B4", "no value per unit")]
    assert len(a.flows) == 14
    assert a.flows[0].flow == (2026, nok(-1000000)) and a.flows[0].category == "investment"
    assert a.flows[1].category == "internal_hours" and a.flows[1].public_share_basis_points == 0
    assert a.flows[10].benefit == "B2" and a.flows[10].recipient.kind == "unit"
    with pytest.raises(AttributeError):
        a.npv = nok(1)
    with pytest.raises(tiltak.NotFoundError):
        tiltak.appraise_initiative(example, "X")


def test_appraise_portfolio_sums_without_double_counting(example):
    result = tiltak.appraise_portfolio(example, discount_year=2026)  # NOK: no-2021 by default
    assert result == tiltak.appraise_portfolio(example, "no-2021", discount_year=2026)
    assert len(result) == 3 and [i.initiative for i in result.initiatives] == ["A", "C", "D"]
    c = result["C"].appraisal
    assert c.pv_benefits == Money(72597904, "NOK") and c.pv_costs == Money(28846154, "NOK")
    total = result.total
    assert total.pv_benefits == Money(181494761 + 72597904, "NOK")
    assert total.pv_costs == Money(156298952 + 28846154, "NOK")
    assert total.npv == result["A"].appraisal.npv + c.npv
    assert (total.benefits[0].id, total.benefits[0].share_basis_points, total.benefits[0].nominal) == (
        "B1", 10000, nok(2000000))
    d = result["D"].appraisal
    assert d.npv == nok(0) and d.nominal_hump is None and d.irr.outcome == "none" and d.payback_year is None
    assert total.cumulative_nominal[0].cumulative == nok(-1200000)
    assert len(total.flows) == 19
    with pytest.raises(KeyError):
        result["X"]


def test_appraisal_options_horizon_and_residual_value(example):
    a = tiltak.appraise_initiative(example, "A", "no-2021", discount_year=2026, analysis_period_years=2,
                                   lifetime_years=3).appraisal
    assert a.residual_value == Money(35559854, "NOK")  # 400 000 x 1.04^-3


def test_frames(example):
    pd = pytest.importorskip("pandas")
    result = tiltak.appraise_portfolio(example, discount_year=2026)
    frame = result.to_frame()
    assert list(frame["id"]) == ["A", "C", "D"]
    assert frame["npv_minor"].dtype == "int64" and frame["npv"].dtype == "float64"
    assert frame["pv_benefits_minor"][0] == 181494761 and frame["pv_benefits"][0] == pytest.approx(1814947.61)
    assert frame["bcr"][0] == pytest.approx(181494761.0 / 156298952.0) and pd.isna(frame["bcr"][2])
    assert frame["payback_year"][0] == 2029 and pd.isna(frame["payback_year"][2])
    curve = result["A"].appraisal.curve_frame()
    assert list(curve["year"]) == [2026, 2027, 2028, 2029, 2030]
    assert list(curve["cumulative_minor"]) == [-120000000, -80000000, -40000000, 0, 40000000]
    assert curve["discounted_cumulative_minor"][3] == -8996359
    assert curve.attrs["payback_year"] == 2029 and curve.attrs["depth"] == nok(-1200000)
    assert len(result.curve_frame()) == 5


# --- the GIL ------------------------------------------------------------------------------------


def test_appraise_portfolio_releases_the_gil():
    from test_gil import assert_releases_the_gil, sized_portfolio

    portfolio = sized_portfolio(tiltak.appraise_portfolio, smallest=2000)
    assert_releases_the_gil(lambda: tiltak.appraise_portfolio(portfolio))
