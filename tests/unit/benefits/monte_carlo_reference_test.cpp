// The Monte Carlo draws in double where that gives the same whole øre as long double (issue 19),
// so its results must be exactly those of the plain long double loop it replaces, written out
// here as the reference: every draw of every initiative as cost × PV(costs) + benefit ×
// PV(benefits delayed), rounded with std::round in long double, the delay with std::lround.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "tiltak/benefits/discount_curve.hpp"
#include "tiltak/benefits/uncertainty.hpp"
#include "tiltak/model/synthetic.hpp"
#include "core/monte_carlo.hpp"

namespace tiltak {
namespace {

__extension__ typedef __int128 Wide;

struct Reference {
  long double mean = 0, p10 = 0, p50 = 0, p90 = 0;
  double probability_negative = 0;
  std::vector<Wide> sums;
  std::vector<std::int64_t> negatives;
};

long double quantile(const std::vector<long double>& sorted, double p) {
  const double h = (static_cast<double>(sorted.size()) - 1) * p;
  const auto below = static_cast<std::size_t>(std::floor(h));
  const std::size_t above = std::min(below + 1, sorted.size() - 1);
  return sorted[below] + static_cast<long double>(h - std::floor(h)) * (sorted[above] - sorted[below]);
}

Reference reference_draws(const Portfolio& portfolio, const ParameterSet& set, const UncertaintyInput& input) {
  AppraisalOptions options;
  options.internal_rates_of_return = false;
  const PortfolioAppraisal appraisal = appraise_portfolio(portfolio, set, options);
  struct Item {
    long double costs = 0;
    std::vector<long double> benefits;
  };
  std::vector<Item> items;
  const auto max_delay = static_cast<std::size_t>(std::lround(input.default_delay_years.high));
  for (const auto& initiative : appraisal.initiatives) {
    Item item;
    item.benefits.assign(max_delay + 1, 0.0L);
    const DiscountCurve curve(set.bands, initiative.band_anchor_year, initiative.appraisal.discount_year);
    for (const auto& line : initiative.appraisal.flows) {
      const long double amount = static_cast<long double>(line.flow.amount.minor_units()) *
                                 (1.0L + set.tax_financing_rate * line.public_share_basis_points / 10000.0L);
      if (is_cost(line.category))
        item.costs += amount * curve.factor(line.flow.year);
      else
        for (std::size_t d = 0; d <= max_delay; ++d)
          item.benefits[d] += amount * curve.factor(line.flow.year + static_cast<int>(d));
    }
    items.push_back(std::move(item));
  }
  Reference out;
  out.sums.assign(items.size(), 0);
  out.negatives.assign(items.size(), 0);
  std::vector<long double> npvs;
  for (int k = 0; k < input.draws; ++k) {
    detail::DrawStream stream(input.seed, static_cast<std::uint64_t>(k));
    long double npv = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const double cost = triangular_quantile(input.default_cost_factor, stream.uniform());
      const double benefit = triangular_quantile(input.default_benefit_factor, stream.uniform());
      const auto delay =
          static_cast<std::size_t>(std::lround(triangular_quantile(input.default_delay_years, stream.uniform())));
      const long double value =
          cost * items[i].costs + benefit * items[i].benefits[std::min(delay, items[i].benefits.size() - 1)];
      const long double whole = std::round(value);
      npv += whole;
      out.sums[i] += static_cast<std::int64_t>(whole);
      if (value < 0) ++out.negatives[i];
    }
    npvs.push_back(npv);
  }
  long double total = 0;
  std::size_t below_zero = 0;
  for (long double npv : npvs) total += npv, below_zero += npv < 0 ? 1 : 0;
  out.mean = total / static_cast<long double>(npvs.size());
  out.probability_negative = static_cast<double>(below_zero) / static_cast<double>(npvs.size());
  std::sort(npvs.begin(), npvs.end());
  out.p10 = quantile(npvs, 0.1);
  out.p50 = quantile(npvs, 0.5);
  out.p90 = quantile(npvs, 0.9);
  return out;
}

void expect_as_reference(const Portfolio& portfolio, const UncertaintyInput& input) {
  const ParameterSet& set = builtin_parameter_set("no-2021");
  const UncertaintyResult result = uncertainty_analysis(portfolio, set, input);
  const Reference reference = reference_draws(portfolio, set, input);
  const Currency currency = portfolio.currency;
  const MonteCarloResult& mc = result.monte_carlo;
  EXPECT_EQ(mc.mean, round_to_minor(reference.mean, currency));
  EXPECT_EQ(mc.p10, round_to_minor(reference.p10, currency));
  EXPECT_EQ(mc.p50, round_to_minor(reference.p50, currency));
  EXPECT_EQ(mc.p90, round_to_minor(reference.p90, currency));
  EXPECT_EQ(mc.probability_negative, reference.probability_negative);
  ASSERT_EQ(mc.initiatives.size(), reference.sums.size());
  std::size_t uncertain = 0;
  for (std::size_t i = 0; i < reference.sums.size(); ++i) {
    // The exact mean of whole øre: the sum is what the draws must agree on.
    const Wide draws = input.draws;
    Wide mean = reference.sums[i] / draws;
    const Wide rest = reference.sums[i] % draws;
    if (2 * (rest < 0 ? -rest : rest) >= draws) mean += reference.sums[i] < 0 ? -1 : 1;
    EXPECT_EQ(mc.initiatives[i].mean_npv.minor_units(), static_cast<std::int64_t>(mean)) << i;
    EXPECT_EQ(mc.initiatives[i].probability_negative,
              static_cast<double>(reference.negatives[i]) / static_cast<double>(input.draws))
        << i;
    if (reference.negatives[i] > 0 && reference.negatives[i] < input.draws) ++uncertain;
  }
  EXPECT_GT(uncertain, 0u);  // some initiatives' sign depends on the draw
}

UncertaintyInput uncertain_input(int draws, int threads) {
  UncertaintyInput input;
  input.seed = 11;
  input.draws = draws;
  input.threads = threads;
  input.default_cost_factor = {0.9, 1, 1.5};
  input.default_benefit_factor = {0.5, 1, 1.1};
  input.default_delay_years = {0, 0.6, 2};  // 0.5 and 1.5 lie inside: lround's halves matter
  return input;
}

TEST(MonteCarloReference, DrawsAreThoseOfTheLongDoubleLoop) {
  SyntheticOptions options;
  options.initiatives = 150;
  options.seed = 3;
  expect_as_reference(generate_portfolio(options), uncertain_input(1500, 1));
}

TEST(MonteCarloReference, OnTwoThreadsToo) {
  SyntheticOptions options;
  options.initiatives = 80;
  options.seed = 8;
  expect_as_reference(generate_portfolio(options), uncertain_input(999, 2));
}

TEST(MonteCarloReference, FixedEstimatesGiveThePlan) {
  // Every factor 1 and no delay: each draw is the planned NPV, to the øre.
  SyntheticOptions options;
  options.initiatives = 60;
  const Portfolio portfolio = generate_portfolio(options);
  UncertaintyInput input;
  input.draws = 50;
  input.threads = 1;
  const UncertaintyResult result = uncertainty_analysis(portfolio, builtin_parameter_set("no-2021"), input);
  EXPECT_EQ(result.monte_carlo.p10, result.planned_npv);
  EXPECT_EQ(result.monte_carlo.p90, result.planned_npv);
  EXPECT_EQ(result.monte_carlo.mean, result.planned_npv);
}

}  // namespace
}  // namespace tiltak
