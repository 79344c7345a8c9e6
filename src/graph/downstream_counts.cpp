#include "graph/downstream_counts.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <utility>

#include "graph/adjacency.hpp"
#include "graph/strong_components.hpp"

namespace tiltak::detail {
namespace {

struct Edge {
  std::uint32_t from, to;
};

// The graph of strong components, each numbered by its place in a topological order (every
// edge runs to a higher number), with its size.
struct Condensed {
  std::vector<std::size_t> of;    // node → component
  std::vector<std::size_t> size;  // component → nodes in it
  Adjacency adjacency;
  std::vector<Edge> edges;  // distinct, between different components
};

Condensed condense(const DependencyGraph& graph) {
  const std::size_t count = graph.nodes().size();
  std::vector<std::pair<std::size_t, std::size_t>> edges;
  edges.reserve(graph.edges().size());
  for (const auto& edge : graph.edges()) edges.emplace_back(edge.from, edge.to);
  StrongComponents strong = strong_components(count, edges);
  Condensed out;
  out.of = std::move(strong.of);
  for (auto& component : out.of) component = strong.count - 1 - component;  // reverse topological → topological
  out.size.assign(strong.count, 0);
  for (const std::size_t component : out.of) ++out.size[component];
  for (const auto& [from, to] : edges)
    if (out.of[from] != out.of[to])
      out.edges.push_back({static_cast<std::uint32_t>(out.of[from]), static_cast<std::uint32_t>(out.of[to])});
  auto key = [](const Edge& e) { return std::pair(e.from, e.to); };
  std::sort(out.edges.begin(), out.edges.end(), [&](const Edge& a, const Edge& b) { return key(a) < key(b); });
  out.edges.erase(std::unique(out.edges.begin(), out.edges.end(),
                              [&](const Edge& a, const Edge& b) { return key(a) == key(b); }),
                  out.edges.end());
  out.adjacency = Adjacency(strong.count, out.edges);
  return out;
}

// Where no two paths from a component meet again (each has at most one prerequisite, or at most
// one dependant), the nodes it reaches are its own and its successors', counted once each.
bool is_forest(const Condensed& graph) {
  const std::size_t count = graph.size.size();
  bool one_in = true, one_out = true;
  for (std::size_t c = 0; c < count && (one_in || one_out); ++c) {
    one_in = one_in && graph.adjacency.predecessors(c).size() <= 1;
    one_out = one_out && graph.adjacency.successors(c).size() <= 1;
  }
  return one_in || one_out;
}

std::vector<std::size_t> reached_in_forest(const Condensed& graph) {
  std::vector<std::size_t> reached(graph.size);
  for (std::size_t c = reached.size(); c-- > 0;)
    for (const EdgeIndex next : graph.adjacency.successors(c)) reached[c] += reached[next];
  return reached;
}

// Every node gets a slot, component by component in topological order. For a block of slots,
// each component's bits say which of them it reaches (its own slots, and its successors'
// bits); walked backwards from the block's last component, since no component after it can
// reach the block. Its bits counted are its share of the block.
std::vector<std::size_t> reached_by_blocks(const Condensed& graph) {
  constexpr std::size_t words = 4, block = 64 * words;
  using Bits = std::array<std::uint64_t, words>;
  const std::size_t count = graph.size.size();
  std::vector<std::size_t> first_slot(count + 1, 0);
  for (std::size_t c = 0; c < count; ++c) first_slot[c + 1] = first_slot[c] + graph.size[c];
  const std::size_t slots = first_slot[count];
  std::vector<std::size_t> reached(count, 0);
  std::vector<Bits> bits(count);
  std::size_t last = 0;  // the component holding the block's last slot
  for (std::size_t low = 0; low < slots; low += block) {
    const std::size_t high = std::min(low + block, slots);
    while (first_slot[last + 1] < high) ++last;
    for (std::size_t c = last + 1; c-- > 0;) {
      Bits own{};
      for (std::size_t slot = std::max(first_slot[c], low); slot < std::min(first_slot[c + 1], high); ++slot)
        own[(slot - low) / 64] |= std::uint64_t{1} << ((slot - low) % 64);
      for (const EdgeIndex next : graph.adjacency.successors(c))
        if (next <= last)
          for (std::size_t w = 0; w < words; ++w) own[w] |= bits[next][w];
      bits[c] = own;
      for (std::size_t w = 0; w < words; ++w) reached[c] += static_cast<std::size_t>(std::popcount(own[w]));
    }
  }
  return reached;
}

}  // namespace

std::vector<std::size_t> downstream_counts(const DependencyGraph& graph) {
  const Condensed condensed = condense(graph);
  const std::vector<std::size_t> reached =
      is_forest(condensed) ? reached_in_forest(condensed) : reached_by_blocks(condensed);
  // A component reaches itself: its own nodes other than the node itself are downstream of it.
  std::vector<std::size_t> counts(condensed.of.size());
  for (std::size_t n = 0; n < counts.size(); ++n) counts[n] = reached[condensed.of[n]] - 1;
  return counts;
}

}  // namespace tiltak::detail
