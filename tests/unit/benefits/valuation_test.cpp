// Present value, NPV, tax-financing cost, residual value, ratios, cumulative curve and hump,
// each pinned against hand computation. Expected amounts were computed independently with
// 50-digit decimal arithmetic (closed-form annuities, not the engine) and rounded half away
// from zero to øre.
//
// Published worked examples: no worked example with numbers from DFØ's "Veileder i
// samfunnsøkonomiske analyser", Finansministeriet's "Vejledning i samfundsøkonomiske
// konsekvensvurderinger" or Digitaliseringsstyrelsen's business case guidance could be found
// and verified (see docs/benefits.md, "Verification"). The engine is therefore checked against
// a second, independent method: closed-form annuity present values, band by band.

#include <gtest/gtest.h>

#include <cmath>

#include "tiltak/benefits/valuation.hpp"
#include "support/test_values.hpp"

namespace tiltak {
namespace {


// PV of 1 a year for years 1..n at a flat rate: (1 − (1+r)^−n) / r.
long double annuity(int n, long double r) { return (1.0L - std::pow(1.0L + r, -static_cast<long double>(n))) / r; }

FlowLine line(int year, const char* amount, FlowCategory category, int public_share) {
  FlowLine out;
  out.flow = {year, nok(amount)};
  out.category = category;
  out.public_share_basis_points = public_share;
  return out;
}

std::vector<CashFlow> every_year(int first, int last, Money amount) {
  std::vector<CashFlow> flows;
  for (int year = first; year <= last; ++year) flows.push_back({year, amount});
  return flows;
}

TEST(PresentValue, FlatBandMatchesClosedFormAnnuity) {
  // 1 000 000 kr a year in years 1–10, Norway (all in the 4 % band), discounted to year 0:
  // 1 000 000 × (1 − 1.04^−10)/0.04 = 8 110 895.776… → 8 110 895.78 kr.
  const DiscountCurve curve(builtin_parameter_set("no-2021"), 0, 0);
  const auto flows = every_year(1, 10, nok("1000000"));
  EXPECT_EQ(present_value(flows, curve), nok("8110895.78"));
  EXPECT_EQ(present_value(flows, curve), round_to_minor(1e8L * annuity(10, 0.04L), Currency::NOK));
}

TEST(PresentValue, AcrossBothNorwegianBandChangesMatchesBandwiseAnnuities) {
  // 1 000 000 kr a year in years 1–100. Independently, band by band:
  //   A(40, 4 %) + 1.04^−40 × A(35, 3 %) + 1.04^−40 × 1.03^−35 × A(25, 2 %)
  // = 25.71350087… → 25 713 500.87 kr. A flat 1/(1+r)^t per band would give another number.
  const DiscountCurve curve(builtin_parameter_set("no-2021"), 0, 0);
  const auto flows = every_year(1, 100, nok("1000000"));
  EXPECT_EQ(present_value(flows, curve), nok("25713500.87"));
  const long double closed_form =
      annuity(40, 0.04L) + std::pow(1.04L, -40.0L) * annuity(35, 0.03L) +
      std::pow(1.04L, -40.0L) * std::pow(1.03L, -35.0L) * annuity(25, 0.02L);
  EXPECT_EQ(present_value(flows, curve), round_to_minor(1e8L * closed_form, Currency::NOK));
}

TEST(PresentValue, RoundsOnceAtTheEnd) {
  // At 100 % a year, DF(2) = DF(3) = … : 1 øre in year 2 is worth 0.25 øre, 2 øre in year 3 are
  // worth 0.25 øre. Rounded once: 0.5 øre → 1 øre (half away from zero). Rounding each flow
  // first would give 0 + 0 = 0.
  const auto curve = DiscountCurve::flat(1.0, 0);
  EXPECT_EQ(present_value({{2, ore(1)}, {3, ore(2)}}, curve), ore(1));
}

TEST(PresentValue, HalvesRoundAwayFromZero) {
  const auto curve = DiscountCurve::flat(1.0, 0);  // DF(1) = 0.5
  EXPECT_EQ(present_value({{1, ore(1)}}, curve), ore(1));    // 0.5 → 1
  EXPECT_EQ(present_value({{1, ore(-1)}}, curve), ore(-1));  // −0.5 → −1
  EXPECT_EQ(present_value({{1, ore(3)}}, curve), ore(2));    // 1.5 → 2
  EXPECT_EQ(present_value({{1, ore(5)}}, curve), ore(3));    // 2.5 → 3 (not banker's 2)
}

TEST(PresentValue, SameYearFlowsAreAddedBeforeDiscounting) {
  const DiscountCurve curve(builtin_parameter_set("no-2021"), 0, 0);
  EXPECT_EQ(present_value({{5, nok("100")}, {5, nok("-40")}}, curve), present_value({{5, nok("60")}}, curve));
}

TEST(PresentValue, CurrencyMismatchIsAnError) {
  const auto curve = DiscountCurve::flat(0.04, 0);
  try {
    present_value({{1, nok("1")}, {2, Money(100, Currency::DKK)}}, curve);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::currency_mismatch);
  }
  EXPECT_THROW(present_value({{1, nok("1")}}, curve, Currency::EUR), Error);
}

TEST(PresentValue, EmptyFlowsNeedACurrency) {
  const auto curve = DiscountCurve::flat(0.04, 0);
  EXPECT_EQ(present_value({}, curve, Currency::DKK), Money::zero(Currency::DKK));
  EXPECT_THROW(present_value({}, curve), Error);
}

// Investment 1 000 000 kr in year 0 (public), a withdrawn budget saving of 300 000 kr a year in
// years 1–5 (public), citizens' time worth 100 000 kr a year in years 1–5 (not public).
std::vector<FlowLine> sfk_example() {
  std::vector<FlowLine> lines;
  lines.push_back(line(0, "-1000000", FlowCategory::investment, 10000));
  for (int year = 1; year <= 5; ++year) {
    lines.push_back(line(year, "300000", FlowCategory::benefit, 10000));
    lines.push_back(line(year, "100000", FlowCategory::benefit, 0));
  }
  return lines;
}

TEST(TaxFinancing, YearlyItemsAreTwentyPercentOfTheNetPublicEffect) {
  // SFK_0 = 0.2 × (−1 000 000) = −200 000 (a cost); SFK_t = 0.2 × 300 000 = +60 000 (net public
  // saving gives a positive item); citizens' time has share 0 and no SFK.
  const auto items = tax_financing_flows(sfk_example(), 0.20);
  ASSERT_EQ(items.size(), 6u);
  EXPECT_EQ(items[0], (CashFlow{0, nok("-200000")}));
  for (int year = 1; year <= 5; ++year) EXPECT_EQ(items[static_cast<std::size_t>(year)], (CashFlow{year, nok("60000")}));
}

TEST(TaxFinancing, PresentValuesMatchHandComputation) {
  const DiscountCurve curve(builtin_parameter_set("no-2021"), 0, 0);
  const auto lines = sfk_example();
  // A(5, 4 %) = 4.451822…
  // NPV     = −1 000 000 + 400 000 × A = 780 728.93
  // public  = −1 000 000 + 300 000 × A = 335 546.70
  // PV SFK  = −200 000 + 60 000 × A = 67 109.34
  // NPV+SFK = 847 838.27 (rounded once from the unrounded sum)
  EXPECT_EQ(npv(cash_flows(lines), curve, Currency::NOK), nok("780728.93"));
  EXPECT_EQ(public_budget_effect(lines, curve, Currency::NOK), nok("335546.70"));
  EXPECT_EQ(present_value_of_tax_financing(lines, curve, 0.20, Currency::NOK), nok("67109.34"));
  EXPECT_EQ(npv_with_tax_financing(lines, curve, 0.20, Currency::NOK), nok("847838.27"));
  // A zero rate (Denmark since 2023) leaves the NPV as it is.
  EXPECT_EQ(npv_with_tax_financing(lines, curve, 0.0, Currency::NOK), nok("780728.93"));
}

TEST(TaxFinancing, NetPublicOutlayGivesANegativeItem) {
  const DiscountCurve curve(builtin_parameter_set("no-2021"), 0, 0);
  const std::vector<FlowLine> lines{line(0, "-500", FlowCategory::operating, 10000)};
  EXPECT_EQ(present_value_of_tax_financing(lines, curve, 0.20, Currency::NOK), nok("-100"));
  EXPECT_EQ(npv_with_tax_financing(lines, curve, 0.20, Currency::NOK), nok("-600"));
}

TEST(ResidualValue, IsTheValueOverLifetimeMinusTheValueOverTheAnalysisPeriod) {
  // 100 kr a year from opening year 0, analysis period 40 years (years 0–39), lifetime 60
  // (years 0–59): residual = Σ_{t=40..59} DF(t) × 100
  //   = 100 × 1.04^−40 × (1 + Σ_{k=1..19} 1.03^−k) = 319.178 → 319.18 kr (band change at 41).
  const DiscountCurve curve(builtin_parameter_set("no-2021"), 0, 0);
  const auto flows = every_year(0, 80, nok("100"));
  EXPECT_EQ(residual_value(flows, curve, 0, 40, 60, Currency::NOK), nok("319.18"));
  const Money over_lifetime = present_value(every_year(0, 59, nok("100")), curve);
  const Money over_analysis = present_value(every_year(0, 39, nok("100")), curve);
  EXPECT_LE(std::llabs((over_lifetime - over_analysis - nok("319.18")).minor_units()), 1);
}

TEST(ResidualValue, ZeroWhenLifetimeEqualsTheAnalysisPeriod) {
  const DiscountCurve curve(builtin_parameter_set("no-2021"), 0, 0);
  EXPECT_EQ(residual_value(every_year(0, 80, nok("100")), curve, 0, 10, 10, Currency::NOK), nok("0"));
}

TEST(ResidualValue, LifetimeShorterThanAnalysisPeriodIsAnError) {
  const DiscountCurve curve(builtin_parameter_set("no-2021"), 0, 0);
  EXPECT_THROW(residual_value({}, curve, 0, 40, 30, Currency::NOK), Error);
}

TEST(Ratios, BenefitCostRatioIsPvBenefitsOverPvCosts) {
  EXPECT_DOUBLE_EQ(*benefit_cost_ratio(nok("150"), nok("100")), 1.5);
  EXPECT_FALSE(benefit_cost_ratio(nok("150"), nok("0")).has_value());
  EXPECT_DOUBLE_EQ(*npv_per_invested_krone(nok("50"), nok("200")), 0.25);
  EXPECT_DOUBLE_EQ(*net_benefit_per_budget_krone(nok("-30"), nok("120")), -0.25);
  EXPECT_FALSE(net_benefit_per_budget_krone(nok("10"), nok("-5")).has_value());  // budgets gain net
  EXPECT_THROW(benefit_cost_ratio(nok("1"), Money(100, Currency::DKK)), Error);
}

TEST(Cumulative, NominalCurveFillsGapYearsAndFindsTheHump) {
  // −100, −50, (nothing in 2028), 80, 80, 30 → cumulative −100, −150, −150, −70, 10, 40.
  const std::vector<CashFlow> flows{
      {2026, nok("-100")}, {2027, nok("-50")}, {2029, nok("80")}, {2030, nok("80")}, {2031, nok("30")}};
  const auto curve = cumulative_nominal(flows);
  ASSERT_EQ(curve.size(), 6u);
  EXPECT_EQ(curve[2], (CumulativePoint{2028, nok("0"), nok("-150")}));
  EXPECT_EQ(curve[4].cumulative, nok("10"));
  const Hump h = hump(curve);
  EXPECT_EQ(h.depth, nok("-150"));
  EXPECT_EQ(h.trough_year, 2027);  // the first year the depth is reached
  EXPECT_EQ(h.positive_year, 2030);
  EXPECT_EQ(payback_year(flows), 2030);
}

TEST(Cumulative, PositiveYearIsTheLastTurnWhenTheCurveDipsAgain) {
  // −100, +150, −100, +200 → −100, 50, −50, 150: positive for good only from 2029.
  const std::vector<CashFlow> flows{{2026, nok("-100")}, {2027, nok("150")}, {2028, nok("-100")}, {2029, nok("200")}};
  EXPECT_EQ(hump(cumulative_nominal(flows)).positive_year, 2029);
  EXPECT_EQ(hump(cumulative_nominal(flows)).depth, nok("-100"));
}

TEST(Cumulative, EndsNegativeMeansNoPayback) {
  const std::vector<CashFlow> flows{{2026, nok("-100")}, {2027, nok("60")}};
  EXPECT_FALSE(payback_year(flows).has_value());
  EXPECT_FALSE(hump(cumulative_nominal(flows)).positive_year.has_value());
}

TEST(Cumulative, NeverNegativeMeansImmediatePaybackAndNoHump) {
  const std::vector<CashFlow> flows{{2026, nok("10")}, {2027, nok("60")}};
  const Hump h = hump(cumulative_nominal(flows));
  EXPECT_EQ(h.depth, nok("0"));
  EXPECT_EQ(h.trough_year, 2026);
  EXPECT_EQ(h.positive_year, 2026);
}

TEST(Cumulative, DiscountedPaybackComesLaterThanSimplePayback) {
  // At a flat 10 %: −100, 50, 55, 10, 10 (years 0–4).
  //   nominal    cumulative: −100, −50, 5, 15, 25              → payback year 2
  //   discounted cumulative: −100, −54.55, −9.09, −1.58, +5.25 → discounted payback year 4
  const auto curve = DiscountCurve::flat(0.10, 0);
  const std::vector<CashFlow> flows{{0, nok("-100")}, {1, nok("50")}, {2, nok("55")}, {3, nok("10")}, {4, nok("10")}};
  EXPECT_EQ(payback_year(flows), 2);
  EXPECT_EQ(discounted_payback_year(flows, curve), 4);
  const auto points = cumulative_discounted(flows, curve);
  ASSERT_EQ(points.size(), 5u);
  EXPECT_EQ(points[1].flow, nok("45.45"));         // 50 / 1.1
  EXPECT_EQ(points[1].cumulative, nok("-54.55"));  // −100 + 45.4545…
  EXPECT_EQ(points[2].cumulative, nok("-9.09"));   // + 55 / 1.21 = 45.4545… → −9.0909…
  EXPECT_EQ(points[3].cumulative, nok("-1.58"));   // + 10 / 1.331 = 7.513… → −1.5778…
  EXPECT_EQ(points[4].cumulative, nok("5.25"));    // + 10 / 1.4641 = 6.830… → 5.2523…
}

TEST(Cumulative, EmptyCurveHasNoHump) {
  EXPECT_TRUE(cumulative_nominal({}).empty());
  EXPECT_THROW(hump({}), Error);
  EXPECT_FALSE(payback_year({}).has_value());
}

}  // namespace
}  // namespace tiltak
