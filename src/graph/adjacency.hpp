#pragma once
// Compressed sparse row (CSR) adjacency: each node's in-edges and out-edges as one slice of a
// flat array of edge indices. Built in two counting passes over the edges, it replaces a pair of
// small vectors per node (two million allocations for a million initiatives). The dependency
// graph and the critical-path engine both keep their edges this way, and Boost.Graph's
// algorithms walk it through AdjacencyView below.

#include <boost/graph/graph_traits.hpp>
#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace tiltak::detail {

class Adjacency {
 public:
  Adjacency() = default;
  // `edges[e].from` and `edges[e].to` are node indices below `node_count`.
  template <class Edge>
  Adjacency(std::size_t node_count, const std::vector<Edge>& edges) {
    fill(node_count, edges, in_start_, in_, nullptr, [](const Edge& edge) { return edge.to; });
    fill(node_count, edges, out_start_, out_, &successors_, [](const Edge& edge) { return edge.from; });
  }

  std::size_t node_count() const noexcept { return in_start_.empty() ? 0 : in_start_.size() - 1; }
  // Edge indices, ascending.
  std::span<const std::size_t> in(std::size_t node) const {
    return {in_.data() + in_start_[node], in_start_[node + 1] - in_start_[node]};
  }
  std::span<const std::size_t> out(std::size_t node) const {
    return {out_.data() + out_start_[node], out_start_[node + 1] - out_start_[node]};
  }
  // The targets of out(node), in the same order: read in sequence where looking each edge up
  // would be a cache miss.
  std::span<const std::size_t> successors(std::size_t node) const {
    return {successors_.data() + out_start_[node], out_start_[node + 1] - out_start_[node]};
  }

 private:
  // A counting sort of the edge indices by `key`: count each node's edges, turn the counts into
  // slice ends, then place the edges from the last one down, so each slice ends up ascending.
  // `targets`, if given, gets each placed edge's target.
  template <class Edge, class Key>
  static void fill(std::size_t node_count, const std::vector<Edge>& edges, std::vector<std::size_t>& start,
                   std::vector<std::size_t>& ids, std::vector<std::size_t>* targets, Key key) {
    start.assign(node_count + 1, 0);
    for (const Edge& edge : edges) ++start[key(edge)];
    std::size_t end = 0;
    for (std::size_t n = 0; n < node_count; ++n) start[n] = end += start[n];
    start[node_count] = edges.size();
    ids.resize(edges.size());
    if (targets) targets->resize(edges.size());
    for (std::size_t e = edges.size(); e-- > 0;) {
      const std::size_t at = --start[key(edges[e])];
      ids[at] = e;
      if (targets) (*targets)[at] = edges[e].to;
    }
  }

  std::vector<std::size_t> in_start_, in_, out_start_, out_, successors_;
};

// Every node after all its prerequisites, `first` (nodes without prerequisites) leading, the
// rest as close to node order as the edges allow. Shorter than the node count when there are
// cycles: the nodes on a cycle, or behind one, are left out.
std::vector<std::size_t> topological_order(const Adjacency& adjacency, std::span<const std::size_t> first);

// One direction of an adjacency as a Boost.Graph IncidenceGraph: the out-edges (`Forward`), or
// the in-edges followed backwards, so that Boost's searches walk downstream or upstream.
// Vertices are node indices, edges edge indices.
template <class Edge, bool Forward>
struct AdjacencyView {
  const Adjacency* adjacency;
  const std::vector<Edge>* edges;
};

template <class Edge, bool Forward>
std::pair<const std::size_t*, const std::size_t*> out_edges(std::size_t node, const AdjacencyView<Edge, Forward>& g) {
  const auto slice = Forward ? g.adjacency->out(node) : g.adjacency->in(node);
  return {slice.data(), slice.data() + slice.size()};
}
template <class Edge, bool Forward>
std::size_t out_degree(std::size_t node, const AdjacencyView<Edge, Forward>& g) {
  return (Forward ? g.adjacency->out(node) : g.adjacency->in(node)).size();
}
template <class Edge, bool Forward>
std::size_t source(std::size_t edge, const AdjacencyView<Edge, Forward>& g) {
  return Forward ? (*g.edges)[edge].from : (*g.edges)[edge].to;
}
template <class Edge, bool Forward>
std::size_t target(std::size_t edge, const AdjacencyView<Edge, Forward>& g) {
  return Forward ? (*g.edges)[edge].to : (*g.edges)[edge].from;
}

}  // namespace tiltak::detail

template <class Edge, bool Forward>
struct boost::graph_traits<tiltak::detail::AdjacencyView<Edge, Forward>> {
  using vertex_descriptor = std::size_t;
  using edge_descriptor = std::size_t;
  using directed_category = boost::directed_tag;
  using edge_parallel_category = boost::allow_parallel_edge_tag;
  using traversal_category = boost::incidence_graph_tag;
  using out_edge_iterator = const std::size_t*;
  using degree_size_type = std::size_t;
  using vertices_size_type = std::size_t;
  using edges_size_type = std::size_t;
  static vertex_descriptor null_vertex() { return SIZE_MAX; }
};
