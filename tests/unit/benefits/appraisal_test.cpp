// Appraisal of initiatives and of the portfolio from the model, pinned by hand computation.
//
// The example (Norway, no-2021, discount year 2026, all years in the 4 % band):
//  Initiative A: investment 1 000 000 (2026), internal hours valued 200 000 (2026), operating
//    100 000 a year 2027–2030.
//  Initiative C: investment 300 000 (2027).
//  Benefit B1 "færre manuelle saker": cash-releasing, 1 000 cases a year 2027–2030 at 500 kr
//    = 500 000 a year; A 60 %, C 40 %.
//  Benefit B2 "spart saksbehandlertid": non-cash, 500 hours a year 2027–2030 at 400 kr = 200 000
//    a year; A 100 %.
//  Benefit B3 qualitative (A), B4 non-cash without a value per unit (A): listed, not valued.
// With A(4) = (1 − 1.04^−4)/0.04 = 3.629895…, DF(y) = 1.04^−(y−2026):
//  A: flows −1 200 000 (2026), +400 000 a year 2027–2030 (−100 000 + 300 000 + 200 000).
//    PV benefits = 500 000 × A(4) = 1 814 947.61
//    PV costs    = 1 200 000 + 100 000 × A(4) = 1 562 989.52
//    NPV         = −1 200 000 + 400 000 × A(4) = 251 958.09
//    public      = −1 000 000 + 200 000 × A(4) = −274 020.96 (internal hours and B2: share 0)
//    SFK         = 0.2 × public = −54 804.19;  NPV with SFK = 197 153.90
//    BCR = 1 814 947.61 / 1 562 989.52 = 1.16120…, per invested krone = 197 153.90 / 1 200 000, per budget krone = 197 153.90 / 274 020.96
//  C: PV benefits = 200 000 × A(4) = 725 979.04, PV costs = 300 000 / 1.04 = 288 461.54.

#include <gtest/gtest.h>

#include "support/appraisal_example.hpp"

#include "tiltak/benefits/appraisal.hpp"

namespace tiltak {
namespace {

using testing::at_2026;
using testing::benefit;
using testing::cost;
using testing::example;

TEST(Appraisal, InitiativeFlowsFromCostLinesAndAttributedBenefits) {
  const auto lines = initiative_flow_lines(example(), InitiativeId("A"), builtin_parameter_set("no-2021"));
  // 2 costs of 2026 + 4 operating + B1 (4 years) + B2 (4 years); the forecast line is ignored.
  ASSERT_EQ(lines.size(), 14u);
  EXPECT_EQ(lines[0].flow, (CashFlow{2026, nok("-1000000")}));
  EXPECT_EQ(lines[0].category, FlowCategory::investment);
  EXPECT_EQ(lines[0].public_share_basis_points, 10000);
  EXPECT_EQ(lines[1].category, FlowCategory::internal_hours);
  EXPECT_EQ(lines[1].public_share_basis_points, 0);
  // B1: 1 000 × 500 kr × 60 % = 300 000 kr, a public budget effect (cash-releasing).
  EXPECT_EQ(lines[6].flow, (CashFlow{2027, nok("300000")}));
  EXPECT_EQ(lines[6].benefit, BenefitId("B1"));
  EXPECT_EQ(lines[6].public_share_basis_points, 10000);
  // B2: 500 h × 400 kr = 200 000 kr, time freed: no budget effect.
  EXPECT_EQ(lines[10].flow, (CashFlow{2027, nok("200000")}));
  EXPECT_EQ(lines[10].public_share_basis_points, 0);
  EXPECT_EQ(lines[10].recipient, (Recipient{RecipientKind::unit, "byggesak"}));
}

TEST(Appraisal, InitiativeMatchesHandComputation) {
  const auto result = appraise_initiative(example(), InitiativeId("A"), builtin_parameter_set("no-2021"), at_2026());
  const Appraisal& a = result.appraisal;
  EXPECT_EQ(result.opening_year, 2027);  // the first benefit year
  EXPECT_EQ(result.band_anchor_year, 2027);
  EXPECT_EQ(a.discount_year, 2026);
  EXPECT_EQ(a.pv_benefits, nok("1814947.61"));
  EXPECT_EQ(a.pv_costs, nok("1562989.52"));
  EXPECT_EQ(a.pv_investment, nok("1200000"));
  EXPECT_EQ(a.npv, nok("251958.09"));
  EXPECT_EQ(a.residual_value, nok("0"));
  EXPECT_EQ(a.pv_public_budget, nok("-274020.96"));
  EXPECT_EQ(a.pv_tax_financing, nok("-54804.19"));
  EXPECT_EQ(a.npv_with_tax_financing, nok("197153.90"));
  // Ratios are taken of the rounded present values (1.16120267… unrounded).
  EXPECT_DOUBLE_EQ(*a.benefit_cost_ratio, 181494761.0 / 156298952.0);
  EXPECT_DOUBLE_EQ(*a.npv_per_invested_krone, 19715390.0 / 120000000.0);
  EXPECT_DOUBLE_EQ(*a.net_benefit_per_budget_krone, 19715390.0 / 27402096.0);
  // Nominal cumulative: −1.2 M, −0.8 M, −0.4 M, 0, +0.4 M → paid back in 2029 (reaches zero).
  EXPECT_EQ(a.payback_year, 2029);
  EXPECT_EQ(a.nominal_hump->depth, nok("-1200000"));
  EXPECT_EQ(a.nominal_hump->trough_year, 2026);
  // Discounted: at 2029 −1 200 000 + 400 000 × A(3) = −89 963.59 < 0, positive in 2030.
  EXPECT_EQ(a.cumulative_discounted[3].cumulative, nok("-89963.59"));
  EXPECT_EQ(a.discounted_payback_year, 2030);
  EXPECT_EQ(a.cumulative_discounted.back().cumulative, a.npv);
  // IRR: annuity factor 3 over 4 years.
  ASSERT_EQ(a.irr.value().outcome, IrrOutcome::one);
  EXPECT_NEAR(a.irr.value().rates[0], 0.125898324962443, 1e-12);
  // SFK per year: 0.2 × (−1 000 000) in 2026, 0.2 × 200 000 after.
  ASSERT_EQ(a.tax_financing.size(), 5u);
  EXPECT_EQ(a.tax_financing[0], (CashFlow{2026, nok("-200000")}));
  EXPECT_EQ(a.tax_financing[1], (CashFlow{2027, nok("40000")}));
  // Per benefit: B1 300 000 × A(4) = 1 088 968.57, B2 200 000 × A(4) = 725 979.04.
  ASSERT_EQ(a.benefits.size(), 2u);
  EXPECT_EQ(a.benefits[0].id, BenefitId("B1"));
  EXPECT_EQ(a.benefits[0].share_basis_points, 6000);
  EXPECT_EQ(a.benefits[0].nominal, nok("1200000"));
  EXPECT_EQ(a.benefits[0].present_value, nok("1088968.57"));
  EXPECT_EQ(a.benefits[1].present_value, nok("725979.04"));
  // Qualitative and unpriced benefits are kept, with a reason.
  ASSERT_EQ(a.unvalued_benefits.size(), 2u);
  EXPECT_EQ(a.unvalued_benefits[0].id, BenefitId("B3"));
  EXPECT_EQ(a.unvalued_benefits[0].reason, "qualitative");
  EXPECT_EQ(a.unvalued_benefits[1].reason, "no value per unit");
}

TEST(Appraisal, PortfolioIsTheSumOfItsInitiativesWithoutDoubleCounting) {
  const auto result = appraise_portfolio(example(), builtin_parameter_set("no-2021"), at_2026());
  ASSERT_EQ(result.initiatives.size(), 3u);
  const Appraisal& c = result.initiatives[1].appraisal;
  EXPECT_EQ(c.pv_benefits, nok("725979.04"));  // 40 % of B1: 200 000 × A(4)
  EXPECT_EQ(c.pv_costs, nok("288461.54"));     // 300 000 / 1.04
  const Appraisal& total = result.total;
  EXPECT_EQ(total.pv_benefits, nok("1814947.61") + nok("725979.04"));
  EXPECT_EQ(total.pv_costs, nok("1562989.52") + nok("288461.54"));
  EXPECT_EQ(total.npv, result.initiatives[0].appraisal.npv + c.npv);
  // B1 counted once in full: 60 % + 40 % of 2 000 000 nominal.
  ASSERT_EQ(total.benefits.size(), 2u);
  EXPECT_EQ(total.benefits[0].id, BenefitId("B1"));
  EXPECT_EQ(total.benefits[0].share_basis_points, 10000);
  EXPECT_EQ(total.benefits[0].nominal, nok("2000000"));
  EXPECT_EQ(total.benefits[0].unattributed_present_value, nok("0"));
  EXPECT_EQ(total.unvalued_benefits.size(), 2u);
  // The empty initiative is listed with zeros, no curve and no IRR.
  const Appraisal& d = result.initiatives[2].appraisal;
  EXPECT_EQ(d.npv, nok("0"));
  EXPECT_FALSE(d.nominal_hump.has_value());
  EXPECT_EQ(d.irr.value().outcome, IrrOutcome::none);
  // Curves of the summed flows: 2026 −1 200 000, 2027 −300 000 + 400 000 + 200 000 = +300 000 …
  EXPECT_EQ(total.cumulative_nominal[0].cumulative, nok("-1200000"));
  EXPECT_EQ(total.cumulative_nominal[1].flow, nok("300000"));
  EXPECT_EQ(total.flows.size(), 14u + 5u);
}

TEST(Appraisal, UnattributedPartOfABenefitIsShownButNotCounted) {
  auto portfolio = example();
  portfolio.benefits[0].contributors = {{InitiativeId("A"), 6000}};  // 40 % carried by nobody
  const auto result = appraise_portfolio(portfolio, builtin_parameter_set("no-2021"), at_2026());
  const BenefitValue& b1 = result.total.benefits[0];
  EXPECT_EQ(b1.share_basis_points, 6000);
  EXPECT_EQ(b1.present_value, nok("1088968.57"));
  // 40 % × 500 000 = 200 000 a year 2027–2030, anchor = discount year 2026: 725 979.04.
  EXPECT_EQ(b1.unattributed_present_value, nok("725979.04"));
  EXPECT_EQ(result.total.pv_benefits, nok("1814947.61"));  // A alone
}

TEST(Appraisal, HorizonResidualValueAndFlowsBeyondIt) {
  // Opening 2027, analysis period 2 years (2027–2028, plus 2026 before opening), lifetime 3
  // years (to 2029): 2029 is residual value, 2030 lies beyond the horizon.
  AppraisalOptions options = at_2026();
  options.analysis_period_years = 2;
  options.lifetime_years = 3;
  const auto result = appraise_initiative(example(), InitiativeId("A"), builtin_parameter_set("no-2021"), options);
  const Appraisal& a = result.appraisal;
  // Residual = 400 000 × 1.04^−3 = 355 598.54.
  EXPECT_EQ(a.residual_value, nok("355598.54"));
  EXPECT_EQ(a.beyond_horizon_benefits, nok("500000"));
  EXPECT_EQ(a.beyond_horizon_costs, nok("100000"));
  // NPV = −1 200 000 + 400 000 × A(3) = −89 963.59 (the discounted cumulative at 2029 above).
  EXPECT_EQ(a.npv, nok("-89963.59"));
  // Without residual value only 2026–2028 are valued.
  options.residual_value = false;
  const auto without = appraise_initiative(example(), InitiativeId("A"), builtin_parameter_set("no-2021"), options);
  EXPECT_EQ(without.appraisal.residual_value, nok("0"));
  EXPECT_EQ(without.appraisal.beyond_horizon_benefits, nok("1000000"));
}

TEST(Appraisal, DenmarkWithoutDistortionLoss) {
  const auto result = appraise_initiative(example(), InitiativeId("A"), builtin_parameter_set("dk-2023"), at_2026());
  EXPECT_EQ(result.appraisal.pv_tax_financing, Money::zero(Currency::NOK));
  EXPECT_EQ(result.appraisal.npv_with_tax_financing, result.appraisal.npv);
}

TEST(Appraisal, AmountsInAnotherPriceYearAreConvertedByCpi) {
  ParameterSet set = builtin_parameter_set("no-2021");
  set.price_year = 2026;
  set.cpi = {{2024, 100.0}, {2026, 110.0}};
  AppraisalOptions options = at_2026();
  options.amounts_price_year = 2024;
  const auto lines = initiative_flow_lines(example(), InitiativeId("C"), set, options);
  EXPECT_EQ(lines[0].flow.amount, nok("-330000"));  // 300 000 × 110/100
  set.cpi.erase(2024);
  try {
    appraise_initiative(example(), InitiativeId("C"), set, options);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    EXPECT_EQ(error.pointer(), "/cpi/2024");
  }
}

TEST(Appraisal, RealGrowthForValuesOfTime) {
  ParameterSet set = builtin_parameter_set("no-2021");
  set.price_year = 2026;
  AppraisalOptions options = at_2026();
  options.real_growth_benefits = {BenefitId("B2")};
  const auto lines = initiative_flow_lines(example(), InitiativeId("A"), set, options);
  // B2 in 2028: 200 000 × 1.009² = 203 616.20.
  EXPECT_EQ(lines[11].flow, (CashFlow{2028, nok("203616.20")}));
}

TEST(Appraisal, BadParametersAndInputsAreClearErrors) {
  AppraisalOptions options = at_2026();
  options.analysis_period_years = 20;
  options.lifetime_years = 10;
  try {
    appraise_portfolio(example(), builtin_parameter_set("no-2021"), options);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    EXPECT_EQ(error.pointer(), "/lifetime_years");
  }
  try {
    appraise_initiative(example(), InitiativeId("nope"), builtin_parameter_set("no-2021"));
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::not_found);
  }
  auto portfolio = example();
  portfolio.initiatives[1].costs[0].amount = Money(100, Currency::EUR);
  try {
    appraise_portfolio(portfolio, builtin_parameter_set("no-2021"), at_2026());
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::currency_mismatch);
  }
}

TEST(Appraisal, DefaultDiscountYearIsTheEarliestFlowYear) {
  const auto result = appraise_portfolio(example(), builtin_parameter_set("no-2021"));
  EXPECT_EQ(result.total.discount_year, 2026);
  const auto c = appraise_initiative(example(), InitiativeId("C"), builtin_parameter_set("no-2021"));
  EXPECT_EQ(c.appraisal.discount_year, 2027);
}

}  // namespace
}  // namespace tiltak

namespace tiltak {
namespace {

TEST(Appraisal, BenefitWithoutContributorsIsShownUnattributedInFull) {
  Portfolio portfolio;
  portfolio.currency = Currency::NOK;
  portfolio.benefits = {benefit("B9", BenefitKind::cash_releasing, nok("100"), 10, {})};  // 1 000 kr a year 2027–2030
  const auto result = appraise_portfolio(portfolio, builtin_parameter_set("no-2021"));
  EXPECT_EQ(result.total.discount_year, 2027);  // no flows: the first profile year
  ASSERT_EQ(result.total.benefits.size(), 1u);
  EXPECT_EQ(result.total.benefits[0].share_basis_points, 0);
  // 1 000 × (1 + 1.04^−1 + 1.04^−2 + 1.04^−3) = 3 775.09
  EXPECT_EQ(result.total.benefits[0].unattributed_present_value, nok("3775.09"));
  EXPECT_EQ(result.total.pv_benefits, nok("0"));
}

}  // namespace
}  // namespace tiltak
