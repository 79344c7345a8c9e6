#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "prioritisation/weight_thresholds.hpp"
#include "support/prioritisation_fixture.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/prioritisation/sensitivity.hpp"

namespace tiltak {
namespace {

using namespace testing;

// Triantaphyllou & Sánchez (1997), "A sensitivity analysis approach for some deterministic
// multi-criteria decision-making methods", Decision Sciences 28(1):151–194: the WSM example
// with four alternatives and four criteria (the printed weights sum to 1.0001).
const std::vector<double> paper_weights{0.3277, 0.3058, 0.2876, 0.0790};
const std::vector<std::vector<double>> paper_matrix{{0.3088, 0.2897, 0.3867, 0.1922},
                                                    {0.2163, 0.3458, 0.1755, 0.6288},
                                                    {0.4509, 0.2473, 0.1194, 0.0575},
                                                    {0.0240, 0.1172, 0.3184, 0.1215}};

// By an independent Python calculation:
//   S = [sum(w*a for w, a in zip(W, row)) for row in A]  → .31618, .27678, .26227, .14487
//   change_k = (S_h − S_l)/(a_lk − a_hk); relative = change_k / W_k × 100
// A1 over A2: −0.42602 (−130.0 %, w < 0: infeasible), +0.70243 (+229.7 %, w > 1: infeasible),
//             −0.18658 (−64.88 %), +0.09026 (+114.25 %)  → most critical: criterion 3.
// A2 over A3: +0.06185 (+18.874 %), −0.14731 (−48.17 %), −0.25864 (−89.93 %),
//             −0.02540 (−32.15 %)  → criterion 1, also the most critical of all pairs.
// A3 over A4: −0.27499 (−83.91 %), −0.90232 (infeasible), +0.58991 (+205.1 %),
//             +1.83424 (infeasible)  → criterion 1.
TEST(WeightThresholds, PaperExample_MatchesHandComputation) {
  const auto a12 = detail::pair_thresholds(paper_weights, paper_matrix[0], paper_matrix[1]);
  ASSERT_EQ(a12.size(), 4u);
  EXPECT_NEAR(*a12[0].change, -0.42602, 5e-5);
  EXPECT_FALSE(a12[0].feasible);
  EXPECT_NEAR(*a12[1].change, 0.70243, 5e-5);
  EXPECT_FALSE(a12[1].feasible);
  EXPECT_NEAR(*a12[2].change, -0.18658, 5e-5);
  EXPECT_NEAR(*a12[2].relative_percent, -64.876, 5e-3);
  EXPECT_TRUE(a12[2].feasible);
  EXPECT_NEAR(*a12[3].relative_percent, 114.250, 5e-3);
  EXPECT_EQ(detail::most_critical(a12), 2u);

  const auto a23 = detail::pair_thresholds(paper_weights, paper_matrix[1], paper_matrix[2]);
  EXPECT_NEAR(*a23[0].change, 0.061850, 5e-6);
  EXPECT_NEAR(*a23[0].relative_percent, 18.874, 5e-3);
  EXPECT_NEAR(*a23[3].relative_percent, -32.150, 5e-3);
  EXPECT_EQ(detail::most_critical(a23), 0u);

  const auto a34 = detail::pair_thresholds(paper_weights, paper_matrix[2], paper_matrix[3]);
  EXPECT_FALSE(a34[1].feasible);
  EXPECT_FALSE(a34[3].feasible);
  EXPECT_NEAR(*a34[0].relative_percent, -83.914, 5e-3);
  EXPECT_EQ(detail::most_critical(a34), 0u);
}

TEST(WeightThresholds, WeightsAtThreshold_AreRenormalisedAndTieThePair) {
  const auto a23 = detail::pair_thresholds(paper_weights, paper_matrix[1], paper_matrix[2]);
  for (const auto& t : a23) {
    ASSERT_TRUE(t.feasible);
    EXPECT_NEAR(std::accumulate(t.weights_at_threshold.begin(), t.weights_at_threshold.end(), 0.0), 1.0, 1e-12);
    double s2 = 0, s3 = 0;
    for (std::size_t k = 0; k < 4; ++k) {
      s2 += t.weights_at_threshold[k] * paper_matrix[1][k];
      s3 += t.weights_at_threshold[k] * paper_matrix[2][k];
    }
    EXPECT_NEAR(s2, s3, 1e-12);
  }
}

TEST(WeightThresholds, EqualValuesOnACriterion_CannotSwap) {
  const std::vector<double> weights{0.5, 0.5};
  const std::vector<double> higher{0.8, 0.3}, lower{0.2, 0.3};
  const auto t = detail::pair_thresholds(weights, higher, lower);
  EXPECT_FALSE(t[1].change.has_value());
  EXPECT_FALSE(t[1].feasible);
  // Criterion 1 must fall by 0.3/0.6 = 0.5 to 0: feasible at the edge.
  EXPECT_NEAR(*t[0].change, -0.5, 1e-12);
  EXPECT_TRUE(t[0].feasible);
}

// Two criteria given per initiative (feasibility kind, min–max): normalised A = (1, 0.2),
// B = (0.4, 1), C = (0, 0).
Portfolio crossing_portfolio() {
  Portfolio p;
  p.initiatives = {initiative("A"), initiative("B"), initiative("C")};
  return p;
}

Criteria crossing_criteria(double w1 = 0.5, double w2 = 0.5) {
  Criteria criteria;
  Criterion first, second;
  first.id = "c1";
  second.id = "c2";
  first.kind = second.kind = CriterionKind::feasibility;
  first.weight = w1;
  second.weight = w2;
  first.initiative_values = {{"A", 1.0}, {"B", 0.4}, {"C", 0.0}};
  second.initiative_values = {{"A", 0.2}, {"B", 1.0}, {"C", 0.0}};
  criteria.criteria = {first, second};
  return criteria;
}

// At (0.5, 0.5): A = 0.6, B = 0.7. Swap when 0.4 + 0.6 w1' … with w2 kept at 0.5: A − B =
// 0.6 w1 − 0.4 → B over A by 0.1 needs Δw1 = 0.1/0.6 = 1/6; Δw2 = −0.1/0.8 = −1/8.
TEST(WeightThresholds, SmallPortfolio_MatchesHandComputation) {
  const WeightSensitivity s = weight_thresholds(rank_initiatives(crossing_portfolio(), crossing_criteria()));
  ASSERT_EQ(s.pairs.size(), 2u);
  EXPECT_EQ(s.pairs[0].higher.str(), "B");
  EXPECT_EQ(s.pairs[0].lower.str(), "A");
  EXPECT_NEAR(*s.pairs[0].criteria[0].change, 1.0 / 6, 1e-12);
  EXPECT_NEAR(*s.pairs[0].criteria[0].relative_percent, 100.0 / 3, 1e-9);
  EXPECT_NEAR(*s.pairs[0].criteria[1].change, -1.0 / 8, 1e-12);
  EXPECT_EQ(s.pairs[0].most_critical, 1u);  // −25 % beats +33 %
  EXPECT_EQ(s.most_critical_pair, 0u);
}

TEST(WeightThresholds, TiedNeighbours_AreReportedAsTied) {
  Portfolio p = crossing_portfolio();
  Criteria criteria = crossing_criteria();
  criteria.criteria[0].initiative_values["C"] = 1.0;  // C = (1, 0.2) like A
  criteria.criteria[1].initiative_values["C"] = 0.2;
  const WeightSensitivity s = weight_thresholds(rank_initiatives(p, criteria));
  ASSERT_EQ(s.pairs.size(), 2u);
  EXPECT_TRUE(s.pairs[1].tied);
  EXPECT_TRUE(s.pairs[1].criteria.empty());
  EXPECT_FALSE(s.pairs[1].most_critical.has_value());
}

// Second method on the example portfolio: each feasible threshold, applied to the criteria
// and scored again by rank_initiatives, just short of it keeps the pair's order and just past
// it swaps them.
TEST(WeightThresholds, ExamplePortfolio_RescoringAtTheThresholdSwapsThePair) {
  const Portfolio portfolio = load_portfolio(std::string(TILTAK_EXAMPLES_DIR) + "/fjordvik.json");
  Criteria criteria = default_criteria();  // without NPV: an appraisal per scoring is slow here
  std::erase_if(criteria.criteria, [](const Criterion& c) { return c.kind == CriterionKind::npv; });
  const Ranking ranking = rank_initiatives(portfolio, criteria);
  const WeightSensitivity s = weight_thresholds(ranking);
  ASSERT_EQ(s.pairs.size() + 1, ranking.initiatives.size());
  auto score_of = [](const Ranking& r, const InitiativeId& id) {
    for (const auto& i : r.initiatives)
      if (i.id == id) return i.score;
    return -1.0;
  };
  int checked = 0;
  for (const auto& pair : s.pairs) {
    if (pair.tied) continue;
    for (std::size_t k = 0; k < pair.criteria.size(); ++k) {
      const auto& t = pair.criteria[k];
      if (!t.feasible) continue;
      for (const double factor : {1 - 1e-4, 1 + 1e-4}) {
        Criteria changed = ranking.criteria;  // normalised weights; rank_initiatives renormalises
        changed.criteria[k].weight = s.weights[k] + *t.change * factor;
        if (changed.criteria[k].weight < 0) continue;
        const Ranking again = rank_initiatives(portfolio, changed);
        const double difference = score_of(again, pair.higher) - score_of(again, pair.lower);
        if (factor < 1)
          EXPECT_GT(difference, 0) << pair.higher.str() << " / " << pair.lower.str() << " on " << t.criterion;
        else
          EXPECT_LT(difference, 0) << pair.higher.str() << " / " << pair.lower.str() << " on " << t.criterion;
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 20);
}

// Two criteria at (0.5, 0.5) with concentration 2: Dirichlet(1, 1), so w1 is uniform on [0, 1].
// A beats B when w1 + 0.2(1 − w1) > 0.4 w1 + (1 − w1), i.e. w1 > t = 4/7; C = 0 is always last.
// P(A first) = 1 − t = 3/7. With 20 000 draws the binomial standard error is
// √(3/7 · 4/7 / 20 000) ≈ 0.0035; the tolerance is 4 standard errors.
TEST(WeightUncertainty, UniformOnTheSimplex_GivesTheCrossingProbability) {
  SelectionOptions selection;
  selection.criteria = crossing_criteria();
  WeightUncertaintyOptions options;
  options.concentration = 2.0;
  options.draws = 20000;
  options.top_k = 1;
  options.select = false;
  const WeightUncertainty u = weight_uncertainty(crossing_portfolio(), selection, options);
  ASSERT_EQ(u.initiatives.size(), 3u);
  EXPECT_EQ(u.initiatives[0].id.str(), "B");
  EXPECT_EQ(u.initiatives[1].id.str(), "A");
  const double se = std::sqrt(3.0 / 7 * 4.0 / 7 / 20000);
  EXPECT_NEAR(u.initiatives[1].probability_top_k, 3.0 / 7, 4 * se);
  EXPECT_NEAR(u.initiatives[0].probability_top_k, 4.0 / 7, 4 * se);
  EXPECT_EQ(u.initiatives[2].probability_top_k, 0.0);
  EXPECT_EQ(u.initiatives[2].rank_p5, 3);
  EXPECT_DOUBLE_EQ(u.initiatives[2].mean_rank, 3.0);
  EXPECT_FALSE(u.initiatives[0].probability_selected.has_value());
  // Dirichlet(1, 1) has mean (0.5, 0.5); sd of a mean of 20 000 uniform draws √(1/12/20 000) ≈ 0.002.
  EXPECT_NEAR(u.mean_weights[0], 0.5, 4 * std::sqrt(1.0 / 12 / 20000));
}

// The same crossing through the selection: A and B exclusive, no budget limits, so the one
// with the higher score is selected; C scores 0 and adds nothing.
TEST(WeightUncertainty, ExclusivePair_SelectsTheHigherScoreInEachDraw) {
  SelectionOptions selection;
  selection.criteria = crossing_criteria();
  selection.first_year = selection.last_year = 2026;
  selection.exclusive = {{InitiativeId("A"), InitiativeId("B")}};
  WeightUncertaintyOptions options;
  options.concentration = 2.0;
  options.draws = 4000;
  options.top_k = 1;
  const WeightUncertainty u = weight_uncertainty(crossing_portfolio(), selection, options);
  for (const auto& row : u.initiatives) EXPECT_EQ(*row.probability_selected, row.probability_top_k) << row.id.str();
  EXPECT_TRUE(u.initiatives[0].selected);   // B at the given weights
  EXPECT_FALSE(u.initiatives[1].selected);
  EXPECT_EQ(u.failed_selections, 0);
}

TEST(WeightUncertainty, ExactMethod_AgreesWithGreedyOnTheExclusivePair) {
  SelectionOptions selection;
  selection.criteria = crossing_criteria();
  selection.first_year = selection.last_year = 2026;
  selection.exclusive = {{InitiativeId("A"), InitiativeId("B")}};
  WeightUncertaintyOptions options;
  options.concentration = 2.0;
  options.draws = 200;
  const WeightUncertainty greedy = weight_uncertainty(crossing_portfolio(), selection, options);
  options.method = SelectionMethod::exact;
  options.time_limit_seconds = 10;
  const WeightUncertainty exact = weight_uncertainty(crossing_portfolio(), selection, options);
  for (std::size_t i = 0; i < 2; ++i)  // A and B; C (score 0) is a free choice for the solver
    EXPECT_EQ(exact.initiatives[i].probability_selected, greedy.initiatives[i].probability_selected);
}

TEST(WeightUncertainty, SameSeed_SameResultForAnyNumberOfThreads) {
  const Portfolio portfolio = load_portfolio(std::string(TILTAK_EXAMPLES_DIR) + "/fjordvik.json");
  SelectionOptions selection;
  WeightUncertaintyOptions options;
  options.draws = 101;
  options.threads = 1;
  const WeightUncertainty one = weight_uncertainty(portfolio, selection, options);
  for (const int threads : {2, 3}) {
    options.threads = threads;
    WeightUncertainty other = weight_uncertainty(portfolio, selection, options);
    other.options.threads = 1;
    EXPECT_EQ(other, one) << threads << " threads";
  }
  options.seed = 2;
  EXPECT_NE(weight_uncertainty(portfolio, selection, options).initiatives, one.initiatives);
}

TEST(WeightUncertainty, ExamplePortfolio_ProbabilitiesAddUp) {
  const Portfolio portfolio = load_portfolio(std::string(TILTAK_EXAMPLES_DIR) + "/fjordvik.json");
  SelectionOptions selection;
  WeightUncertaintyOptions options;
  options.model = WeightModel::uniform;
  options.spread = 0.3;
  options.draws = 300;
  options.top_k = 7;
  const WeightUncertainty u = weight_uncertainty(portfolio, selection, options);
  const std::size_t n = u.initiatives.size();
  double in_top = 0;
  std::vector<double> per_rank(n, 0.0);
  for (const auto& row : u.initiatives) {
    in_top += row.probability_top_k;
    EXPECT_NEAR(std::accumulate(row.rank_acceptability.begin(), row.rank_acceptability.end(), 0.0), 1.0, 1e-9);
    for (std::size_t r = 0; r < n; ++r) per_rank[r] += row.rank_acceptability[r];
    EXPECT_LE(row.rank_p5, row.rank_p95);
    EXPECT_GE(row.mean_rank, 1.0);
    EXPECT_LE(row.mean_rank, static_cast<double>(n));
  }
  // No two example initiatives score alike under continuous weights: every rank is taken once
  // per draw, so the top-7 probabilities add up to 7 and each rank's acceptabilities to 1.
  EXPECT_NEAR(in_top, 7.0, 1e-9);
  for (double share : per_rank) EXPECT_NEAR(share, 1.0, 1e-9);
  EXPECT_EQ(u.failed_selections, 0);  // the greedy selection keeps the frames in every draw
}

TEST(WeightUncertainty, BadOptions_AreListedWithPointers) {
  WeightUncertaintyOptions options;
  options.draws = -5;
  options.top_k = 0;
  options.concentration = -1;
  options.spread = 1.5;
  options.threads = 0;
  SelectionOptions selection;
  selection.objective = SelectionObjective::npv;
  try {
    weight_uncertainty(crossing_portfolio(), selection, options);
    FAIL() << "expected a validation error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    std::vector<std::string> pointers;
    for (const auto& p : error.problems()) pointers.push_back(p.pointer);
    EXPECT_EQ(pointers, (std::vector<std::string>{"/draws", "/top_k", "/threads", "/concentration", "/spread_percent",
                                                  "/selection/objective"}));
  }
}

}  // namespace
}  // namespace tiltak
