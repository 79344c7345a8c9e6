"""The uncertainty analysis's planned NPV is the appraisal's NPV with tax financing, to the øre
(issue 18: they differed by 2 øre on the example, the analysis rounding the portfolio's sum
once where the appraisal rounds each initiative and sums)."""

import pytest
from conftest import DATA_DIR, SOURCE_DIR

import tiltak


@pytest.mark.parametrize("path", [SOURCE_DIR / "examples" / "fjordvik.json", DATA_DIR / "minimal.json"])
def test_planned_npv_is_the_appraisals(path):
    portfolio = tiltak.Portfolio.load(path)
    appraisal = tiltak.appraise_portfolio(portfolio)
    uncertainty = tiltak.uncertainty_analysis(portfolio, draws=20, seed=1)
    assert uncertainty.planned_npv == appraisal.total.npv_with_tax_financing
    assert uncertainty.planned_npv == sum(i.appraisal.npv_with_tax_financing for i in appraisal.initiatives)


def test_a_draw_at_the_plan_is_the_planned_npv():
    portfolio = tiltak.Portfolio.load(SOURCE_DIR / "examples" / "fjordvik.json")
    fixed = {"cost_factor": [1, 1, 1], "benefit_factor": [1, 1, 1], "delay_years": [0, 0, 0]}
    result = tiltak.uncertainty_analysis(portfolio, draws=5, seed=1, defaults=fixed)
    monte_carlo = result.monte_carlo
    assert monte_carlo.mean == monte_carlo.p10 == monte_carlo.p90 == result.planned_npv
