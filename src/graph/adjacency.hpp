#pragma once
// Compressed sparse row (CSR) adjacency: each node's in-edges and out-edges as one slice of a
// flat array of edge indices. Built in two counting passes over the edges, it replaces a pair of
// small vectors per node (two million allocations for a million initiatives). The dependency
// graph and the critical-path engine both keep their edges this way, and Boost.Graph's
// algorithms walk it through AdjacencyView below.
//
// Edge and node indices in the slices are 32-bit (EdgeIndex): half the memory of std::size_t,
// and memory is what a million-initiative graph costs most (each fresh page is a page fault).

#include <algorithm>
#include <boost/graph/graph_traits.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <span>
#include <utility>
#include <vector>

#include "core/run_both.hpp"

namespace tiltak::detail {

using EdgeIndex = std::uint32_t;  // an edge's or a node's index in an adjacency's slices

class Adjacency {
 public:
  Adjacency() = default;
  // `edges[e].from` and `edges[e].to` are node indices below `node_count`. The two directions
  // are independent counting sorts: for many edges, they are made at once.
  template <class Edge>
  Adjacency(std::size_t node_count, const std::vector<Edge>& edges) {
    if (node_count > max_count || edges.size() > max_count)
      throw std::length_error("a graph of more than " + std::to_string(max_count) + " nodes or edges");
    auto fill_in = [&] {
      fill(node_count, edges, in_start_, in_, predecessors_, [](const Edge& edge) { return edge.to; },
           [](const Edge& edge) { return edge.from; });
    };
    auto fill_out = [&] {
      fill(node_count, edges, out_start_, out_, successors_, [](const Edge& edge) { return edge.from; },
           [](const Edge& edge) { return edge.to; });
    };
    run_both(edges.size(), fill_in, fill_out);
  }

  static constexpr std::size_t max_count = std::numeric_limits<EdgeIndex>::max();
  std::size_t node_count() const noexcept { return in_start_.empty() ? 0 : in_start_.size() - 1; }
  // Edge indices, ascending.
  std::span<const EdgeIndex> in(std::size_t node) const {
    return {in_.data() + in_start_[node], in_start_[node + 1] - in_start_[node]};
  }
  std::span<const EdgeIndex> out(std::size_t node) const {
    return {out_.data() + out_start_[node], out_start_[node + 1] - out_start_[node]};
  }
  // The other ends of out(node) and in(node), in the same order: read in sequence where
  // looking each edge up would be a cache miss.
  std::span<const EdgeIndex> successors(std::size_t node) const {
    return {successors_.data() + out_start_[node], out_start_[node + 1] - out_start_[node]};
  }
  std::span<const EdgeIndex> predecessors(std::size_t node) const {
    return {predecessors_.data() + in_start_[node], in_start_[node + 1] - in_start_[node]};
  }
  // The node whose successors (or predecessors) `slot` points into.
  std::size_t node_of_successor(const EdgeIndex* slot) const { return owner(out_start_, slot - successors_.data()); }
  std::size_t node_of_predecessor(const EdgeIndex* slot) const {
    return owner(in_start_, slot - predecessors_.data());
  }

 private:
  // A counting sort of the edge indices by `key`: count each node's edges, turn the counts into
  // slice ends, then place the edges from the last one down, so each slice ends up ascending.
  // `ends` gets each placed edge's other end.
  template <class Edge, class Key, class OtherEnd>
  static void fill(std::size_t node_count, const std::vector<Edge>& edges, std::vector<EdgeIndex>& start,
                   std::vector<EdgeIndex>& ids, std::vector<EdgeIndex>& ends, Key key, OtherEnd other_end) {
    start.assign(node_count + 1, 0);
    for (const Edge& edge : edges) ++start[key(edge)];
    EdgeIndex end = 0;
    for (std::size_t n = 0; n < node_count; ++n) start[n] = end += start[n];
    start[node_count] = static_cast<EdgeIndex>(edges.size());
    ids.resize(edges.size());
    ends.resize(edges.size());
    for (std::size_t e = edges.size(); e-- > 0;) {
      const std::size_t at = --start[key(edges[e])];
      ids[at] = static_cast<EdgeIndex>(e);
      ends[at] = static_cast<EdgeIndex>(other_end(edges[e]));
    }
  }

  // The node whose slice holds position `at`: the last start not after it (empty slices share
  // their start with the next node's, hence upper_bound).
  static std::size_t owner(const std::vector<EdgeIndex>& start, std::ptrdiff_t at) {
    return static_cast<std::size_t>(
        std::upper_bound(start.begin(), start.end() - 1, static_cast<EdgeIndex>(at)) - start.begin() - 1);
  }

  std::vector<EdgeIndex> in_start_, in_, predecessors_, out_start_, out_, successors_;
};

// Every node after all its prerequisites, `first` (nodes without prerequisites) leading, the
// rest as close to node order as the edges allow. Shorter than the node count when there are
// cycles: the nodes on a cycle, or behind one, are left out.
std::vector<std::size_t> topological_order(const Adjacency& adjacency, std::span<const std::size_t> first);

// One direction of an adjacency as a Boost.Graph IncidenceGraph: the successors (`Forward`),
// or the predecessors, so that Boost's searches walk downstream or upstream. Vertices are node
// indices; an edge is its position in the successor (predecessor) array, whose value is its
// target, so a search reads the neighbours in sequence.
template <bool Forward>
struct AdjacencyView {
  const Adjacency* adjacency;
};

template <bool Forward>
std::pair<boost::counting_iterator<const EdgeIndex*>, boost::counting_iterator<const EdgeIndex*>> out_edges(
    std::size_t node, const AdjacencyView<Forward>& g) {
  const auto slice = Forward ? g.adjacency->successors(node) : g.adjacency->predecessors(node);
  return {slice.data(), slice.data() + slice.size()};
}
template <bool Forward>
std::size_t out_degree(std::size_t node, const AdjacencyView<Forward>& g) {
  return (Forward ? g.adjacency->successors(node) : g.adjacency->predecessors(node)).size();
}
template <bool Forward>
std::size_t source(const EdgeIndex* edge, const AdjacencyView<Forward>& g) {
  return Forward ? g.adjacency->node_of_successor(edge) : g.adjacency->node_of_predecessor(edge);
}
template <bool Forward>
std::size_t target(const EdgeIndex* edge, const AdjacencyView<Forward>&) {
  return *edge;
}

}  // namespace tiltak::detail

template <bool Forward>
struct boost::graph_traits<tiltak::detail::AdjacencyView<Forward>> {
  using vertex_descriptor = std::size_t;
  using edge_descriptor = const tiltak::detail::EdgeIndex*;
  using directed_category = boost::directed_tag;
  using edge_parallel_category = boost::allow_parallel_edge_tag;
  using traversal_category = boost::incidence_graph_tag;
  using out_edge_iterator = boost::counting_iterator<const tiltak::detail::EdgeIndex*>;
  using degree_size_type = std::size_t;
  using vertices_size_type = std::size_t;
  using edges_size_type = std::size_t;
  static vertex_descriptor null_vertex() { return SIZE_MAX; }
};
