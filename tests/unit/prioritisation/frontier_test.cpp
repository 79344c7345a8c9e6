#include <gtest/gtest.h>

#include "support/prioritisation_fixture.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/prioritisation/frontier.hpp"
#include "tiltak/prioritisation/scenario.hpp"

namespace tiltak {
namespace {

using namespace testing;

// Three independent initiatives costing 100, 200 and 300 kr in 2026 with goal scores 1, 3 and
// 4 (values 0, 2/3, 1 after min–max); A is mandatory. Budget 300 kr.
Portfolio knapsack() {
  Portfolio p;
  p.strategy.goals = {{GoalId("G"), "", 1.0}};
  const char* ids[] = {"A", "B", "C"};
  const int scores[] = {1, 3, 4};
  for (int k = 0; k < 3; ++k) {
    Initiative i = initiative(ids[k], {money_line(2026, CostKind::investment, 100 * (k + 1))});
    i.goals = {{GoalId("G"), scores[k]}};
    p.initiatives.push_back(i);
  }
  p.initiatives[0].mandatory = Mandate{MandatoryReason::law, ""};
  p.strategy.budget_frames = {{2026, Money(30000, Currency::NOK), Money(0, Currency::NOK)}};
  return p;
}

SelectionOptions goal_options() {
  SelectionOptions o;
  Criterion c;
  c.id = "goals";
  c.weight = 1;
  o.criteria.criteria = {c};
  return o;
}

// By hand: 50 kr fits nothing (A is mandatory: infeasible); 100 kr: A (0); 300: A + B (2/3);
// 400: A + C (1); 600: all (5/3).
TEST(Frontier, BestValuePerBudgetLevel_MatchesHandComputation) {
  const auto points = efficient_frontier(knapsack(), goal_options(), {0.5 / 3, 1.0 / 3, 1.0, 4.0 / 3, 2.0});
  ASSERT_EQ(points.size(), 5u);
  EXPECT_FALSE(points[0].feasible);
  EXPECT_EQ(points[0].investment_budget, Money(5000, Currency::NOK));
  EXPECT_TRUE(points[1].feasible);
  EXPECT_NEAR(points[1].objective_value, 0.0, 1e-9);
  EXPECT_NEAR(points[2].objective_value, 2.0 / 3, 1e-9);
  EXPECT_EQ(points[2].selected, (std::vector<InitiativeId>{InitiativeId("A"), InitiativeId("B")}));
  EXPECT_NEAR(points[3].objective_value, 1.0, 1e-9);
  EXPECT_NEAR(points[4].objective_value, 5.0 / 3, 1e-9);
  EXPECT_EQ(points[4].status, SelectionStatus::optimal);
  EXPECT_THROW(efficient_frontier(knapsack(), goal_options(), {-1.0}), Error);
}

TEST(ScenarioComparison, EntersLeavesAndCostPerYear) {
  SelectionOptions small = goal_options(), large = goal_options();
  large.budgets = std::vector<YearBudget>{{2026, Money(40000, Currency::NOK), std::nullopt}};
  const Selection a = select_portfolio(knapsack(), small);  // A + B
  const Selection b = select_portfolio(knapsack(), large);  // A + C
  const SelectionComparison c = compare_selections(a, b);
  EXPECT_EQ(c.enters, (std::vector<InitiativeId>{InitiativeId("C")}));
  EXPECT_EQ(c.leaves, (std::vector<InitiativeId>{InitiativeId("B")}));
  EXPECT_EQ(c.stays, (std::vector<InitiativeId>{InitiativeId("A")}));
  EXPECT_NEAR(c.value_b - c.value_a, 1.0 / 3, 1e-9);
  ASSERT_EQ(c.years.size(), 1u);
  EXPECT_EQ(c.years[0].investment_a, Money(30000, Currency::NOK));
  EXPECT_EQ(c.years[0].investment_b, Money(40000, Currency::NOK));
}

}  // namespace
}  // namespace tiltak
