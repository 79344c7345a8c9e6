#include "graph/adjacency.hpp"

#include <functional>
#include <queue>

namespace tiltak::detail {

// Kahn's algorithm: `first` (the shared components: they depend on nothing), then, of the nodes
// whose prerequisites have all come, the first in node (portfolio) order. Portfolios mostly
// list prerequisites before their dependents, so this order stays close to node order and the
// schedule's passes over it walk memory almost in sequence (docs/benchmarks.md: with this order
// the passes over 100 000 generated initiatives took 19 ms instead of 31 ms over
// boost::topological_sort's depth-first order, a sorted build of the finishes included).
//
// A cursor walks the nodes in order and takes each one that is ready; only a node that
// becomes ready behind the cursor waits in a heap. When prerequisites come first, the heap
// stays empty and this is a linear scan.
std::vector<std::size_t> topological_order(const Adjacency& adjacency, std::span<const std::size_t> first) {
  const std::size_t count = adjacency.node_count();
  constexpr std::size_t emitted = SIZE_MAX;
  std::vector<std::size_t> waiting(count);
  for (std::size_t n = 0; n < count; ++n) waiting[n] = adjacency.in(n).size();
  std::priority_queue<std::size_t, std::vector<std::size_t>, std::greater<>> behind;  // ready, < cursor
  std::vector<std::size_t> order;
  order.reserve(count);
  std::size_t cursor = 0;
  auto emit = [&](std::size_t n) {
    waiting[n] = emitted;
    order.push_back(n);
    for (const std::size_t to : adjacency.successors(n))
      if (--waiting[to] == 0 && to < cursor) behind.push(to);
  };
  for (std::size_t n : first) emit(n);
  for (;;) {
    if (!behind.empty()) {
      const std::size_t n = behind.top();
      behind.pop();
      emit(n);
      continue;
    }
    while (cursor < count && waiting[cursor] != 0) ++cursor;
    if (cursor == count) break;
    emit(cursor++);
  }
  return order;
}

}  // namespace tiltak::detail
