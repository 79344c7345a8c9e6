// The IRR brackets with the sign pattern of the flows and solves in the discount factor
// (issue 19): its results must be those of the plain scan it replaces, written out here as the
// reference (every one of the 8 000 grid points evaluated in long double, each sign change
// refined with TOMS 748 in the rate), on closed forms and on many random flows with one and
// with several sign changes. And the appraisal searches only when asked.

#include <gtest/gtest.h>

#include <boost/math/tools/toms748_solve.hpp>
#include <cmath>
#include <map>
#include <random>

#include "tiltak/benefits/appraisal.hpp"
#include "tiltak/benefits/irr.hpp"
#include "tiltak/model/synthetic.hpp"

namespace tiltak {
namespace {

// The scan as it was before issue 19, kept as the reference.
std::vector<double> scanned_rates(const std::vector<CashFlow>& flows) {
  std::map<int, long double> series;
  for (const auto& flow : flows) series[flow.year] += static_cast<long double>(flow.amount.minor_units());
  std::vector<long double> c(static_cast<std::size_t>(series.rbegin()->first - series.begin()->first + 1), 0.0L);
  for (const auto& [year, amount] : series) c[static_cast<std::size_t>(year - series.begin()->first)] = amount;
  auto npv = [&](long double rate) {
    const long double v = 1.0L / (1.0L + rate);
    long double value = 0;
    for (auto k = c.rbegin(); k != c.rend(); ++k) value = value * v + *k;
    return value;
  };
  const int steps = 8000;
  const long double low = std::log(1.0L + irr_scan_min), high = std::log(1.0L + irr_scan_max);
  auto rate_at = [&](int step) {
    if (step == steps) return static_cast<long double>(irr_scan_max);
    return std::expm1(low + (high - low) * step / steps);
  };
  std::vector<double> rates;
  long double a = rate_at(1), fa = npv(a);
  if (fa == 0) rates.push_back(static_cast<double>(a));
  for (int step = 2; step <= steps; ++step) {
    const long double b = rate_at(step), fb = npv(b);
    if (fb == 0) {
      rates.push_back(static_cast<double>(b));
    } else if (fa != 0 && ((fa > 0) != (fb > 0))) {
      std::uintmax_t iterations = 200;
      const auto bracket = boost::math::tools::toms748_solve(npv, a, b, fa, fb,
                                                             boost::math::tools::eps_tolerance<long double>(60),
                                                             iterations);
      rates.push_back(static_cast<double>((bracket.first + bracket.second) / 2));
    }
    a = b;
    fa = fb;
  }
  return rates;
}

std::vector<CashFlow> in_kroner(const std::vector<long long>& amounts, int first_year = 2026) {
  std::vector<CashFlow> out;
  int year = first_year;
  for (long long amount : amounts) out.push_back({year++, Money(amount * 100, Currency::NOK)});
  return out;
}

void expect_as_scanned(const std::vector<CashFlow>& flows) {
  const IrrResult result = internal_rates_of_return(flows);
  const std::vector<double> reference = scanned_rates(flows);
  ASSERT_EQ(result.rates.size(), reference.size());
  for (std::size_t i = 0; i < reference.size(); ++i)
    EXPECT_NEAR(result.rates[i], reference[i], 1e-12 * std::max(1.0, std::fabs(reference[i])));
}

TEST(IrrBracketing, OneSignChange_TheAnnuityRoot) {
  // −1 000 000 then 100 000 a year for 20 years: 1/r (1 − (1+r)^−20) = 10, r ≈ 7.7547 % (bisection by hand).
  std::vector<long long> amounts{-1000000};
  for (int year = 0; year < 20; ++year) amounts.push_back(100000);
  const IrrResult result = internal_rates_of_return(in_kroner(amounts));
  ASSERT_EQ(result.rates.size(), 1u);
  const double r = result.rates[0];
  EXPECT_NEAR((1 - std::pow(1 + r, -20)) / r, 10.0, 1e-9);
  EXPECT_NEAR(r, 0.0775468953, 1e-9);
  EXPECT_EQ(result.sign_changes, 1);
  expect_as_scanned(in_kroner(amounts));
}

TEST(IrrBracketing, OneSignChange_RootOutsideTheRangeIsNotReported) {
  // −1 then 100 000: r = 99 999, beyond 1 000 %; −100 then 0.5: r = −99.5 %, below −99 %.
  EXPECT_TRUE(internal_rates_of_return(in_kroner({-1, 100000})).rates.empty());
  EXPECT_TRUE(internal_rates_of_return(in_kroner({-200, 1})).rates.empty());
  EXPECT_FALSE(internal_rates_of_return(in_kroner({-200, 1})).consistent_with_descartes);
  // Zero years inside and at the ends of the span change nothing.
  expect_as_scanned(in_kroner({0, -500, 0, 0, 300, 0, 400, 0}));
}

TEST(IrrBracketing, RootAtTheTopOfTheRangeIsFound) {
  // −1 then 11: r = 10 exactly, the grid's last point.
  const IrrResult result = internal_rates_of_return(in_kroner({-1, 11}));
  ASSERT_EQ(result.rates.size(), 1u);
  EXPECT_NEAR(result.rates[0], 10.0, 1e-12);
}

TEST(IrrBracketing, RandomFlows_AsTheScanFindsThem) {
  std::mt19937_64 random(19);
  std::uniform_int_distribution<int> length(2, 30), sign_pattern(0, 3);
  std::uniform_int_distribution<long long> size(1, 5'000'000);
  for (int round = 0; round < 300; ++round) {
    std::vector<long long> amounts;
    const int n = length(random), pattern = sign_pattern(random);
    for (int k = 0; k < n; ++k) {
      long long amount = size(random);
      // 0: costs then benefits (one change); 1: and a reinvestment; 2, 3: any signs.
      const bool cost = pattern == 0   ? k < n / 3
                        : pattern == 1 ? (k < n / 3 || k == (2 * n) / 3)
                                       : (random() & 1) != 0;
      amounts.push_back(cost ? -amount : amount);
    }
    SCOPED_TRACE(::testing::Message() << "round " << round);
    expect_as_scanned(in_kroner(amounts));
  }
}

TEST(IrrBracketing, TwoCloseRoots_BothFound) {
  // −100, 230, −132: roots 10 % and 20 % (quadratic 132v² − 230v + 100 = 0).
  const IrrResult result = internal_rates_of_return(in_kroner({-100, 230, -132}));
  ASSERT_EQ(result.rates.size(), 2u);
  EXPECT_NEAR(result.rates[0], 0.10, 1e-12);
  EXPECT_NEAR(result.rates[1], 0.20, 1e-12);
}

TEST(IrrBracketing, AppraisalSearchesOnlyWhenAsked) {
  SyntheticOptions options;
  options.initiatives = 300;
  options.seed = 5;
  const Portfolio portfolio = generate_portfolio(options);
  const ParameterSet& set = builtin_parameter_set("no-2021");
  AppraisalOptions without;
  without.internal_rates_of_return = false;
  const PortfolioAppraisal searched = appraise_portfolio(portfolio, set);
  const PortfolioAppraisal skipped = appraise_portfolio(portfolio, set, without);
  ASSERT_TRUE(searched.total.irr.has_value());
  EXPECT_FALSE(skipped.total.irr.has_value());
  std::size_t with_a_root = 0;
  for (std::size_t i = 0; i < searched.initiatives.size(); ++i) {
    const Appraisal& a = searched.initiatives[i].appraisal;
    ASSERT_TRUE(a.irr.has_value());
    EXPECT_FALSE(skipped.initiatives[i].appraisal.irr.has_value());
    // Everything but the IRR is the same.
    Appraisal without_irr = a;
    without_irr.irr.reset();
    EXPECT_EQ(without_irr, skipped.initiatives[i].appraisal);
    if (a.flows.empty()) continue;
    std::vector<CashFlow> flows;
    for (const auto& line : a.flows) flows.push_back(line.flow);
    const std::vector<double> reference = scanned_rates(flows);
    ASSERT_EQ(a.irr->rates.size(), reference.size()) << searched.initiatives[i].initiative.str();
    for (std::size_t k = 0; k < reference.size(); ++k)
      EXPECT_NEAR(a.irr->rates[k], reference[k], 1e-12 * std::max(1.0, std::fabs(reference[k])));
    with_a_root += reference.empty() ? 0 : 1;
  }
  EXPECT_GT(with_a_root, 100u);  // the comparison is not vacuous
}

}  // namespace
}  // namespace tiltak
