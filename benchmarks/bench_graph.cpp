// The dependency graph and the critical-path schedule on synthetic portfolios of 1 000,
// 100 000 and 1 000 000 initiatives with about five dependencies each (seed 42,
// dependencies_per_initiative = 5, other generator options at their defaults).
//
// Each size is generated once, on first use, outside every timed loop, and kept until a
// benchmark of another size asks for its portfolio: the benchmarks are registered size by size,
// so each portfolio is made once and the million-initiative one (about 3 GB) is freed after its
// last benchmark. Results made inside a timed loop are destroyed with the timer paused.
//
// docs/benchmarks.md ("Dependency graph and schedule") explains the cases and records figures;
// benchmarks/networkx_compare.py times networkx on the same graphs.

#include <benchmark/benchmark.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// Internal headers (src/graph/): BM_TopologicalOrder and BM_CpmPasses time the sort and the
// engine alone, the parts that networkx's topological_sort and dag_longest_path compare with.
#include "graph/adjacency.hpp"
#include "graph/cpm_engine.hpp"
#include "tiltak/graph/calendar.hpp"
#include "tiltak/graph/dependency_graph.hpp"
#include "tiltak/graph/incremental_schedule.hpp"
#include "tiltak/graph/schedule.hpp"
#include "tiltak/model/synthetic.hpp"

namespace {

struct Fixture {
  std::size_t size = 0;
  tiltak::Portfolio portfolio;
  std::optional<tiltak::DependencyGraph> graph;
  std::optional<tiltak::IncrementalSchedule> schedule;
};

std::unique_ptr<Fixture>& cached() {
  static std::unique_ptr<Fixture> fixture;
  return fixture;
}

// The fixture of `size` initiatives; the previous size's is freed first.
Fixture& fixture(std::size_t size) {
  auto& slot = cached();
  if (!slot || slot->size != size) {
    slot.reset();
    tiltak::SyntheticOptions options;
    options.initiatives = size;
    options.seed = 42;
    options.dependencies_per_initiative = 5;
    slot = std::make_unique<Fixture>();
    slot->size = size;
    slot->portfolio = tiltak::generate_portfolio(options);
  }
  return *slot;
}

const tiltak::DependencyGraph& graph(Fixture& f) {
  if (!f.graph) f.graph.emplace(f.portfolio);
  return *f.graph;
}

tiltak::IncrementalSchedule& schedule(Fixture& f) {
  if (!f.schedule) f.schedule.emplace(f.portfolio);
  return *f.schedule;
}

void label(benchmark::State& state, const Fixture& f) {
  state.counters["initiatives/s"] =
      benchmark::Counter(static_cast<double>(f.size), benchmark::Counter::kIsIterationInvariantRate);
  if (f.graph) state.SetLabel(std::to_string(f.graph->edges().size()) + " edges");
}

// Destroys `value` with the timer paused.
template <class T>
void discard(benchmark::State& state, T& value) {
  state.PauseTiming();
  { const T gone = std::move(value); }
  state.ResumeTiming();
}

// Building the graph: nodes, edges, the id index, and the cycle check (strong components).
void BM_GraphBuild(benchmark::State& state) {
  Fixture& f = fixture(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    tiltak::DependencyGraph built(f.portfolio);
    benchmark::DoNotOptimize(built);
    if (!f.graph) {
      state.PauseTiming();
      f.graph.emplace(std::move(built));  // keep one for the benchmarks that need a graph
      state.ResumeTiming();
    } else {
      discard(state, built);
    }
  }
  label(state, f);
}

// The topological sort itself (Kahn's algorithm over the graph's adjacency; also the cycle
// check). DependencyGraph computes it while it is built and topological_order() returns a copy,
// so this times the internal function on the same adjacency, made outside the timed loop: what
// networkx's topological_sort compares with.
void BM_TopologicalOrder(benchmark::State& state) {
  Fixture& f = fixture(static_cast<std::size_t>(state.range(0)));
  const tiltak::DependencyGraph& g = graph(f);
  const tiltak::detail::Adjacency adjacency(g.nodes().size(), g.edges());
  std::vector<std::size_t> components;
  for (std::size_t n = 0; n < g.nodes().size(); ++n)
    if (g.nodes()[n].kind == tiltak::GraphNodeKind::component) components.push_back(n);
  if (tiltak::detail::topological_order(adjacency, components) != g.topological_order()) {
    state.SkipWithError("not the graph's order");
    return;
  }
  for (auto _ : state) {
    auto order = tiltak::detail::topological_order(adjacency, components);
    benchmark::DoNotOptimize(order);
  }
  label(state, f);
}

// The full critical-path computation: IncrementalSchedule's constructor builds the graph and
// runs the forward and backward passes over every node.
void BM_FullCpm(benchmark::State& state) {
  Fixture& f = fixture(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    tiltak::IncrementalSchedule computed(f.portfolio);
    benchmark::DoNotOptimize(computed);
    if (!f.schedule) {
      state.PauseTiming();
      f.schedule.emplace(std::move(computed));
      state.ResumeTiming();
    } else {
      discard(state, computed);
    }
  }
  label(state, f);
}

// The critical-path passes alone, on the graph already built (whose edges and adjacency the
// engine shares): the forward pass and the backward pass over every node (at once, on two
// threads, for a large graph), from nodes (durations, planned and fixed starts) and a
// topological order prepared outside the timed loop. This is what networkx's dag_longest_path
// (a topological sort and a forward pass over a graph already built) compares with.
void BM_CpmPasses(benchmark::State& state) {
  Fixture& f = fixture(static_cast<std::size_t>(state.range(0)));
  const tiltak::DependencyGraph& g = graph(f);
  const tiltak::Calendar calendar;
  std::vector<tiltak::detail::CpmNode> nodes(g.nodes().size());
  for (std::size_t n = 0; n < nodes.size(); ++n) {
    const tiltak::GraphNode& node = g.nodes()[n];
    auto& cpm = nodes[n];
    if (node.kind == tiltak::GraphNodeKind::component) {
      if (const auto& date = f.portfolio.components[node.source_index].available_from)
        cpm.fixed = calendar.to_units(*date);
      continue;
    }
    const tiltak::Initiative& initiative = f.portfolio.initiatives[node.source_index];
    const tiltak::Period& p = initiative.planned;
    if (p.start && p.end) cpm.duration = calendar.span(*p.start, *p.end);
    if (p.start) cpm.not_before = calendar.to_units(*p.start);
    if (initiative.actual.start)
      cpm.fixed = calendar.to_units(*initiative.actual.start);
    else if (initiative.fixed_start)
      cpm.fixed = calendar.to_units(*initiative.fixed_start);
    cpm.counted = p.start && p.end;
  }
  const std::vector<std::size_t> order = g.topological_order();
  for (auto _ : state) {
    state.PauseTiming();
    auto node_copy = nodes;
    auto order_copy = order;
    state.ResumeTiming();
    tiltak::detail::CpmEngine engine(std::move(node_copy), g, std::move(order_copy));
    benchmark::DoNotOptimize(engine.finish());
    discard(state, engine);
  }
  label(state, f);
}

// compute_schedule(): the full computation and the Schedule value (dates, floats, critical
// paths, conflicts) for every initiative.
void BM_ComputeSchedule(benchmark::State& state) {
  Fixture& f = fixture(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    tiltak::Schedule computed = tiltak::compute_schedule(f.portfolio);
    benchmark::DoNotOptimize(computed);
    discard(state, computed);
  }
  label(state, f);
}

// The last initiative that can be moved (planned, not started, no fixed start), has
// prerequisites (is not an island) and starts on its planned start (no prerequisite holds it
// later), so that moving the plan moves it. Being among the last generated, few initiatives
// depend on it.
const tiltak::Initiative* movable_leaf(Fixture& f) {
  tiltak::IncrementalSchedule& s = schedule(f);
  for (auto it = f.portfolio.initiatives.rbegin(); it != f.portfolio.initiatives.rend(); ++it) {
    if (tiltak::is_dropped(it->stage) || !it->planned.start || !it->planned.end || it->actual.start ||
        it->fixed_start || it->dependencies.empty())
      continue;
    if (s.initiative(it->id).delay_vs_plan == 0) return &*it;
  }
  return nullptr;
}

// One initiative's new dates on a schedule kept up to date, alternating between two values so
// that every iteration changes the schedule. `later` gives the changed period.
template <class Later>
void incremental_update(benchmark::State& state, Later later) {
  Fixture& f = fixture(static_cast<std::size_t>(state.range(0)));
  tiltak::IncrementalSchedule& s = schedule(f);
  const tiltak::Initiative* leaf = movable_leaf(f);
  if (!leaf) {
    state.SkipWithError("no movable initiative");
    return;
  }
  const tiltak::Period planned = leaf->planned;
  const tiltak::Period changed = later(planned);
  bool moved = false;
  std::size_t recomputed = 0;
  for (auto _ : state) {
    moved = !moved;
    s.set_dates(leaf->id, moved ? changed : planned, leaf->actual, leaf->fixed_start);
    recomputed += s.last_change_recomputed();
  }
  if (moved) s.set_dates(leaf->id, planned, leaf->actual, leaf->fixed_start);  // leave it as generated
  state.counters["recomputed"] =
      benchmark::Counter(static_cast<double>(recomputed), benchmark::Counter::kAvgIterations);
  state.SetLabel(leaf->id.str());
}

// The whole planned period a week later (the usual edit: the same work, later). Latest dates
// depend on durations and lags only, so only the initiative and what it drives are recomputed.
void BM_IncrementalLeafMove(benchmark::State& state) {
  const boost::gregorian::days week(7);
  incremental_update(state, [&](const tiltak::Period& p) { return tiltak::Period{*p.start + week, *p.end + week}; });
}

// The planned end a week later: a longer initiative. Every prerequisite whose latest dates it
// sets gets new latest dates, and so on upstream, so this recomputes more (see the docs).
void BM_IncrementalLeafResize(benchmark::State& state) {
  const boost::gregorian::days week(7);
  incremental_update(state, [&](const tiltak::Period& p) { return tiltak::Period{p.start, *p.end + week}; });
}

// The impact closure: every initiative that depends, directly or through others, on an early
// initiative (the 10th), which most of the portfolio does.
void BM_Downstream(benchmark::State& state) {
  Fixture& f = fixture(static_cast<std::size_t>(state.range(0)));
  const tiltak::DependencyGraph& g = graph(f);
  const auto node = g.find(f.portfolio.initiatives[9].id.str());
  if (!node) {
    state.SkipWithError("the 10th initiative is not in the graph");
    return;
  }
  std::size_t reached = 0;
  for (auto _ : state) {
    auto downstream = g.downstream(*node);
    reached = downstream.size();
    benchmark::DoNotOptimize(downstream);
  }
  state.counters["downstream"] = static_cast<double>(reached);
}

// Frees the last size's fixture so that benchmarks of other files run without it.
void BM_GraphFixtureRelease(benchmark::State& state) {
  for (auto _ : state) cached().reset();
}

// The million-initiative cases take seconds per iteration: three iterations each, so that the
// figure is not the first, cold one alone (its fresh pages cost up to half as much again).
// Large builds run on two threads: the CPU time is the whole process's, and the wall-clock time
// is the figure to read.
#define TILTAK_GRAPH_BENCHMARKS(size, heavy)                                                              \
  BENCHMARK(BM_GraphBuild)->Arg(size)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime() heavy;      \
  BENCHMARK(BM_TopologicalOrder)->Arg(size)->Unit(benchmark::kMillisecond);                               \
  BENCHMARK(BM_FullCpm)->Arg(size)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime() heavy;         \
  BENCHMARK(BM_CpmPasses)->Arg(size)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();             \
  BENCHMARK(BM_ComputeSchedule)->Arg(size)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime() heavy; \
  BENCHMARK(BM_IncrementalLeafMove)->Arg(size)->Unit(benchmark::kMicrosecond);                           \
  BENCHMARK(BM_IncrementalLeafResize)->Arg(size)->Unit(benchmark::kMicrosecond);                         \
  BENCHMARK(BM_Downstream)->Arg(size)->Unit(benchmark::kMillisecond)

TILTAK_GRAPH_BENCHMARKS(1'000, );
TILTAK_GRAPH_BENCHMARKS(100'000, );
TILTAK_GRAPH_BENCHMARKS(1'000'000, ->Iterations(3));
BENCHMARK(BM_GraphFixtureRelease)->Iterations(1);

}  // namespace
