"""Prioritisation and selection from Python, on tests/data/minimal.json (T-1: 1 250 000.50 kr
investment in 2026, goal g1 scored 4; T-2 without costs, starts with T-1) and the figures of
tests/capi/prioritisation_test.cpp."""

import threading

import pytest

import tiltak

AHP = {
    "criteria": [{"id": "goals", "kind": "goal_contribution"}, {"id": "cost", "kind": "total_cost"}],
    "ahp": {"matrix": [[1, 3], [1 / 3, 1]]},
}


def test_prioritise_default_criteria_ranks_and_explains(minimal):
    ranking = tiltak.prioritise(minimal)
    frame = ranking.to_frame()
    assert list(frame["id"]) == ["T-1", "T-2"]
    assert list(frame["rank"]) == [1, 2]
    criteria = [c["id"] for c in ranking.criteria]
    assert criteria == ["goals", "npv", "cost", "risk", "mandatory", "dependants"]
    # The contributions add up to the score.
    assert frame[criteria].sum(axis=1).tolist() == pytest.approx(frame["score"].tolist())
    long = ranking.contributions_frame()
    assert len(long) == 2 * 6 and set(long.columns) >= {"raw", "normalised", "weight", "contribution"}


def test_prioritise_with_ahp_weights(minimal):
    ranking = tiltak.prioritise(minimal, AHP)
    assert ranking.ahp["weights"] == pytest.approx([0.75, 0.25])
    assert ranking.criteria[0]["weight"] == pytest.approx(0.75)


def test_inconsistent_ahp_is_a_validation_error_with_pointer(minimal):
    criteria = {"criteria": [{"id": k, "kind": "risk"} for k in "abc"],
                "ahp": {"matrix": [[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]]}}
    with pytest.raises(tiltak.ValidationError) as caught:
        tiltak.prioritise(minimal, criteria)
    assert caught.value.pointer == "/ahp/matrix"


def test_select_gives_frames(minimal):
    selection = tiltak.select_portfolio(minimal)
    assert selection.status == "optimal" and selection.gap == 0.0
    assert "T-1" in selection.selected
    decisions = selection.to_frame()
    assert decisions.loc[decisions["id"] == "T-1", "selected"].item()
    years = selection.years_frame()
    assert years["investment_minor"].tolist() == [125000050]
    assert years["investment_budget"].tolist() == [2000000.0]
    assert selection.capacity_frame()["role"].tolist() == ["developer"]


def test_infeasible_selection_names_the_budget(minimal):
    options = {"budgets": [{"year": 2026, "investment": "1000000"}], "forced_in": ["T-2"]}
    with pytest.raises(tiltak.InfeasibleError, match="investment budget of 2026"):
        tiltak.select_portfolio(minimal, options)


def test_frontier_and_plot(minimal):
    frontier = tiltak.efficient_frontier(minimal, [0.25, 1.0]).to_pandas()
    assert frontier["investment_budget_minor"].tolist() == [50000000, 200000000]
    assert frontier["selected"].tolist()[0] == 0
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    ax = tiltak.plot_frontier(frontier)
    assert ax.get_xlabel().startswith("Investment budget")


def test_compare_selections(minimal):
    small = '{"budgets": [{"year": 2026, "investment": "1000000"}]}'
    comparison = tiltak.compare_selections(minimal, small, None)
    assert comparison.enters[0] == "T-1" and comparison.leaves == []
    assert comparison.years_frame()["investment_b_minor"].tolist() == [125000050]


def test_select_releases_the_gil():
    portfolio = tiltak.generate_portfolio(2000, seed=3)
    ticks = []
    done = threading.Event()

    def tick():
        while not done.is_set():
            ticks.append(1)
            done.wait(0.001)

    thread = threading.Thread(target=tick)
    thread.start()
    try:
        tiltak.select_portfolio(portfolio, {"criteria": {"criteria": [{"id": "g", "kind": "goal_contribution",
                                                                        "weight": 1}]}})
    finally:
        done.set()
        thread.join()
    assert len(ticks) > 1


def test_plan_selection(minimal):
    plan = tiltak.plan_selection(minimal).to_pandas()
    row = plan[plan["id"] == "T-1"].iloc[0]
    assert row["start_year"] == 2026 and row["planned_year"] == 2026


# Goals 3 : cost 1 (minimised). Normalised T-1 = (1, 0), T-2 = (0, 1); weights 0.75 / 0.25, so
# T-1 scores 0.75 and T-2 0.25. By hand, the change of one weight that ties them:
# goals (0.75 − 0.25)/(0 − 1) = −0.5 (−66.7 %), cost 0.5/(1 − 0) = +0.5 (+200 %).
TWO_CRITERIA = {
    "criteria": [{"id": "goals", "kind": "goal_contribution", "weight": 3},
                 {"id": "cost", "kind": "total_cost", "direction": "minimise", "weight": 1}],
}


def test_weight_thresholds_match_hand_computation(minimal):
    thresholds = tiltak.weight_thresholds(minimal, TWO_CRITERIA)
    frame = thresholds.to_frame()
    assert frame[["higher", "lower", "criterion"]].values.tolist() == [["T-1", "T-2", "goals"]]
    assert frame["change"].tolist() == pytest.approx([-0.5])
    long = thresholds.thresholds_frame()
    assert long["relative_percent"].tolist() == pytest.approx([-200 / 3, 200.0])
    assert long["feasible"].tolist() == [True, True]
    assert thresholds.most_critical["criterion"] == "goals"
    # The renormalised weights at the goals threshold: (0.25, 0.25) / 0.5.
    assert thresholds.pairs[0]["thresholds"][0]["weights_at_threshold"] == pytest.approx([0.5, 0.5])


def test_weight_uncertainty_frames_and_reproducibility(minimal):
    one = tiltak.weight_uncertainty(minimal, {"criteria": TWO_CRITERIA}, draws=400, top_k=1, seed=3, threads=1)
    two = tiltak.weight_uncertainty(minimal, {"criteria": TWO_CRITERIA}, draws=400, top_k=1, seed=3, threads=2)
    assert one.initiatives == two.initiatives
    frame = one.to_frame()
    assert list(frame["id"]) == ["T-1", "T-2"]
    assert frame["probability_top_k"].sum() == pytest.approx(1.0)
    assert frame["probability_selected"].notna().all()
    acceptability = one.rank_acceptability_frame()
    assert acceptability.shape == (2, 2)
    assert acceptability.sum(axis=1).tolist() == pytest.approx([1.0, 1.0])


def test_weight_uncertainty_bad_options_name_their_pointers(minimal):
    with pytest.raises(tiltak.ValidationError) as caught:
        tiltak.weight_uncertainty(minimal, draws=0, top_k=0)
    pointers = [p.pointer for p in caught.value.problems]
    assert pointers == ["/draws", "/top_k"]


def test_plot_rank_probabilities(minimal):
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    ax = tiltak.plot_rank_probabilities(tiltak.weight_uncertainty(minimal, draws=50, top_k=1))
    assert sorted(t.get_text() for t in ax.get_yticklabels()) == ["T-1", "T-2"]
    assert ax.get_title() == "Robustness to the weights"
