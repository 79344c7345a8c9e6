#pragma once
// The elementary cycles of a graph, for reporting: at least one through every strong component
// (the shortest through its first node), then more, found by Johnson's algorithm, up to a limit.
// Every search keeps its own stack, so a ring of any length is safe to report.

#include <cstddef>
#include <span>
#include <utility>
#include <vector>

namespace tiltak::detail {

struct FoundCycles {
  // Each cycle's nodes, beginning with its first (lowest) node, without repeating it; grouped by
  // strong component in the order of their first nodes, the shortest of each group first.
  std::vector<std::vector<std::size_t>> cycles;
  bool complete = true;  // false when the limit left some cycles out
};

// The graph on nodes [0, node_count) with `edges` (from, to); parallel edges count once. Every
// cyclic strong component gets one cycle whatever the limit; more are listed while there are
// fewer than `limit` in all. Time O((n + m) · (limit + 1)).
FoundCycles elementary_cycles(std::size_t node_count, std::vector<std::pair<std::size_t, std::size_t>> edges,
                              std::size_t limit);

}  // namespace tiltak::detail
