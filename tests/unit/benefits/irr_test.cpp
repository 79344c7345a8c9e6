// Internal rates of return: none, one or several, as the signs of the flows demand.

#include <gtest/gtest.h>

#include <cmath>

#include "tiltak/benefits/irr.hpp"

namespace tiltak {
namespace {

std::vector<CashFlow> flows(std::initializer_list<long long> kroner, int first_year = 2026) {
  std::vector<CashFlow> out;
  int year = first_year;
  for (long long amount : kroner) out.push_back({year++, Money(amount * 100, Currency::NOK)});
  return out;
}

TEST(Irr, ConventionalFlowHasOneRoot_HandSolvedQuadratic) {
  // −100 + 121 v² = 0 with v = 1/(1+r): v = 10/11, r = 10 %.
  const auto result = internal_rates_of_return(flows({-100, 0, 121}));
  ASSERT_EQ(result.rates.size(), 1u);
  EXPECT_NEAR(result.rates[0], 0.10, 1e-12);
  EXPECT_EQ(result.outcome, IrrOutcome::one);
  EXPECT_EQ(result.sign_changes, 1);  // the zero year is skipped
  EXPECT_TRUE(result.consistent_with_descartes);
}

TEST(Irr, TwoSignChangesCanGiveTwoRoots) {
  // −100 + 230 v − 132 v² = 0 ⇔ 100 u² − 230 u + 132 = 0 with u = 1+r: u = (230 ± 10)/200,
  // so r = 10 % and r = 20 %.
  const auto result = internal_rates_of_return(flows({-100, 230, -132}));
  ASSERT_EQ(result.rates.size(), 2u);
  EXPECT_NEAR(result.rates[0], 0.10, 1e-12);
  EXPECT_NEAR(result.rates[1], 0.20, 1e-12);
  EXPECT_EQ(result.outcome, IrrOutcome::several);
  EXPECT_EQ(result.sign_changes, 2);
  EXPECT_TRUE(result.consistent_with_descartes);
}

TEST(Irr, TwoSignChangesButNoRealRoot) {
  // −100 + 50 v − 100 v²: discriminant 2 500 − 40 000 < 0, so NPV(r) < 0 for every r.
  // Descartes allows 2 or 0 roots; 0 is consistent.
  const auto result = internal_rates_of_return(flows({-100, 50, -100}));
  EXPECT_TRUE(result.rates.empty());
  EXPECT_EQ(result.outcome, IrrOutcome::none);
  EXPECT_EQ(result.sign_changes, 2);
  EXPECT_TRUE(result.consistent_with_descartes);
}

TEST(Irr, NoSignChangeMeansNoRoot) {
  const auto result = internal_rates_of_return(flows({100, 50, 20}));
  EXPECT_TRUE(result.rates.empty());
  EXPECT_EQ(result.sign_changes, 0);
  EXPECT_TRUE(result.consistent_with_descartes);
  EXPECT_TRUE(internal_rates_of_return({}).rates.empty());
}

TEST(Irr, RootOutsideTheScannedRangeIsFlagged) {
  // −1 + 100 v = 0: r = 9 900 %, beyond the scan (−99 %, 1 000 %]. Descartes says one root.
  const auto result = internal_rates_of_return(flows({-1, 100}));
  EXPECT_TRUE(result.rates.empty());
  EXPECT_EQ(result.sign_changes, 1);
  EXPECT_FALSE(result.consistent_with_descartes);
}

TEST(Irr, AnnuityRootMakesTheNpvZero) {
  // −1 200 000, then 400 000 a year for 4 years: annuity factor 3 ⇒ r ≈ 12.5898 %.
  const auto result = internal_rates_of_return(flows({-1200000, 400000, 400000, 400000, 400000}));
  ASSERT_EQ(result.rates.size(), 1u);
  const long double r = result.rates[0];
  const long double annuity = (1.0L - std::pow(1.0L + r, -4.0L)) / r;
  EXPECT_NEAR(static_cast<double>(annuity), 3.0, 1e-12);
  EXPECT_NEAR(result.rates[0], 0.125898324962443, 1e-12);
}

TEST(Irr, NegativeRootIsFound) {
  // −100 + 90 v = 0: r = −10 %.
  const auto result = internal_rates_of_return(flows({-100, 90}));
  ASSERT_EQ(result.rates.size(), 1u);
  EXPECT_NEAR(result.rates[0], -0.10, 1e-12);
}

TEST(Irr, CurrencyMismatchIsAnError) {
  auto mixed = flows({-100, 121});
  mixed[1].amount = Money(12100, Currency::DKK);
  EXPECT_THROW(internal_rates_of_return(mixed), Error);
}

}  // namespace
}  // namespace tiltak
