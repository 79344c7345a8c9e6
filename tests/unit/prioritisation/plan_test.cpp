#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "support/prioritisation_fixture.hpp"
#include "tiltak/prioritisation/plan.hpp"

namespace tiltak {
namespace {

using namespace testing;

// A: 200 kr in 2026 and 100 in 2027. B needs A finished: 200 planned in 2026. C needs B
// finished: 250 planned in 2026. D: 100 in 2026. E: 200 in 2028. Budgets 750 / 300 / 300.
// The selection takes all (as planned, every year fits), but B cannot start before A's last
// year, 2027, nor C before B's.
TEST(RealisticPlan, DependenciesMoveStartsAndWhatNoLongerFitsIsDeferred) {
  Portfolio p;
  p.strategy.goals = {{GoalId("G"), "", 1.0}};
  auto make = [](const char* id, int score, std::vector<CostLine> costs) {
    Initiative i = initiative(id, std::move(costs));
    i.goals = {{GoalId("G"), score}};
    return i;
  };
  Initiative a = make("A", 5, {money_line(2026, CostKind::investment, 200), money_line(2027, CostKind::investment, 100)});
  Initiative b = make("B", 4, {money_line(2026, CostKind::investment, 200)});
  depends(b, "A");
  Initiative c = make("C", 3, {money_line(2026, CostKind::investment, 250)});
  depends(c, "B");
  Initiative d = make("D", 4, {money_line(2026, CostKind::investment, 100)});
  Initiative e = make("E", 2, {money_line(2028, CostKind::investment, 200)});
  Initiative f = make("F", 0, {});
  p.initiatives = {a, b, c, d, e, f};
  SelectionOptions options;
  Criterion goals;
  goals.id = "goals";
  goals.weight = 1;
  options.criteria.criteria = {goals};
  options.budgets = std::vector<YearBudget>{{2026, Money(75000, Currency::NOK), std::nullopt},
                                            {2027, Money(30000, Currency::NOK), std::nullopt},
                                            {2028, Money(30000, Currency::NOK), std::nullopt}};
  const Selection selection = select_portfolio(p, options);
  for (const char* id : {"A", "B", "C", "D", "E"})
    ASSERT_NE(std::find(selection.selected.begin(), selection.selected.end(), InitiativeId(id)), selection.selected.end());

  const RealisticPlan plan = plan_selection(p, options, selection);
  std::map<std::string, int> starts;
  for (const auto& s : plan.scheduled) starts[s.id.str()] = s.start_year;
  EXPECT_EQ(starts.at("A"), 2026);
  EXPECT_EQ(starts.at("D"), 2026);
  EXPECT_EQ(starts.at("B"), 2027);  // after A's last year; 2027 then has 0 left
  EXPECT_EQ(starts.at("C"), 2028);  // after B, and 2027 is full
  ASSERT_EQ(plan.deferred.size(), 1u);
  EXPECT_EQ(plan.deferred[0].id.str(), "E");
  EXPECT_EQ(plan.deferred[0].reason,
            "starting in 2028, the investment budget of 2028 has NOK 50 left and it needs NOK 200; no later start up "
            "to 2028 fits either");
}

}  // namespace
}  // namespace tiltak
