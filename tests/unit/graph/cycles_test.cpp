// Reporting dependency cycles (issue 14): a ring of any length without recursion as deep as the
// ring, one cycle for every group of initiatives that depend on each other however many cycles
// another group has, and the same cycles as Boost's Hawick–James enumeration where all are listed.

#include <gtest/gtest.h>

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/hawick_circuits.hpp>
#include <boost/graph/strong_components.hpp>
#include <random>
#include <set>
#include <string>

#include "graph/cycles.hpp"
#include "support/portfolio_builder.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/graph/dependency_graph.hpp"

namespace tiltak {
namespace {

using testing::PortfolioBuilder;

std::vector<const GraphIssue*> cycles_of(const DependencyGraph& graph) {
  std::vector<const GraphIssue*> cycles;
  for (const auto& issue : graph.issues())
    if (issue.kind == GraphIssueKind::cycle) cycles.push_back(&issue);
  return cycles;
}

std::string ring_id(std::size_t k) { return "R-" + std::to_string(k); }

// A ring longer than the recursion of Boost's hawick_circuits survived (40 000 did, 50 000 did
// not): one cycle through every initiative, in order from the first.
TEST(Cycles, RingOfSixtyThousand_IsOneCycleThroughAll) {
  constexpr std::size_t size = 60000;
  PortfolioBuilder builder;
  for (std::size_t k = 1; k <= size; ++k) builder.initiative(ring_id(k), "2026-01-01", "2026-01-31");
  Portfolio portfolio = builder.build();  // PortfolioBuilder::depends looks the dependent up: slow here
  for (std::size_t k = 1; k <= size; ++k)
    portfolio.initiatives[k - 1].dependencies.push_back(
        {InitiativeId(ring_id(k == 1 ? size : k - 1)), DependencyType::finish_to_start, 0});
  const DependencyGraph graph(portfolio);
  const auto cycles = cycles_of(graph);
  ASSERT_EQ(cycles.size(), 1u);
  ASSERT_EQ(cycles[0]->path.size(), size + 1);
  for (std::size_t k = 1; k <= size; ++k) ASSERT_EQ(cycles[0]->path[k - 1], ring_id(k));
  EXPECT_EQ(cycles[0]->path.back(), ring_id(1));
  EXPECT_FALSE(graph.cycles_truncated());
}

// Seven initiatives that all depend on each other have 2 365 cycles; before, the first 100 of
// them were all that was listed, and the pair's cycle never was.
PortfolioBuilder tangle_and_pair() {
  PortfolioBuilder builder;
  for (std::size_t k = 1; k <= 7; ++k) builder.initiative(ring_id(k), "2026-01-01", "2026-01-31");
  for (std::size_t k = 1; k <= 7; ++k)
    for (std::size_t j = 1; j <= 7; ++j)
      if (j != k) builder.depends(ring_id(k), ring_id(j));
  builder.initiative("P-1", "2026-01-01", "2026-01-31").initiative("P-2", "2026-01-01", "2026-01-31");
  builder.depends("P-1", "P-2").depends("P-2", "P-1");
  return builder;
}

TEST(Cycles, PairApartFromATangleOverTheLimit_IsListed_AndTheLimitIsStated) {
  const DependencyGraph graph(tangle_and_pair().build());
  const auto cycles = cycles_of(graph);
  EXPECT_EQ(cycles.size(), DependencyGraph::cycle_report_limit);
  EXPECT_TRUE(std::any_of(cycles.begin(), cycles.end(), [](const GraphIssue* issue) {
    return issue->path == std::vector<std::string>{"P-1", "P-2", "P-1"};
  }));
  EXPECT_TRUE(graph.cycles_truncated());
  try {
    (void)graph.topological_order();
    FAIL() << "no error";
  } catch (const Error& error) {
    ASSERT_EQ(error.problems().size(), DependencyGraph::cycle_report_limit + 1);
    EXPECT_NE(error.problems().back().message.find("up to 100 in all"), std::string::npos)
        << error.problems().back().message;
  }
}

// 150 separate pairs: more groups than the limit, and each gets its cycle.
TEST(Cycles, EveryGroupHasItsCycle_EvenBeyondTheLimit) {
  PortfolioBuilder builder;
  for (std::size_t k = 0; k < 300; ++k) builder.initiative(ring_id(k), "2026-01-01", "2026-01-31");
  for (std::size_t k = 0; k < 300; k += 2) builder.depends(ring_id(k), ring_id(k + 1)).depends(ring_id(k + 1), ring_id(k));
  const DependencyGraph graph(builder.build());
  const auto cycles = cycles_of(graph);
  ASSERT_EQ(cycles.size(), 150u);
  for (std::size_t k = 0; k < 300; k += 2)
    EXPECT_EQ(cycles[k / 2]->path, (std::vector<std::string>{ring_id(k), ring_id(k + 1), ring_id(k)}));
  EXPECT_FALSE(graph.cycles_truncated());  // each pair has but the one cycle
}

using Edges = std::vector<std::pair<std::size_t, std::size_t>>;

// Each cycle turned to begin at its lowest node.
std::set<std::vector<std::size_t>> canonical(const std::vector<std::vector<std::size_t>>& cycles) {
  std::set<std::vector<std::size_t>> out;
  for (auto cycle : cycles) {
    std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
    out.insert(cycle);
  }
  return out;
}

struct Collect {
  std::vector<std::vector<std::size_t>>* out;
  template <class Path, class Graph>
  void cycle(const Path& path, const Graph&) const {
    out->emplace_back(path.begin(), path.end());
  }
};

std::set<std::vector<std::size_t>> hawick(std::size_t count, const Edges& edges) {
  boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS> graph(count);
  for (const auto& [from, to] : edges) boost::add_edge(from, to, graph);
  std::vector<std::vector<std::size_t>> cycles;
  boost::hawick_unique_circuits(graph, Collect{&cycles});
  return canonical(cycles);
}

// Random graphs with parallel edges and several strong components: with no limit, exactly the
// cycles Hawick and James's algorithm finds; with a small one, a subset that still has a cycle
// through each cyclic component, beginning at its lowest node.
TEST(Cycles, SameAsHawickOnRandomGraphs_AndEachComponentKeptUnderALimit) {
  std::mt19937_64 random(14);
  for (int round = 0; round < 300; ++round) {
    const std::size_t count = 2 + random() % 11;
    Edges edges;
    const std::size_t edge_count = random() % (3 * count);
    for (std::size_t e = 0; e < edge_count; ++e) {
      const std::size_t from = random() % count, to = random() % count;
      if (from != to) edges.emplace_back(from, to);
    }
    const auto expected = hawick(count, edges);
    const auto all = detail::elementary_cycles(count, edges, SIZE_MAX);
    EXPECT_TRUE(all.complete);
    ASSERT_EQ(all.cycles.size(), expected.size()) << "round " << round;
    EXPECT_EQ(canonical(all.cycles), expected) << "round " << round;
    for (const auto& cycle : all.cycles) EXPECT_EQ(cycle.front(), *std::min_element(cycle.begin(), cycle.end()));

    const std::size_t limit = 3;
    const auto some = detail::elementary_cycles(count, edges, limit);
    const auto kept = canonical(some.cycles);
    EXPECT_TRUE(std::includes(expected.begin(), expected.end(), kept.begin(), kept.end()));
    EXPECT_EQ(some.complete, expected.size() == kept.size()) << "round " << round;
    // Every cyclic strong component (Boost) has a kept cycle through its lowest node.
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS> graph(count);
    for (const auto& [from, to] : edges) boost::add_edge(from, to, graph);
    std::vector<std::size_t> component(count);
    boost::strong_components(graph, boost::make_iterator_property_map(component.begin(),
                                                                       boost::get(boost::vertex_index, graph)));
    for (std::size_t n = 0; n < count; ++n) {
      const auto first = std::find(component.begin(), component.end(), component[n]) - component.begin();
      const bool cyclic = std::count(component.begin(), component.end(), component[n]) > 1;
      if (!cyclic || static_cast<std::size_t>(first) != n) continue;
      EXPECT_TRUE(std::any_of(kept.begin(), kept.end(), [&](const auto& cycle) { return cycle.front() == n; }))
          << "round " << round << ", component of " << n;
    }
    if (expected.size() > limit) {
      EXPECT_GE(some.cycles.size(), limit);
    }
  }
}

}  // namespace
}  // namespace tiltak
