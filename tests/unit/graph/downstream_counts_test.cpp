// How many initiatives depend on each one, transitively, for all at once (the prioritisation's
// "dependants" criterion, issue 14): the same numbers as one breadth-first search per node
// (DependencyGraph::downstream), on random graphs acyclic and cyclic, forests and chains.

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "graph/downstream_counts.hpp"
#include "support/portfolio_builder.hpp"
#include "tiltak/graph/dependency_graph.hpp"

namespace tiltak {
namespace {

using testing::PortfolioBuilder;

std::string chain_id(std::size_t k) { return "T-" + std::to_string(k); }

void expect_same_as_searches(const Portfolio& portfolio, const std::string& what) {
  const DependencyGraph graph(portfolio);
  const auto counts = detail::downstream_counts(graph);
  ASSERT_EQ(counts.size(), graph.nodes().size());
  for (std::size_t n = 0; n < counts.size(); ++n)
    ASSERT_EQ(counts[n], graph.downstream(n).size()) << what << ", node " << graph.nodes()[n].id;
}

// `count` initiatives and two components; each initiative depends on about `degree` others:
// lower-numbered ones only (acyclic), or any (`cyclic`); `parents` at most, when not zero
// (at most one: a forest). Parallel dependencies (another type) now and then.
Portfolio random_portfolio(std::mt19937_64& random, std::size_t count, double degree, bool cyclic,
                           std::size_t parents = 0) {
  PortfolioBuilder builder;
  builder.component("c-1", "2026-01-01").component("c-2", nullptr);
  for (std::size_t k = 0; k < count; ++k) builder.initiative(chain_id(k), "2026-01-01", "2026-02-01");
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (std::size_t k = 1; k < count; ++k) {
    std::size_t added = 0;
    for (int tries = 0; tries < static_cast<int>(4 * degree); ++tries) {
      if (unit(random) > 0.25 || (parents && added == parents)) continue;
      const std::size_t on = cyclic ? random() % count : random() % k;
      if (on == k) continue;
      builder.depends(chain_id(k), chain_id(on));
      if (unit(random) < 0.05) builder.depends(chain_id(k), chain_id(on), DependencyType::start_to_start, 3);
      ++added;
    }
    if (!parents && unit(random) < 0.1) builder.needs_component(chain_id(k), unit(random) < 0.5 ? "c-1" : "c-2");
  }
  return builder.build();
}

TEST(DownstreamCounts, SameAsOneSearchPerNode_OnRandomDags) {
  std::mt19937_64 random(1);
  for (std::size_t count : {1u, 2u, 63u, 255u, 256u, 257u, 700u})  // across the 256-target blocks
    for (double degree : {0.5, 1.5, 4.0})
      expect_same_as_searches(random_portfolio(random, count, degree, false),
                              std::to_string(count) + " nodes, degree " + std::to_string(degree));
}

TEST(DownstreamCounts, SameAsOneSearchPerNode_WithCycles) {
  std::mt19937_64 random(2);
  for (std::size_t count : {3u, 40u, 300u, 600u})
    for (double degree : {0.3, 1.0, 2.5})
      expect_same_as_searches(random_portfolio(random, count, degree, true),
                              std::to_string(count) + " nodes with cycles, degree " + std::to_string(degree));
}

TEST(DownstreamCounts, SameAsOneSearchPerNode_OnForests) {
  std::mt19937_64 random(3);
  for (std::size_t count : {10u, 500u}) {
    expect_same_as_searches(random_portfolio(random, count, 1.0, false, 1), "a forest of " + std::to_string(count));
    // Each initiative a prerequisite of at most one other: many roots meeting in one.
    PortfolioBuilder builder;
    for (std::size_t k = 0; k < count; ++k) builder.initiative(chain_id(k), "2026-01-01", "2026-02-01");
    for (std::size_t k = 1; k < count; ++k)
      if (random() % 3 != 0) builder.depends(chain_id(k / 2), chain_id(k));  // k's one dependant: k / 2
    expect_same_as_searches(builder.build(), "an in-forest of " + std::to_string(count));
  }
}

// The chain that took prioritise 58 s: every initiative has all later ones downstream.
TEST(DownstreamCounts, ChainOfHundredThousand_CountsEveryLaterOne) {
  constexpr std::size_t count = 100000;
  PortfolioBuilder builder;
  for (std::size_t k = 0; k < count; ++k) builder.initiative(chain_id(k), "2026-01-01", "2026-02-01");
  Portfolio portfolio = builder.build();  // PortfolioBuilder::depends looks the dependent up: slow here
  for (std::size_t k = 1; k < count; ++k)
    portfolio.initiatives[k].dependencies.push_back({InitiativeId(chain_id(k - 1)), DependencyType::finish_to_start, 0});
  const DependencyGraph graph(portfolio);
  const auto counts = detail::downstream_counts(graph);
  for (std::size_t k = 0; k < count; ++k) ASSERT_EQ(counts[*graph.find(chain_id(k))], count - 1 - k);
}

}  // namespace
}  // namespace tiltak
