// Basis points written as per cent: the one formatter behind problem reports, JSON, documents
// and the CLI.
#include "tiltak/core/percent.hpp"

#include <gtest/gtest.h>

#include <climits>

namespace tiltak {
namespace {

TEST(Percent, TwoDecimalsWithAPoint) {
  EXPECT_EQ(percent_text(3333), "33.33");
  EXPECT_EQ(percent_text(10000), "100.00");
  EXPECT_EQ(percent_text(5), "0.05");
  EXPECT_EQ(percent_text(0), "0.00");
}

TEST(Percent, MinusFiftyBasisPointsKeepsItsSign) {
  EXPECT_EQ(percent_text(-50), "-0.50");
  EXPECT_EQ(percent_text(-50, PercentDecimals::significant), "-0.5");
  EXPECT_EQ(format_percent(-50, Language::nb), "-0,50 %");
  EXPECT_EQ(format_percent(-50, Language::en), "-0.50%");
  EXPECT_EQ(percent_text(-10050), "-100.50");
}

TEST(Percent, SignificantDropsTrailingZeros) {
  EXPECT_EQ(percent_text(10000, PercentDecimals::significant), "100");
  EXPECT_EQ(percent_text(3330, PercentDecimals::significant), "33.3");
  EXPECT_EQ(percent_text(3333, PercentDecimals::significant), "33.33");
  EXPECT_EQ(percent_text(5, PercentDecimals::significant), "0.05");
  EXPECT_EQ(percent_text(0, PercentDecimals::significant), "0");
}

TEST(Percent, LocalisedWithCommaAndSpacedSignInNorwegianAndDanish) {
  EXPECT_EQ(format_percent(3333, Language::nb), "33,33 %");
  EXPECT_EQ(format_percent(3333, Language::da), "33,33 %");
  EXPECT_EQ(format_percent(3333, Language::en), "33.33%");
}

TEST(Percent, ExtremesFormat) {
  EXPECT_EQ(percent_text(LLONG_MIN), "-92233720368547758.08");
  EXPECT_EQ(percent_text(LLONG_MAX), "92233720368547758.07");
}

}  // namespace
}  // namespace tiltak
