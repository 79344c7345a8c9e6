"""One result shape (issue 18): every public analysis, called on the bundled example
(examples/fjordvik.json), returns one of the documented result types, and each round-trips
through to_json() and pickle. New public functions must be placed in ANALYSES or in
NOT_ANALYSES, so that none escapes the check."""

import copy
import datetime
import inspect
import json
import pickle

import pytest
from conftest import SOURCE_DIR

import tiltak

AS_OF = datetime.date(2026, 9, 1)

# name -> a call on the example portfolio. Small draw counts keep the Monte Carlo quick.
ANALYSES = {
    "appraise_portfolio": lambda p: tiltak.appraise_portfolio(p),
    "appraise_initiative": lambda p: tiltak.appraise_initiative(p, "T-001"),
    "check": lambda p: tiltak.check(p, as_of=AS_OF),
    "check_transition": lambda p: tiltak.check_transition(p, "T-003", "anchored", "secretariat", AS_OF),
    "compute_schedule": lambda p: tiltak.compute_schedule(p),
    "slip_impact": lambda p: tiltak.slip_impact(p, "T-001", 30),
    "cancel_impact": lambda p: tiltak.cancel_impact(p, "T-001"),
    "analyse_benefit_network": lambda p: tiltak.analyse_benefit_network(p),
    "prioritise": lambda p: tiltak.prioritise(p),
    "select_portfolio": lambda p: tiltak.select_portfolio(p),
    "plan_selection": lambda p: tiltak.plan_selection(p),
    "efficient_frontier": lambda p: tiltak.efficient_frontier(p, [0.5, 1.0]),
    "compare_selections": lambda p: tiltak.compare_selections(p, None, {"method": "greedy"}),
    "weight_thresholds": lambda p: tiltak.weight_thresholds(p),
    "weight_uncertainty": lambda p: tiltak.weight_uncertainty(p, draws=40, seed=1),
    "plus_minus": lambda p: tiltak.plus_minus(p),
    "uncertainty_analysis": lambda p: tiltak.uncertainty_analysis(p, draws=60, seed=2),
    "slip_value_change": lambda p: tiltak.slip_value_change(p, "T-001", 90),
    "portfolio_realisation": lambda p: tiltak.portfolio_realisation(p, AS_OF),
    "payer_recipient_matrix": lambda p: tiltak.payer_recipient_matrix(p),
    "budget_withdrawal": lambda p: tiltak.budget_withdrawal(p),
    "cofinancing_assessment": lambda p: tiltak.cofinancing_assessment(p),
    "verify_decision_log": lambda p: tiltak.verify_decision_log(p),
    "benefit_realisation": lambda p: tiltak.benefit_realisation(p, "G-01", datetime.date(2026, 11, 23)),
}

# Public functions that are not analyses of a portfolio (loaders, small calculators, document
# and archive helpers, frames and plots of results).
NOT_ANALYSES = {
    "validate_file", "generate_portfolio", "public_holidays", "planned_yearly_values", "shift_by_days",
    "yearly_change", "parameter_set", "parameter_set_ids", "parameters_from_json", "present_value", "npv",
    "internal_rates_of_return", "rulebook", "rulebook_ids", "rulebook_from_json", "load_rulebook", "advance",
    "competent_body", "decisions", "replay_decisions", "arkivmelding_for_registration",
    "arkivmelding_for_decision", "arkivmelding_problems", "read_chain_anchor", "read_archive_receipt",
    "apply_archive_receipt", "schema_problems", "build_report", "findings_frame", "areas_frame",
    "effects_frame", "tornado_frame", "plot_frontier", "plot_rank_probabilities", "plot_hump",
    "plot_realisation", "plot_payer_matrix", "plot_tornado",
}


@pytest.fixture(scope="module")
def fjordvik():
    return tiltak.Portfolio.load(SOURCE_DIR / "examples" / "fjordvik.json")


def test_every_public_function_is_classified():
    functions = {name for name in tiltak.__all__
                 if callable(getattr(tiltak, name)) and not inspect.isclass(getattr(tiltak, name))}
    assert functions - set(ANALYSES) - NOT_ANALYSES == set(), "classify the new public function"
    assert set(ANALYSES) - functions == set() and NOT_ANALYSES - functions == set()


@pytest.mark.parametrize("name", sorted(ANALYSES))
def test_analysis_returns_a_result_that_round_trips(fjordvik, name):
    result = ANALYSES[name](fjordvik)
    assert isinstance(result, tiltak.RESULT_TYPES), type(result)
    assert isinstance(result, tiltak.Result)
    document = result.to_dict()
    assert isinstance(document, dict) and document
    assert json.loads(result.to_json()) == document  # to_json is the document, as text
    again = pickle.loads(pickle.dumps(result))
    assert type(again) is type(result)
    assert again == result
    assert again.to_json() == result.to_json()
    assert copy.deepcopy(result) == result


@pytest.mark.parametrize("name", sorted(ANALYSES))
def test_results_are_read_only(fjordvik, name):
    result = ANALYSES[name](fjordvik)
    field = next(iter(result.to_dict()))
    with pytest.raises(AttributeError):
        setattr(result, "anything_new", 1)
    attribute = field if hasattr(result, field) else None
    if attribute is not None:
        with pytest.raises(AttributeError):
            setattr(result, attribute, None)


def test_amounts_are_money_in_document_results(fjordvik):
    uncertainty = tiltak.uncertainty_analysis(fjordvik, draws=60, seed=2)
    assert isinstance(uncertainty.planned_npv, tiltak.Money)
    assert str(uncertainty.planned_npv) == uncertainty["planned_npv"]  # item access: the document
    assert isinstance(uncertainty.monte_carlo.p10, tiltak.Money)
    assert all(isinstance(bar.range, tiltak.Money) for bar in uncertainty.tornado)
    change = tiltak.slip_value_change(fjordvik, "T-001", 90)
    assert str(change.npv_change) == change["npv_change"] and change.npv_change < 0
    assert all(isinstance(b.change, tiltak.Money) for b in change.benefits)
    selection = tiltak.select_portfolio(fjordvik)
    first = selection.years[0]
    assert isinstance(first.investment, tiltak.Money) and first.investment.currency == "NOK"
    frontier = tiltak.efficient_frontier(fjordvik, [0.5, 1.0])
    assert [p.investment_budget for p in frontier.points][1].minor_units == \
        2 * [p.investment_budget for p in frontier.points][0].minor_units


def test_tabular_results_have_to_pandas(fjordvik):
    pytest.importorskip("pandas")
    assert list(tiltak.appraise_portfolio(fjordvik).to_pandas()["id"])[:1] == ["T-001"]
    plan = tiltak.plan_selection(fjordvik).to_pandas()
    assert {"id", "planned_year", "start_year", "reason"} <= set(plan.columns)
    frontier = tiltak.efficient_frontier(fjordvik, [0.5, 1.0]).to_pandas()
    assert frontier["budget_factor"].tolist() == [0.5, 1.0]
    assert len(tiltak.uncertainty_analysis(fjordvik, draws=60, seed=2).to_pandas()) > 0


def test_old_frame_use_of_frontier_warns_but_works(fjordvik):
    pytest.importorskip("pandas")
    frontier = tiltak.efficient_frontier(fjordvik, [0.5, 1.0])
    with pytest.warns(DeprecationWarning, match="to_pandas"):
        column = frontier["budget_factor"]
    assert column.tolist() == [0.5, 1.0]
    assert frontier["points"] == frontier.to_dict()["points"]  # a document key: no warning
