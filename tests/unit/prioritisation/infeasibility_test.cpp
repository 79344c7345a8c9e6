#include <gtest/gtest.h>

#include "support/prioritisation_fixture.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/prioritisation/selection.hpp"

namespace tiltak {
namespace {

using namespace testing;

// A (health, 300 000 kr investment 2026, 500 developer hours), B (school, 200 000 kr 2027, needs
// A), C (school, 100 000 kr 2026); budgets 2026: 350 000, 2027: 250 000; developer: 600 hours.
Portfolio small() {
  Portfolio p;
  Initiative a = initiative("A", {money_line(2026, CostKind::investment, 300'000), hours_line(2026, "developer", 500)});
  a.service_areas = {ServiceAreaId("health")};
  Initiative b = initiative("B", {money_line(2027, CostKind::investment, 200'000)});
  b.service_areas = {ServiceAreaId("school")};
  depends(b, "A");
  Initiative c = initiative("C", {money_line(2026, CostKind::investment, 100'000)});
  c.service_areas = {ServiceAreaId("school")};
  p.initiatives = {a, b, c};
  p.strategy.budget_frames = {{2026, Money(35'000'000, Currency::NOK), Money(0, Currency::NOK)},
                              {2027, Money(25'000'000, Currency::NOK), Money(0, Currency::NOK)}};
  p.strategy.capacity = {{2026, "developer", 600}};
  return p;
}

SelectionOptions options() {
  SelectionOptions o;
  Criterion c;
  c.id = "cost";
  c.kind = CriterionKind::total_cost;
  c.weight = 1;
  o.criteria.criteria = {c};
  return o;
}

std::vector<std::string> conflicts(const Portfolio& p, const SelectionOptions& o) {
  try {
    select_portfolio(p, o);
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::infeasible);
    std::vector<std::string> messages;
    for (const auto& problem : error.problems()) messages.push_back(problem.message);
    return messages;
  }
  ADD_FAILURE() << "expected the selection to be infeasible";
  return {};
}

TEST(Infeasibility, MandatoryOverAYearsBudget_NamesTheBudgetAndTheInitiatives) {
  Portfolio p = small();
  p.initiatives[0].mandatory = Mandate{MandatoryReason::law, ""};
  p.initiatives[2].mandatory = Mandate{MandatoryReason::gdpr, ""};
  EXPECT_EQ(conflicts(p, options()),
            (std::vector<std::string>{"the required initiatives need NOK 400,000, more than the investment budget of "
                                      "2026 (NOK 350,000): A (mandatory) NOK 300,000, C (mandatory) NOK 100,000"}));
}

TEST(Infeasibility, RequiredPrerequisiteOverCapacity_NamesTheRole) {
  Portfolio p = small();
  p.strategy.capacity[0].hours = 400;
  SelectionOptions o = options();
  o.forced_in = {InitiativeId("B")};  // needs A, which needs 500 developer hours
  EXPECT_EQ(conflicts(p, o), (std::vector<std::string>{"the required initiatives need 500 hours, more than the capacity "
                                                       "of developer in 2026 (400 hours): A 500 hours"}));
}

TEST(Infeasibility, ForcedInWhosePrerequisiteIsForcedOut_ShowsThePath) {
  SelectionOptions o = options();
  o.forced_in = {InitiativeId("B")};
  o.forced_out = {InitiativeId("A")};
  EXPECT_EQ(conflicts(small(), o),
            (std::vector<std::string>{"B (forced in) → A (forced out): B (forced in) needs A (forced out)"}));
}

TEST(Infeasibility, ExclusiveAlternativesBothRequired_AreNamed) {
  Portfolio p = small();
  p.initiatives[0].mandatory = Mandate{MandatoryReason::law, ""};
  p.strategy.budget_frames[0].investment = Money(50'000'000, Currency::NOK);  // both would fit
  SelectionOptions o = options();
  o.forced_in = {InitiativeId("C")};
  o.exclusive = {{InitiativeId("A"), InitiativeId("C")}};
  EXPECT_EQ(conflicts(p, o), (std::vector<std::string>{"mutually exclusive alternatives are all required: A (mandatory), "
                                                       "C (forced in) (at most one may be selected)"}));
}

TEST(Infeasibility, ForcedInAndOut_OrMandatoryForcedOut_AreConflicts) {
  Portfolio p = small();
  p.initiatives[2].mandatory = Mandate{MandatoryReason::gdpr, ""};
  SelectionOptions o = options();
  o.forced_in = {InitiativeId("B")};
  o.forced_out = {InitiativeId("B"), InitiativeId("C")};
  EXPECT_EQ(conflicts(p, o), (std::vector<std::string>{"B is forced out but also forced in",
                                                       "C is forced out but also mandatory (a legal or GDPR obligation)"}));
}

TEST(Infeasibility, ImpossibleShares_AreNamed) {
  Portfolio p = small();
  p.initiatives[2].mandatory = Mandate{MandatoryReason::law, ""};
  SelectionOptions o = options();
  o.shares = {{ServiceAreaId("health"), 6000, 5000}, {ServiceAreaId("school"), 5000, std::nullopt},
              {ServiceAreaId("culture"), 1000, std::nullopt}};
  EXPECT_EQ(conflicts(p, o),
            (std::vector<std::string>{
                "the minimum share of health (60.00 %) is above its maximum (50.00 %)",
                "no selectable initiative with costs in the horizon serves culture, so its minimum share of 10.00 % "
                "cannot be met",
                "the minimum shares of the service areas add up to 120.00 %, more than 100 %"}));
}

// No single pair conflicts: C (school, mandatory) may be at most 40 % of the cost, so A
// (health) must come too, but A with C exceeds the 2026 budget.
TEST(Infeasibility, ConflictOfSeveralConstraints_IsExplainedAsACombination) {
  Portfolio p = small();
  p.initiatives[2].mandatory = Mandate{MandatoryReason::law, ""};
  p.strategy.budget_frames[0].investment = Money(30'000'000, Currency::NOK);
  SelectionOptions o = options();
  o.shares = {{ServiceAreaId("school"), std::nullopt, 4000}};
  // The deletion filter drops the capacity, the 2027 budget and the operating budgets.
  EXPECT_EQ(conflicts(p, o), (std::vector<std::string>{
                                 "these constraints cannot hold together (with the prerequisites): the investment "
                                 "budget of 2026 (NOK 300,000), the maximum share of school (40.00 %), C (mandatory)"}));
}

}  // namespace
}  // namespace tiltak
