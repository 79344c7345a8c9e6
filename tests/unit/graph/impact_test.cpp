// Slips and cancellations, and how benefits move with them, against hand-computed answers.

#include <gtest/gtest.h>

#include "support/portfolio_builder.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/graph/impact.hpp"
#include "support/test_values.hpp"

namespace tiltak {
namespace {

using testing::day;
using testing::PortfolioBuilder;


TEST(YearlyAmounts, ShiftMovesTheShareOfDaysThatCrossTheYearEnd) {
  // 365 000 kr over 2027 is 1 000 kr a day; 73 days later, 73 of its days fall in 2028.
  const std::vector<CashFlow> before{{2027, kroner(365000)}};
  EXPECT_EQ(shift_by_days(before, 73), (std::vector<CashFlow>{{2027, kroner(292000)}, {2028, kroner(73000)}}));
  EXPECT_EQ(shift_by_days(before, -10), (std::vector<CashFlow>{{2026, kroner(10000)}, {2027, kroner(355000)}}));
  EXPECT_EQ(shift_by_days(before, 0), before);
}

TEST(YearlyAmounts, ShiftKeepsTheTotalExactly) {
  // 1 øre cannot be split: the total is kept and the rounding lands in the latest year.
  const std::vector<CashFlow> before{{2026, Money(1, Currency::NOK)}, {2027, Money(100, Currency::NOK)}};
  const auto after = shift_by_days(before, 100);
  Money total = Money::zero(Currency::NOK);
  for (const auto& [year, amount] : after) total += amount;
  EXPECT_EQ(total, Money(101, Currency::NOK));
}

TEST(YearlyAmounts, ChangeListsOnlyYearsThatMove) {
  const std::vector<CashFlow> before{{2026, kroner(100)}, {2027, kroner(50)}};
  const std::vector<CashFlow> after{{2026, kroner(80)}, {2027, kroner(50)}, {2028, kroner(20)}};
  EXPECT_EQ(yearly_change(before, after), (std::vector<CashFlow>{{2026, kroner(-20)}, {2028, kroner(20)}}));
}

// A (1-10 Jan 2026) → B (11-20 Jan); C is independent. Benefit G: 365 hours in 2026 at 1 000 kr,
// all credited to B.
Portfolio impact_portfolio() {
  PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-01-10")
      .initiative("B", "2026-01-11", "2026-01-20")
      .initiative("C", "2026-01-01", "2026-03-31");
  b.depends("B", "A");
  Portfolio portfolio = b.build();
  Benefit benefit;
  benefit.id = BenefitId("G");
  benefit.title = "Spart tid";
  benefit.profile = {{2026, 365}};
  benefit.value_per_unit = kroner(1000);
  benefit.contributors = {{InitiativeId("B"), 10000}};
  portfolio.benefits.push_back(benefit);
  return portfolio;
}

TEST(SlipImpact, MovesTheInitiativeAndEverythingDownstream) {
  const SlipImpact impact = slip_impact(impact_portfolio(), InitiativeId("A"), 5);
  ASSERT_EQ(impact.moved.size(), 2u);
  EXPECT_EQ(impact.moved[0],
            (MovedInitiative{InitiativeId("A"), day("2026-01-01"), day("2026-01-06"), day("2026-01-10"),
                             day("2026-01-15"), 5, 5}));
  EXPECT_EQ(impact.moved[1].id, InitiativeId("B"));
  EXPECT_EQ(impact.moved[1].new_finish, day("2026-01-25"));
  EXPECT_EQ(*impact.old_finish, day("2026-03-31"));  // C finishes last either way
  EXPECT_EQ(*impact.new_finish, day("2026-03-31"));
}

TEST(SlipImpact, BenefitValueMovesOutOfTheBudgetYear) {
  const SlipImpact impact = slip_impact(impact_portfolio(), InitiativeId("A"), 5);
  ASSERT_EQ(impact.benefits.size(), 1u);
  const MovedBenefit& g = impact.benefits[0];
  EXPECT_EQ(g.old_delivery, day("2026-01-20"));
  EXPECT_EQ(g.new_delivery, day("2026-01-25"));
  // 5 of 365 days: 5 000 kr of 365 000 kr moves from 2026 to 2027.
  EXPECT_EQ(g.change, (std::vector<CashFlow>{{2026, kroner(-5000)}, {2027, kroner(5000)}}));
}

TEST(SlipImpact, OnlyTheAttributedShareMovesWithAContributor) {
  Portfolio portfolio = impact_portfolio();
  portfolio.benefits[0].contributors = {{InitiativeId("B"), 6000}, {InitiativeId("C"), 4000}};
  const SlipImpact impact = slip_impact(portfolio, InitiativeId("A"), 5);
  // 60 % of 365 000 kr is 219 000 kr, of which 5/365 (3 000 kr) moves.
  EXPECT_EQ(impact.benefits[0].change, (std::vector<CashFlow>{{2026, kroner(-3000)}, {2027, kroner(3000)}}));
}

TEST(SlipImpact, SlipAbsorbedByFloatMovesNothingDownstream) {
  Portfolio portfolio = impact_portfolio();
  portfolio.find_initiative(InitiativeId("B"))->planned = {day("2026-02-01"), day("2026-02-10")};
  const SlipImpact impact = slip_impact(portfolio, InitiativeId("A"), 5);
  ASSERT_EQ(impact.moved.size(), 1u);  // A only: B was planned to start later anyway
  EXPECT_TRUE(impact.benefits.empty());
}

TEST(SlipImpact, UnscheduledInitiativeIsNotFound) {
  Portfolio portfolio = impact_portfolio();
  portfolio.find_initiative(InitiativeId("C"))->planned = {};
  try {
    slip_impact(portfolio, InitiativeId("C"), 5);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::not_found);
  }
}

TEST(CancelImpact, ListsWhoLosesAPrerequisiteAndWhichBenefitsSuffer) {
  // A → B → C; benefit G credited 60 % to B (downstream of A), benefit H 100 % to A.
  PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-01-10")
      .initiative("B", "2026-01-11", "2026-01-20")
      .initiative("C", "2026-01-21", "2026-01-30")
      .initiative("D", "2026-01-01", "2026-01-30");
  b.depends("B", "A").depends("C", "B");
  Portfolio portfolio = b.build();
  Benefit g;
  g.id = BenefitId("G");
  g.title = "G";
  g.contributors = {{InitiativeId("B"), 6000}, {InitiativeId("D"), 4000}};
  Benefit h;
  h.id = BenefitId("H");
  h.title = "H";
  h.profile = {{2026, 10}, {2027, 20}};
  h.value_per_unit = kroner(500);
  h.contributors = {{InitiativeId("A"), 10000}};
  portfolio.benefits = {g, h};

  const CancelImpact impact = cancel_impact(portfolio, InitiativeId("A"));
  EXPECT_EQ(impact.lose_prerequisite, std::vector<InitiativeId>{InitiativeId("B")});
  EXPECT_EQ(impact.downstream, (std::vector<InitiativeId>{InitiativeId("B"), InitiativeId("C")}));
  ASSERT_EQ(impact.benefits.size(), 1u);
  EXPECT_EQ(impact.benefits[0], (LostContribution{BenefitId("H"), 10000, kroner(15000)}));  // 30 × 500 kr
  EXPECT_EQ(impact.benefits_at_risk, std::vector<BenefitId>{BenefitId("G")});
}

TEST(CancelImpact, UnknownInitiativeIsNotFound) {
  EXPECT_THROW(cancel_impact(impact_portfolio(), InitiativeId("Z")), Error);
}

}  // namespace
}  // namespace tiltak
