// The benefits engine at scale: the appraisal (NPV and every other measure) of a generated
// 100 000-initiative portfolio, and the Monte Carlo of 10 000 draws over 1 000 initiatives
// (target: under a second on two cores). Portfolios are generated once, outside the timed loops
// (seed 42, defaults otherwise, as bench_load.cpp).

#include <benchmark/benchmark.h>

#include <cstddef>
#include <map>

#include "tiltak/benefits/appraisal.hpp"
#include "tiltak/benefits/uncertainty.hpp"
#include "tiltak/model/synthetic.hpp"

namespace {

const tiltak::Portfolio& generated(std::size_t initiatives) {
  static std::map<std::size_t, tiltak::Portfolio> cache;
  auto found = cache.find(initiatives);
  if (found == cache.end()) {
    tiltak::SyntheticOptions o;
    o.initiatives = initiatives;
    o.seed = 42;
    found = cache.emplace(initiatives, tiltak::generate_portfolio(o)).first;
  }
  return found->second;
}

// appraise_portfolio: flows, present values, NPV with and without tax-financing cost, ratios,
// curves, humps, paybacks and IRRs of every initiative and of the total.
// Second argument 0: without the IRR search (AppraisalOptions::internal_rates_of_return).
void BM_AppraisePortfolio(benchmark::State& state) {
  const auto& portfolio = generated(static_cast<std::size_t>(state.range(0)));
  const auto& set = tiltak::builtin_parameter_set("no-2021");
  tiltak::AppraisalOptions options;
  options.internal_rates_of_return = state.range(1) != 0;
  for (auto _ : state) {
    auto result = tiltak::appraise_portfolio(portfolio, set, options);
    benchmark::DoNotOptimize(result.total.npv);
    state.PauseTiming();
    result = {};
    state.ResumeTiming();
  }
  state.counters["initiatives/s"] =
      benchmark::Counter(static_cast<double>(state.range(0)), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_AppraisePortfolio)
    ->Args({1'000, 1})
    ->Args({10'000, 1})  // bench_python.py: load + appraisal of 10 000 from Python against this
    ->Args({100'000, 1})
    ->Args({100'000, 0})
    ->Unit(benchmark::kMillisecond);

// uncertainty_analysis with every initiative uncertain (costs 0.9/1/1.5, benefits 0.5/1/1.1,
// delay 0/0/2 years): the appraisal, the Monte Carlo on `threads` threads and the tornado.
void BM_MonteCarlo(benchmark::State& state) {
  const auto& portfolio = generated(1'000);
  tiltak::UncertaintyInput input;
  input.draws = static_cast<int>(state.range(0));
  input.threads = static_cast<int>(state.range(1));
  input.default_cost_factor = {0.9, 1.0, 1.5};
  input.default_benefit_factor = {0.5, 1.0, 1.1};
  input.default_delay_years = {0, 0, 2};
  const auto& set = tiltak::builtin_parameter_set("no-2021");
  for (auto _ : state) {
    auto result = tiltak::uncertainty_analysis(portfolio, set, input);
    benchmark::DoNotOptimize(result.monte_carlo.p50);
  }
}
BENCHMARK(BM_MonteCarlo)->Args({10'000, 1})->Args({10'000, 2})->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
