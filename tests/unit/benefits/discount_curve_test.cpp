// Discount factors, accumulated year by year through the rate bands.
//
// Convention pinned here (docs/benefits.md): DF(D) = 1; DF(y) = Π_{s=D+1..y} 1/(1+r(s)); the
// step into calendar year s carries the rate of band year s − A (A = band anchor year).

#include <gtest/gtest.h>

#include <cmath>

#include "tiltak/benefits/discount_curve.hpp"

namespace tiltak {
namespace {

// Relative tolerance for long double factors compared with hand formulas in long double.
constexpr long double tight = 1e-15L;

void expect_near_relative(long double actual, long double expected) {
  EXPECT_NEAR(static_cast<double>(actual / expected), 1.0, static_cast<double>(tight))
      << "actual " << static_cast<double>(actual) << ", expected " << static_cast<double>(expected);
}

TEST(DiscountCurve, Norway_DiscountYearHasFactorOne) {
  const DiscountCurve curve(builtin_parameter_set("no-2021"), 2026, 2026);
  EXPECT_EQ(curve.factor(2026), 1.0L);
}

TEST(DiscountCurve, Norway_FirstBandIsFourPercentThroughYear40) {
  const DiscountCurve curve(builtin_parameter_set("no-2021"), 0, 0);
  // Years 1..40 all carry 4 %: DF(t) = 1.04^−t.
  expect_near_relative(curve.factor(1), 1.0L / 1.04L);
  expect_near_relative(curve.factor(10), std::pow(1.04L, -10.0L));
  expect_near_relative(curve.factor(40), std::pow(1.04L, -40.0L));
  EXPECT_DOUBLE_EQ(curve.rate(40), 0.04);
  EXPECT_DOUBLE_EQ(curve.rate(41), 0.03);
  EXPECT_DOUBLE_EQ(curve.rate(75), 0.03);
  EXPECT_DOUBLE_EQ(curve.rate(76), 0.02);
}

TEST(DiscountCurve, Norway_Year41IsYear40DividedBy103_NotFlat) {
  const DiscountCurve curve(builtin_parameter_set("no-2021"), 0, 0);
  // DF(41) = DF(40) / 1.03 = 1.04^−40 × 1.03^−1 ≈ 0.202 …
  const long double expected = std::pow(1.04L, -40.0L) / 1.03L;
  expect_near_relative(curve.factor(41), expected);
  expect_near_relative(curve.factor(41), curve.factor(40) / 1.03L);
  // … and NOT the flat in-band formula 1.03^−41 ≈ 0.2976, which would even be larger than DF(40)
  // ≈ 0.2083 (not monotone across the band change).
  const long double flat_wrong = std::pow(1.03L, -41.0L);
  EXPECT_GT(flat_wrong, curve.factor(40));
  EXPECT_GT(std::fabs(static_cast<double>(curve.factor(41) - flat_wrong)), 0.09);
  EXPECT_LT(curve.factor(41), curve.factor(40));
}

TEST(DiscountCurve, Norway_Year76IsYear75DividedBy102) {
  const DiscountCurve curve(builtin_parameter_set("no-2021"), 0, 0);
  // DF(75) = 1.04^−40 × 1.03^−35; DF(76) = DF(75) / 1.02.
  const long double df75 = std::pow(1.04L, -40.0L) * std::pow(1.03L, -35.0L);
  expect_near_relative(curve.factor(75), df75);
  expect_near_relative(curve.factor(76), df75 / 1.02L);
  expect_near_relative(curve.factor(100), df75 * std::pow(1.02L, -25.0L));
  EXPECT_GT(std::pow(1.02L, -76.0L), curve.factor(75));  // the flat formula would jump up again
}

TEST(DiscountCurve, Denmark2021_BandsChangeAfterYears35And70) {
  // Finansministeriet 2021: 3.5 % in years 0–35, 2.5 % in 36–70, 1.5 % after 70, year 0 = the
  // anchor year (factor 1). So DF(35) = 1.035^−35, DF(36) = DF(35)/1.025, DF(71) = DF(70)/1.015.
  const DiscountCurve curve(builtin_parameter_set("dk-2021"), 2030, 2030);
  const long double df35 = std::pow(1.035L, -35.0L);
  expect_near_relative(curve.factor(2065), df35);
  expect_near_relative(curve.factor(2066), df35 / 1.025L);
  const long double df70 = df35 * std::pow(1.025L, -35.0L);
  expect_near_relative(curve.factor(2100), df70);
  expect_near_relative(curve.factor(2101), df70 / 1.015L);
}

TEST(DiscountCurve, Denmark2013_MatchesTheMinistrysDescriptionOfA75YearProject) {
  // Finansministeriet, "Den samfundsøkonomiske diskonteringsrente" (3 September 2018, FIU alm.
  // del spm. 418, table 1, note): for a project running 75 years, what falls in the first 35
  // years is discounted at 4 % a year, years 36–70 at 3 %, years 71–75 at 2 %.
  const DiscountCurve curve(builtin_parameter_set("dk-2013"), 0, 0);
  const long double df75 = std::pow(1.04L, -35.0L) * std::pow(1.03L, -35.0L) * std::pow(1.02L, -5.0L);
  expect_near_relative(curve.factor(75), df75);
}

TEST(DiscountCurve, FlowsBeforeTheDiscountYearCompoundForward) {
  // Discount year 2026, anchor 2026: a 2024 amount is worth 1.04² in 2026 (steps 2025, 2026).
  const DiscountCurve curve(builtin_parameter_set("no-2021"), 2026, 2026);
  expect_near_relative(curve.factor(2024), 1.04L * 1.04L);
  expect_near_relative(curve.factor(2025), 1.04L);
}

TEST(DiscountCurve, AnchorShiftsTheBandsNotTheDiscountYear) {
  // Discount to 2026, bands counted from an opening year 2030 (FRAM style): the 4 % band runs
  // through 2070 (band year 40), so the step into 2071 is the first at 3 %.
  const DiscountCurve curve(builtin_parameter_set("no-2021"), 2030, 2026);
  EXPECT_DOUBLE_EQ(curve.rate(2027), 0.04);  // band year −3: the first band
  EXPECT_DOUBLE_EQ(curve.rate(2070), 0.04);
  EXPECT_DOUBLE_EQ(curve.rate(2071), 0.03);
  expect_near_relative(curve.factor(2070), std::pow(1.04L, -44.0L));
  expect_near_relative(curve.factor(2071), std::pow(1.04L, -44.0L) / 1.03L);
}

TEST(DiscountCurve, MonotoneAcrossEveryBandChange) {
  for (const auto& id : builtin_parameter_set_ids()) {
    const DiscountCurve curve(builtin_parameter_set(id), 0, 0);
    for (int year = 1; year <= 120; ++year) EXPECT_LT(curve.factor(year), curve.factor(year - 1)) << id << " " << year;
  }
}

TEST(DiscountCurve, FlatCurveIsTheTextbookFormula) {
  const auto curve = DiscountCurve::flat(0.05, 2020);
  expect_near_relative(curve.factor(2030), std::pow(1.05L, -10.0L));
  expect_near_relative(curve.factor(2015), std::pow(1.05L, 5.0L));
}

TEST(DiscountCurve, RejectsRatesAtOrBelowMinus100Percent) {
  try {
    DiscountCurve({{10, 0.04}, {std::nullopt, -1.0}}, 0, 0);
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    EXPECT_EQ(error.pointer(), "/discount_rate_bands/1/rate_percent");
  }
}

TEST(DiscountCurve, RejectsBandsOutOfOrder) {
  try {
    DiscountCurve({{40, 0.04}, {30, 0.03}, {std::nullopt, 0.02}}, 0, 0);
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    EXPECT_EQ(error.pointer(), "/discount_rate_bands/1/through_year");
  }
}

}  // namespace
}  // namespace tiltak
