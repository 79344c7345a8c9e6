"""Realisation tracking, who pays and who gains, the plus-minus method and uncertainty from
Python, against the figures pinned in tests/unit/benefits/*_test.cpp and tests/capi/benefits_test.cpp."""

import datetime

import pytest
from conftest import SOURCE_DIR

import tiltak



def test_minimal_is_due_and_unmeasured(minimal):
    summary = tiltak.portfolio_realisation(minimal, datetime.date(2028, 2, 1))
    assert summary.as_of == datetime.date(2028, 2, 1)
    # (1 000 + 2 000.5) h × 650 kr
    assert summary.planned_to_date == tiltak.Money(195032500, "NOK")
    assert summary.realised_to_date == tiltak.Money(0, "NOK")
    assert summary.no_measurement_when_due == 1
    (b,) = summary.benefits
    assert b.id == "B-1" and b.direction == "decrease"
    assert b.flags == ["no_measurement_when_due"]
    assert b.planned_degree_now == 1.0
    assert [y.planned_degree for y in b.years] == [1000 / 2000.5, 1.0]
    graced = tiltak.benefit_realisation(minimal, "B-1", datetime.date(2028, 2, 1), measurement_grace_days=40)
    assert graced.flags == []
    with pytest.raises(tiltak.NotFoundError):
        tiltak.benefit_realisation(minimal, "B-9", datetime.date(2028, 2, 1))


def test_fjordvik_degree_against_plan_and_frame():
    portfolio = tiltak.Portfolio.load(_fjordvik())
    summary = tiltak.portfolio_realisation(portfolio, datetime.date(2026, 9, 1))
    g01 = next(b for b in summary.benefits if b.id == "G-01")
    # letters on paper, lower is better: (51 000 − 62 000) / (15 000 − 62 000)
    assert g01.latest_degree == pytest.approx(11000 / 47000)
    assert g01.planned_degree_now == pytest.approx(18000 / 47000)
    assert "behind_plan" in g01.flags
    frame = summary.to_frame()
    assert list(frame["id"]) == [b.id for b in summary.benefits]
    row = frame.set_index("id").loc["G-01"]
    assert bool(row["behind_plan"]) and row["latest_degree"] == pytest.approx(11000 / 47000)
    assert frame.attrs["as_of"] == datetime.date(2026, 9, 1)


def test_plots_return_axes():
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    portfolio = tiltak.Portfolio.load(_fjordvik())
    g01 = tiltak.benefit_realisation(portfolio, "G-01", datetime.date(2026, 9, 1))
    ax = g01.plot()
    assert ax.get_ylabel() == "realisation degree"
    hump_ax = tiltak.plot_hump(tiltak.appraise_portfolio(portfolio).total)
    assert hump_ax.get_xlabel() == "year"


def _fjordvik():
    return SOURCE_DIR / "examples" / "fjordvik.json"


# --- who pays and who gains (figures of tests/capi/benefits_test.cpp) ----------------------------


def test_payer_matrix_on_minimal(minimal):
    # T-2 is only registered: counted when the pipeline is asked for (committed only by default).
    matrix = tiltak.payer_recipient_matrix(minimal, counted=("committed", "pipeline"))
    assert matrix.level == "unit" and matrix.parameter_set == "no-2021"
    assert matrix.payers == [("organisation", None), ("unit", "u-ikt")]
    assert matrix.recipients == [("unit", "u-hjem")]
    assert [c.present_value for c in matrix.cells] == [tiltak.Money(22345657, "NOK"), tiltak.Money(87287757, "NOK")]
    assert matrix.benefits_without_payer == tiltak.Money(73088942, "NOK")
    frame = matrix.to_frame()
    assert frame.loc["u-ikt", "u-hjem"] == pytest.approx(872877.57)
    assert frame.loc["organisation", "u-hjem"] == pytest.approx(223456.57)
    assert tiltak.budget_withdrawal(minimal).total == tiltak.Money(0, "NOK")
    report = tiltak.cofinancing_assessment(minimal)
    assert report.withdrawal_share == 0.5
    assert report.initiatives[0].project_cost == tiltak.Money(157000050, "NOK")
    assert not report.initiatives[0].within_cost_limits
    with pytest.raises(tiltak.InvalidArgumentError):
        tiltak.cofinancing_assessment(minimal, "dk-2023")
    assert [a.initiative for a in report.initiatives] == ["T-1"]  # in progress; T-2 is registered
    service = tiltak.payer_recipient_matrix(minimal, level="service_area")
    assert service.recipients == [("service_area", "helse")]


def test_payer_matrix_plot_returns_axes(minimal):
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    ax = tiltak.payer_recipient_matrix(minimal).plot()
    assert ax.get_ylabel() == "payer"


# --- plus-minus and uncertainty --------------------------------------------------------------------


def test_plus_minus_lists_every_unvalued_benefit():
    portfolio = tiltak.Portfolio.load(_fjordvik())
    result = tiltak.plus_minus(portfolio)  # nothing assessed yet
    frame = tiltak.effects_frame(result)
    assert len(frame) > 0 and frame["consequence"].isna().all()
    assert result["open_because_unassessed"] is True
    first = frame.iloc[0]
    assessed = tiltak.plus_minus(portfolio, {"assessments": [
        {"benefit": first["benefit"], "significance": "large", "scope": "large_positive"}]})
    symbols = tiltak.effects_frame(assessed).query("benefit == @first.benefit")["symbol"]
    assert set(symbols) == {"++++"}
    with pytest.raises(tiltak.ValidationError):
        tiltak.plus_minus(portfolio, {"assessments": [{"benefit": "G-01", "significance": "large", "scope": "none"}]})


def test_uncertainty_is_seeded_and_thread_independent(minimal):
    estimates = {"seed": 4, "draws": 500, "defaults": {"cost_factor": [0.9, 1.0, 1.8]}}
    one = tiltak.uncertainty_analysis(minimal, dict(estimates, threads=1))
    two = tiltak.uncertainty_analysis(minimal, dict(estimates, threads=2))
    assert one == two
    mc = one["monte_carlo"]
    assert float(mc["p10"]) <= float(mc["p50"]) <= float(mc["p90"])
    assert 0.0 <= mc["probability_negative"] <= 1.0
    frame = tiltak.tornado_frame(one)
    assert list(frame["range"]) == sorted(frame["range"], reverse=True)
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    assert tiltak.plot_tornado(one).get_xlabel().startswith("NPV")


def test_slip_value_change_on_minimal(minimal):
    change = tiltak.slip_value_change(minimal, "T-1", 30)
    assert change["initiative"] == "T-1" and change["slip_days"] == 30
    assert change["npv_change"].startswith("-")
    with pytest.raises(tiltak.NotFoundError):
        tiltak.slip_value_change(minimal, "T-99", 30)
