// The prioritisation's "dependants" criterion: how many initiatives depend on each one,
// transitively (src/graph/downstream_counts.hpp), on 100 000 nodes:
//   - a chain (each initiative depends on the one before): a forest, counted in linear time;
//     one search per node took prioritise 58 s here;
//   - a random DAG, each initiative depending on three earlier ones at random: the bit-parallel
//     count, (n + m) · n / 64 word operations;
//   - the generated portfolio of bench_graph.cpp's size (seed 42, five dependencies each).
// And building the graph of a ring of 50 000 initiatives, its one cycle found without recursion.
// docs/benchmarks.md records figures.

#include <benchmark/benchmark.h>

#include <random>
#include <string>

#include "graph/downstream_counts.hpp"
#include "tiltak/graph/dependency_graph.hpp"
#include "tiltak/model/synthetic.hpp"

namespace {

tiltak::Portfolio numbered(std::size_t count) {
  tiltak::Portfolio portfolio;
  portfolio.name = "Benchmark";
  portfolio.initiatives.resize(count);
  for (std::size_t k = 0; k < count; ++k) {
    portfolio.initiatives[k].id = tiltak::InitiativeId("T-" + std::to_string(k));
    portfolio.initiatives[k].title = "Tiltak " + std::to_string(k);
    portfolio.initiatives[k].stage = tiltak::Stage::approved;
  }
  return portfolio;
}

void depends(tiltak::Portfolio& portfolio, std::size_t dependent, std::size_t prerequisite) {
  portfolio.initiatives[dependent].dependencies.push_back(
      {portfolio.initiatives[prerequisite].id, tiltak::DependencyType::finish_to_start, 0});
}

void count_downstream(benchmark::State& state, const tiltak::Portfolio& portfolio) {
  const tiltak::DependencyGraph graph(portfolio);
  for (auto _ : state) benchmark::DoNotOptimize(tiltak::detail::downstream_counts(graph));
  state.counters["edges"] = static_cast<double>(graph.edges().size());
}

void BM_DownstreamCountsChain(benchmark::State& state) {
  const auto count = static_cast<std::size_t>(state.range(0));
  tiltak::Portfolio portfolio = numbered(count);
  for (std::size_t k = 1; k < count; ++k) depends(portfolio, k, k - 1);
  count_downstream(state, portfolio);
}

void BM_DownstreamCountsRandomDag(benchmark::State& state) {
  const auto count = static_cast<std::size_t>(state.range(0));
  tiltak::Portfolio portfolio = numbered(count);
  std::mt19937_64 random(42);
  for (std::size_t k = 1; k < count; ++k)
    for (int d = 0; d < 3; ++d) depends(portfolio, k, random() % k);
  count_downstream(state, portfolio);
}

void BM_DownstreamCountsGenerated(benchmark::State& state) {
  tiltak::SyntheticOptions options;
  options.initiatives = static_cast<std::size_t>(state.range(0));
  options.seed = 42;
  options.dependencies_per_initiative = 5;
  count_downstream(state, tiltak::generate_portfolio(options));
}

void BM_GraphOfRing(benchmark::State& state) {
  const auto count = static_cast<std::size_t>(state.range(0));
  tiltak::Portfolio portfolio = numbered(count);
  for (std::size_t k = 0; k < count; ++k) depends(portfolio, k, k == 0 ? count - 1 : k - 1);
  for (auto _ : state) benchmark::DoNotOptimize(tiltak::DependencyGraph(portfolio));
}

BENCHMARK(BM_DownstreamCountsChain)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DownstreamCountsRandomDag)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DownstreamCountsGenerated)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GraphOfRing)->Arg(50'000)->Unit(benchmark::kMillisecond);

}  // namespace
