// Benefits move with the schedule. The graph tests' slip portfolio: A (1–10 Jan 2026) → B
// (11–20 Jan); benefit G, 365 000 kr in 2026, all credited to B. A slip of A by 5 days moves
// 5/365 of it, 5 000 kr, into 2027 (tests/unit/graph/impact_test.cpp). Discounted to 2026 at 4 %:
//   before 365 000; after 360 000 + 5 000 / 1.04 = 364 807.69; change −192.31;
//   cash-releasing, with the tax-financing item (× 1.2): −230.77.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/portfolio_builder.hpp"
#include "tiltak/benefits/slip_value.hpp"
#include "support/test_values.hpp"

namespace tiltak {
namespace {


Portfolio slip_portfolio(BenefitKind kind) {
  testing::PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-01-10").initiative("B", "2026-01-11", "2026-01-20");
  b.depends("B", "A");
  Portfolio portfolio = b.build();
  Benefit benefit;
  benefit.id = BenefitId("G");
  benefit.kind = kind;
  benefit.profile = {{2026, 365}};
  benefit.value_per_unit = nok("1000");
  benefit.contributors = {{InitiativeId("B"), 10000}};
  portfolio.benefits.push_back(benefit);
  return portfolio;
}

TEST(SlipValue, ASlipPushesBenefitValueIntoALaterMoreDiscountedYear) {
  const auto r = slip_value_change(slip_portfolio(BenefitKind::non_cash), InitiativeId("A"), 5,
                                   builtin_parameter_set("no-2021"));
  EXPECT_EQ(r.discount_year, 2026);
  ASSERT_EQ(r.benefits.size(), 1u);
  EXPECT_EQ(r.benefits[0],
            (BenefitValueChange{BenefitId("G"), nok("365000"), nok("364807.69"), nok("-192.31"), nok("0")}));
  EXPECT_EQ(r.npv_change, nok("-192.31"));  // time freed: no tax-financing item
  EXPECT_EQ(r.npv_change_without_tax_financing, nok("-192.31"));
  EXPECT_EQ(r.impact.moved.size(), 2u);
}

TEST(SlipValue, CashReleasingBenefitsCarryTheTaxFinancingItem) {
  const auto r = slip_value_change(slip_portfolio(BenefitKind::cash_releasing), InitiativeId("A"), 5,
                                   builtin_parameter_set("no-2021"));
  EXPECT_EQ(r.npv_before, nok("438000"));
  EXPECT_EQ(r.npv_change, nok("-230.77"));
  const auto doc = nlohmann::ordered_json::parse(slip_value_change_to_json(r));
  EXPECT_EQ(doc["npv_change"], "-230.77");
  EXPECT_EQ(doc["moved"][1]["id"], "B");
}

// Regression (#22): the rows left out the tax-financing item the headline included, and each
// total was rounded on its own (npv_change 1 øre off npv_after − npv_before on Fjordvik).
TEST(SlipValue, RowsAddUpToTheHeadlineWithTheTaxFinancingItemShown) {
  const auto r = slip_value_change(slip_portfolio(BenefitKind::cash_releasing), InitiativeId("A"), 5,
                                   builtin_parameter_set("no-2021"));
  ASSERT_EQ(r.benefits.size(), 1u);
  // 20 % of 365 000 = 73 000 before; 20 % of 364 807.6923 = 72 961.54 after.
  EXPECT_EQ(r.benefits[0].tax_financing_change, nok("-38.46"));
  EXPECT_EQ(r.npv_after, nok("437769.23"));
  EXPECT_EQ(r.npv_change, r.npv_after - r.npv_before);
  EXPECT_EQ(r.npv_change, r.benefits[0].change + r.benefits[0].tax_financing_change);
  EXPECT_EQ(r.tax_financing_change, nok("-38.46"));
  EXPECT_EQ(r.npv_change_without_tax_financing, nok("-192.31"));
}

// Regression (#22): "the benefits that move" listed benefits none of whose value moves.
TEST(SlipValue, ABenefitWithoutValueThatMovesIsNotCounted) {
  Portfolio p = slip_portfolio(BenefitKind::non_cash);
  Benefit quality;
  quality.id = BenefitId("Q");
  quality.kind = BenefitKind::qualitative;
  quality.contributors = {{InitiativeId("B"), 10000}};
  p.benefits.push_back(quality);
  const auto r = slip_value_change(p, InitiativeId("A"), 5, builtin_parameter_set("no-2021"));
  ASSERT_EQ(r.impact.benefits.size(), 2u);  // both benefits' contributor moves
  ASSERT_EQ(r.benefits.size(), 1u);         // only G's value does
  EXPECT_EQ(r.benefits[0].id, BenefitId("G"));
}

TEST(SlipValue, UnknownInitiativeIsNotFound) {
  EXPECT_THROW(slip_value_change(slip_portfolio(BenefitKind::non_cash), InitiativeId("X"), 5,
                                 builtin_parameter_set("no-2021")),
               Error);
}

}  // namespace
}  // namespace tiltak
