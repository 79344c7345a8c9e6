#pragma once
// Strong components (Boost.Graph's Tarjan, whose depth-first search keeps its own stack, so a
// ring of any length is safe), shared by the cycle search and the transitive counts.

#include <cstddef>
#include <span>
#include <utility>
#include <vector>

namespace tiltak::detail {

struct StrongComponents {
  std::vector<std::size_t> of;  // each node's component
  std::size_t count = 0;
};

// The strong components of the graph on nodes [0, node_count) with `edges` (from, to). Numbered
// in reverse topological order: every edge between two components runs from a higher number
// to a lower one (Tarjan's algorithm completes a component only after those it reaches; checked).
StrongComponents strong_components(std::size_t node_count, std::span<const std::pair<std::size_t, std::size_t>> edges);

}  // namespace tiltak::detail
