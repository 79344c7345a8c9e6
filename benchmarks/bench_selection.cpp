// Portfolio selection on synthetic portfolios of 50, 300 and 2 000 initiatives (seed 42, five
// budget years, two dependencies per initiative on average, the generator's budget frames and
// capacity, which it sizes below demand), objective: goal contribution.
//
// BM_SelectExact times select_portfolio with CBC to proven optimum (time limit 60 s) and reports
// the relative gap and whether the optimum was proven (1) as counters; BM_SelectGreedy the
// heuristic alone. The portfolios are generated once per size, outside the timed loop.
//
// BM_WeightThresholds times rank_initiatives plus every neighbour pair's thresholds;
// BM_WeightUncertainty the Monte Carlo over the weights (1 000 draws, Dirichlet, four criteria:
// goals, cost, risk, dependants), ranks only (arg 0) or with the greedy selection per draw
// (arg 1), on 1 or 2 threads.
// docs/benchmarks.md ("Portfolio selection") records figures.

#include <benchmark/benchmark.h>

#include <map>

#include "tiltak/model/synthetic.hpp"
#include "tiltak/prioritisation/selection.hpp"
#include "tiltak/prioritisation/sensitivity.hpp"

namespace {

const tiltak::Portfolio& portfolio(std::size_t size) {
  static std::map<std::size_t, tiltak::Portfolio> cache;
  auto it = cache.find(size);
  if (it == cache.end()) {
    tiltak::SyntheticOptions options;
    options.initiatives = size;
    options.seed = 42;
    options.years = 5;
    options.dependencies_per_initiative = 2.0;
    it = cache.emplace(size, tiltak::generate_portfolio(options)).first;
  }
  return it->second;
}

tiltak::SelectionOptions options(tiltak::SelectionMethod method) {
  tiltak::SelectionOptions o;
  tiltak::Criterion goals;
  goals.id = "goals";
  goals.weight = 1.0;
  o.criteria.criteria = {goals};
  o.method = method;
  o.time_limit_seconds = 60;
  return o;
}

void run(benchmark::State& state, tiltak::SelectionMethod method) {
  const auto& p = portfolio(static_cast<std::size_t>(state.range(0)));
  const auto o = options(method);
  tiltak::Selection last;
  for (auto _ : state) {
    last = tiltak::select_portfolio(p, o);
    benchmark::DoNotOptimize(last.objective_value);
  }
  state.counters["selected"] = static_cast<double>(last.selected.size());
  state.counters["objective"] = last.objective_value;
  if (method == tiltak::SelectionMethod::exact) {
    state.counters["gap"] = last.gap.value_or(-1);
    state.counters["proven_optimal"] = last.status == tiltak::SelectionStatus::optimal ? 1 : 0;
  }
}

void BM_SelectExact(benchmark::State& state) { run(state, tiltak::SelectionMethod::exact); }
void BM_SelectGreedy(benchmark::State& state) { run(state, tiltak::SelectionMethod::greedy); }

tiltak::Criteria four_criteria() {
  tiltak::Criteria criteria;
  const std::pair<const char*, tiltak::CriterionKind> kinds[] = {{"goals", tiltak::CriterionKind::goal_contribution},
                                                                 {"cost", tiltak::CriterionKind::total_cost},
                                                                 {"risk", tiltak::CriterionKind::risk},
                                                                 {"dependants", tiltak::CriterionKind::dependants}};
  for (const auto& [id, kind] : kinds) {
    tiltak::Criterion c;
    c.id = id;
    c.kind = kind;
    c.weight = 0.25;
    if (kind == tiltak::CriterionKind::total_cost || kind == tiltak::CriterionKind::risk)
      c.direction = tiltak::CriterionDirection::minimise;
    criteria.criteria.push_back(c);
  }
  return criteria;
}

void BM_WeightThresholds(benchmark::State& state) {
  const auto& p = portfolio(static_cast<std::size_t>(state.range(0)));
  const auto criteria = four_criteria();
  for (auto _ : state) {
    const auto sensitivity = tiltak::weight_thresholds(tiltak::rank_initiatives(p, criteria));
    benchmark::DoNotOptimize(sensitivity.pairs.data());
  }
}

void BM_WeightUncertainty(benchmark::State& state) {
  const auto& p = portfolio(static_cast<std::size_t>(state.range(0)));
  tiltak::SelectionOptions selection;
  selection.criteria = four_criteria();
  tiltak::WeightUncertaintyOptions o;
  o.draws = 1000;
  o.top_k = 30;
  o.select = state.range(1) == 1;
  o.threads = static_cast<int>(state.range(2));
  tiltak::WeightUncertainty last;
  for (auto _ : state) {
    last = tiltak::weight_uncertainty(p, selection, o);
    benchmark::DoNotOptimize(last.initiatives.data());
  }
  state.counters["failed_selections"] = last.failed_selections;
}

BENCHMARK(BM_WeightThresholds)->Arg(300)->Arg(2000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WeightUncertainty)
    ->ArgNames({"candidates", "select", "threads"})
    ->Args({300, 0, 1})
    ->Args({300, 0, 2})
    ->Args({300, 1, 1})
    ->Args({300, 1, 2})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SelectExact)->Arg(50)->Arg(300)->Arg(2000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SelectGreedy)->Arg(50)->Arg(300)->Arg(2000)->Unit(benchmark::kMillisecond);

}  // namespace
