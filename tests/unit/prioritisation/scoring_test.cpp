#include <gtest/gtest.h>

#include "support/prioritisation_fixture.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/prioritisation/scoring.hpp"

namespace tiltak {
namespace {

using namespace testing;

// A (goals G1:5, G2:2; 1 MNOK; risk 3×4; mandatory), B (G1:1, G2:5; 400 000; no risk; needs A),
// C (G2:4; 100 000; risk 2×2; needs B). Goal weights G1 = 2, G2 = 1.
Portfolio three_initiatives() {
  Portfolio p;
  p.strategy.goals = {{GoalId("G1"), "Goal 1", 2.0}, {GoalId("G2"), "Goal 2", 1.0}};
  Initiative a = initiative("A", {money_line(2026, CostKind::investment, 1'000'000)});
  a.goals = {{GoalId("G1"), 5}, {GoalId("G2"), 2}};
  a.risks = {risk("R1", 3, 4)};
  a.mandatory = Mandate{MandatoryReason::law, "Lov"};
  Initiative b = initiative("B", {money_line(2027, CostKind::operating, 400'000)});
  b.goals = {{GoalId("G1"), 1}, {GoalId("G2"), 5}};
  depends(b, "A");
  Initiative c = initiative("C", {money_line(2026, CostKind::investment, 100'000)});
  c.goals = {{GoalId("G2"), 4}};
  c.risks = {risk("R2", 2, 2)};
  depends(c, "B");
  Initiative done = initiative("D");
  done.stage = Stage::completed;  // not a candidate
  p.initiatives = {a, b, c, done};
  return p;
}

Criterion criterion(const char* id, CriterionKind kind, double weight, Normalisation normalisation = Normalisation::min_max,
                    CriterionDirection direction = CriterionDirection::maximise) {
  Criterion c;
  c.id = id;
  c.kind = kind;
  c.weight = weight;
  c.normalisation = normalisation;
  c.direction = direction;
  return c;
}

Criteria four_criteria(double scale = 1.0) {
  Criteria criteria;
  criteria.criteria = {
      criterion("goals", CriterionKind::goal_contribution, 0.5 * scale),
      criterion("cost", CriterionKind::total_cost, 0.3 * scale, Normalisation::min_max, CriterionDirection::minimise),
      criterion("risk", CriterionKind::risk, 0.1 * scale, Normalisation::rank, CriterionDirection::minimise),
      criterion("dependants", CriterionKind::dependants, 0.1 * scale)};
  return criteria;
}

// By hand: goals raw A 12/3 = 4, B 7/3, C 4/3 → min–max 1, 0.375, 0. Cost 1 000 000, 400 000,
// 100 000 minimised → 0, 2/3, 1. Risk 12, 0, 4: ranks (largest first) 1, 3, 2 → (3 − r)/2 =
// 1, 0, 0.5, minimised 0, 1, 0.5. Dependants 2, 1, 0 → 1, 0.5, 0.
// Scores: A = 0.5 + 0.1 = 0.6; B = 0.1875 + 0.2 + 0.1 + 0.05 = 0.5375; C = 0.3 + 0.05 = 0.35.
TEST(Scoring, WeightedCriteria_MatchHandComputation) {
  const Ranking ranking = rank_initiatives(three_initiatives(), four_criteria());
  ASSERT_EQ(ranking.initiatives.size(), 3u);
  EXPECT_EQ(ranking.initiatives[0].id.str(), "A");
  EXPECT_EQ(ranking.initiatives[1].id.str(), "B");
  EXPECT_EQ(ranking.initiatives[2].id.str(), "C");
  EXPECT_NEAR(ranking.initiatives[0].score, 0.6, 1e-12);
  EXPECT_NEAR(ranking.initiatives[1].score, 0.5375, 1e-12);
  EXPECT_NEAR(ranking.initiatives[2].score, 0.35, 1e-12);
  EXPECT_EQ(ranking.initiatives[2].rank, 3);

  const auto& b = ranking.initiatives[1].criteria;
  ASSERT_EQ(b.size(), 4u);
  EXPECT_EQ(b[0].criterion, "goals");
  EXPECT_NEAR(*b[0].raw, 7.0 / 3, 1e-12);
  EXPECT_NEAR(b[0].normalised, 0.375, 1e-12);
  EXPECT_NEAR(b[0].contribution, 0.1875, 1e-12);
  EXPECT_NEAR(*b[1].raw, 400000.0, 1e-9);
  EXPECT_NEAR(b[1].normalised, 2.0 / 3, 1e-12);
  EXPECT_NEAR(b[2].normalised, 1.0, 1e-12);
  EXPECT_NEAR(*b[3].raw, 1.0, 1e-12);
  EXPECT_NEAR(b[3].contribution, 0.05, 1e-12);
}

TEST(Scoring, Weights_AreNormalisedToSumOne) {
  const Ranking scaled = rank_initiatives(three_initiatives(), four_criteria(7.0));
  EXPECT_NEAR(scaled.initiatives[1].score, 0.5375, 1e-12);
  EXPECT_NEAR(scaled.criteria.criteria[0].weight, 0.5, 1e-12);
}

TEST(Scoring, EqualScores_ShareARank) {
  Portfolio p = three_initiatives();
  Initiative twin = p.initiatives[1];
  twin.id = InitiativeId("B2");
  twin.dependencies.clear();
  p.initiatives[1].dependencies.clear();
  p.initiatives[2].dependencies.clear();
  p.initiatives.push_back(twin);
  Criteria criteria;
  criteria.criteria = {criterion("goals", CriterionKind::goal_contribution, 1.0)};
  const Ranking ranking = rank_initiatives(p, criteria);
  std::vector<std::pair<std::string, int>> ranks;
  for (const auto& s : ranking.initiatives) ranks.emplace_back(s.id.str(), s.rank);
  EXPECT_EQ(ranks, (std::vector<std::pair<std::string, int>>{{"A", 1}, {"B", 2}, {"B2", 2}, {"C", 4}}));
}

TEST(Scoring, TargetNormalisation_RewardsClosenessToTheTarget) {
  Criteria criteria;
  Criterion c = criterion("cost", CriterionKind::total_cost, 1.0, Normalisation::target);
  c.target = 400'000;
  c.tolerance = 600'000;
  criteria.criteria = {c};
  const Ranking ranking = rank_initiatives(three_initiatives(), criteria);
  // |1 000 000 − 400 000| = 600 000 → 0; B on target → 1; |100 000 − 400 000| → 1 − 0.5 = 0.5.
  EXPECT_EQ(ranking.initiatives[0].id.str(), "B");
  EXPECT_NEAR(ranking.initiatives[0].score, 1.0, 1e-12);
  EXPECT_NEAR(ranking.initiatives[1].score, 0.5, 1e-12);
  EXPECT_NEAR(ranking.initiatives[2].score, 0.0, 1e-12);
}

TEST(Scoring, FeasibilityValues_ComeFromTheInitiativeOrItsServiceAreas) {
  Portfolio p = three_initiatives();
  p.initiatives[0].service_areas = {ServiceAreaId("health"), ServiceAreaId("school")};
  p.initiatives[1].service_areas = {ServiceAreaId("health")};
  Criteria criteria;
  Criterion c = criterion("maturity", CriterionKind::feasibility, 1.0);
  c.service_area_values = {{"health", 2.0}, {"school", 4.0}};
  c.initiative_values = {{"B", 5.0}};
  criteria.criteria = {c};
  const Ranking ranking = rank_initiatives(p, criteria);
  // A: mean of its areas 3; B: its own 5; C: none and no default → missing, scores 0.
  EXPECT_EQ(ranking.initiatives[0].id.str(), "B");
  EXPECT_NEAR(*ranking.initiatives[1].criteria[0].raw, 3.0, 1e-12);
  EXPECT_FALSE(ranking.initiatives[2].criteria[0].raw.has_value());
  EXPECT_EQ(ranking.initiatives[2].score, 0.0);
}

TEST(Scoring, MandatoryAndNpv_AreMeasured) {
  Criteria criteria;
  criteria.criteria = {criterion("mandatory", CriterionKind::mandatory, 1.0),
                       criterion("npv", CriterionKind::npv, 1.0)};
  const Ranking ranking = rank_initiatives(three_initiatives(), criteria);
  for (const auto& s : ranking.initiatives) {
    EXPECT_EQ(*s.criteria[0].raw, s.id.str() == "A" ? 1.0 : 0.0);
    ASSERT_TRUE(s.criteria[1].raw.has_value());  // no benefits: the NPV is minus the costs' PV
    EXPECT_LT(*s.criteria[1].raw, 0.0);
  }
}

TEST(Scoring, InvalidCriteria_AreRejectedWithPointers) {
  Criteria criteria;
  criteria.criteria = {criterion("x", CriterionKind::risk, -1.0), criterion("x", CriterionKind::risk, 1.0, Normalisation::target)};
  try {
    rank_initiatives(three_initiatives(), criteria);
    FAIL();
  } catch (const Error& error) {
    std::vector<std::string> pointers;
    for (const auto& p : error.problems()) pointers.push_back(p.pointer);
    EXPECT_EQ(pointers, (std::vector<std::string>{"/criteria/0/weight", "/criteria/1/id", "/criteria/1/target"}));
  }
}

}  // namespace
}  // namespace tiltak
