#pragma once
// The critical-path method over integer time units, with incremental updates: changing one
// node's dates or one edge recomputes only the nodes whose values it changes.
//
// Forward pass: ES(j) = fixed(j), or max(not_before(j), constraint of every in-edge).
// Backward pass, relative to the finish F (the latest EF of the counted nodes): each node keeps
// its tail t = F − LF, the least time that must pass between its finish and F, so a change of
// F moves no tail and the backward pass stays local.

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <span>
#include <vector>

#include "graph/adjacency.hpp"
#include "tiltak/graph/dependency_graph.hpp"

namespace tiltak::detail {

inline constexpr long unconstrained = std::numeric_limits<long>::min() / 4;

struct CpmNode {
  long duration = 0;
  long not_before = unconstrained;  // the planned start
  std::optional<long> fixed;        // an actual or contractual start, or a component's date
  bool counted = false;             // an initiative with dates: its finish counts for F
  bool operator==(const CpmNode&) const = default;
};

using CpmEdge = GraphEdge;

// Slices of a CSR adjacency that incremental changes may edit: a node's first edit copies its
// slice into a list of its own, which is read from then on.
class EditableSlices {
 public:
  explicit EditableSlices(std::size_t node_count = 0) : own_(node_count, 0) {}
  std::span<const EdgeIndex> get(std::size_t node, std::span<const EdgeIndex> built) const {
    const std::uint32_t at = own_[node];
    return at == 0 ? built : std::span<const EdgeIndex>(lists_[at - 1]);
  }
  std::vector<EdgeIndex>& edit(std::size_t node, std::span<const EdgeIndex> built) {
    if (own_[node] == 0) {
      lists_.emplace_back(built.begin(), built.end());
      own_[node] = static_cast<std::uint32_t>(lists_.size());
    }
    return lists_[own_[node] - 1];
  }

 private:
  std::vector<std::uint32_t> own_;  // 0: the built slice; else 1 + index into lists_
  std::vector<std::vector<EdgeIndex>> lists_;
};

class CpmEngine {
 public:
  // One node for each of the graph's nodes, and a topological order. The graph's edges and
  // adjacency are shared, not copied: edges added later are numbered on after the graph's, and a
  // node whose edges change gets its own list of them (EditableSlices).
  CpmEngine(std::vector<CpmNode> nodes, const DependencyGraph& graph, std::vector<std::size_t> order);

  // Incremental changes; each returns after recomputing what it affects. add_edge throws
  // Error(validation_error) when the edge would close a cycle (and changes nothing).
  void set_node(std::size_t node, const CpmNode& data);
  std::size_t add_edge(const CpmEdge& edge);
  void remove_edge(std::size_t edge);

  std::size_t node_count() const noexcept { return nodes_.size(); }
  const CpmNode& node(std::size_t n) const { return nodes_[n]; }
  const CpmEdge& edge(std::size_t e) const { return e < built_.size() ? built_[e] : added_[e - built_.size()]; }
  std::span<const EdgeIndex> in_edges(std::size_t n) const { return in_edited_.get(n, graph_.in_edges(n)); }
  std::span<const EdgeIndex> out_edges(std::size_t n) const { return out_edited_.get(n, graph_.out_edges(n)); }
  bool is_constrained(std::size_t n) const { return es_[n] != unconstrained; }

  long finish() const noexcept;  // F, or `unconstrained` when nothing is counted
  long earliest_start(std::size_t n) const { return es_[n]; }
  long earliest_finish(std::size_t n) const { return es_[n] + nodes_[n].duration; }
  long latest_finish(std::size_t n) const { return finish() - tail_[n]; }
  long latest_start(std::size_t n) const { return latest_finish(n) - nodes_[n].duration; }
  long total_float(std::size_t n) const { return latest_start(n) - es_[n]; }
  long free_float(std::size_t n) const;
  // The earliest start an edge allows its successor (ignores the successor's fixed start).
  long allowed_start(const CpmEdge& edge) const;
  // How much an edge's constraint is exceeded by its successor's start (0: it drives).
  long slack(const CpmEdge& edge) const;

  // Nodes recomputed by the last change (for tests and benchmarks of locality).
  std::size_t last_touched() const noexcept { return touched_; }

 private:
  long compute_start(std::size_t n) const;
  long compute_tail(std::size_t n) const;
  // Keeps the multiset of counted finishes in step with a change of start.
  void record_finish(std::size_t n, long old_start, long new_start);
  template <class Order, class Update, class Next>
  void propagate(const std::vector<std::size_t>& seeds, Update update, Next next);
  void propagate_forward(const std::vector<std::size_t>& seeds);
  void propagate_backward(const std::vector<std::size_t>& seeds);
  void restore_order_for(std::size_t from, std::size_t to);

  std::vector<CpmNode> nodes_;
  DependencyGraph graph_;  // the edges as built
  std::span<const CpmEdge> built_;  // graph_.edges()
  std::vector<CpmEdge> added_;  // edge built_.size() + i is added_[i]
  std::vector<std::size_t> free_edges_;  // removed added edges' numbers, reused by add_edge
  EditableSlices in_edited_, out_edited_;  // nodes whose edges changed since
  std::vector<std::size_t> position_;  // of each node in the topological order
  std::vector<std::size_t> at_;        // node at each position
  std::vector<long> es_, tail_;
  std::vector<char> queued_;  // scratch flags of the propagations, all false between calls
  std::map<long, std::size_t> finishes_;  // EF of counted nodes → how many
  std::size_t touched_ = 0;
};

}  // namespace tiltak::detail
