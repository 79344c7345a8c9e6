#include "graph/cycles.hpp"

#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>
#include <boost/pending/queue.hpp>
#include <cstdint>

#include "graph/adjacency.hpp"
#include "graph/strong_components.hpp"

namespace tiltak::detail {
namespace {

struct LocalEdge {
  std::uint32_t from, to;
};

// One strong component as a graph of its own: its nodes numbered 0.. in ascending order.
struct Component {
  std::vector<std::size_t> nodes;  // local → graph node
  std::vector<LocalEdge> edges;
  Adjacency adjacency;
};

// The shortest cycle through local node 0, by a breadth-first search from it (Boost.Graph): the
// path to the nearest predecessor of 0, closed by the edge back.
std::vector<std::size_t> shortest_cycle(const Component& component) {
  const std::size_t count = component.nodes.size();
  std::vector<std::size_t> parent(count, SIZE_MAX), distance(count, 0);
  std::vector<boost::default_color_type> colours(count, boost::white_color);
  const auto index = boost::typed_identity_property_map<std::size_t>();
  boost::queue<std::size_t> queue;
  const AdjacencyView<true> view{&component.adjacency};
  boost::breadth_first_visit(
      view, 0, queue,
      boost::make_bfs_visitor(std::make_pair(
          boost::record_predecessors(boost::make_iterator_property_map(parent.begin(), index), boost::on_tree_edge()),
          boost::record_distances(boost::make_iterator_property_map(distance.begin(), index), boost::on_tree_edge()))),
      boost::make_iterator_property_map(colours.begin(), index));
  const auto before = component.adjacency.predecessors(0);  // all reached: the component is strong
  std::size_t last = *std::min_element(before.begin(), before.end(), [&](EdgeIndex a, EdgeIndex b) {
    return distance[a] != distance[b] ? distance[a] < distance[b] : a < b;
  });
  std::vector<std::size_t> cycle;
  for (; last != 0; last = parent[last]) cycle.push_back(component.nodes[last]);
  cycle.push_back(component.nodes[0]);
  std::reverse(cycle.begin(), cycle.end());
  return cycle;
}

// Johnson's algorithm (1975) on one strong component, with explicit stacks: for each start s,
// lowest first, the strong component of the nodes from s on that holds s is searched for the
// cycles through s, nodes blocked while they cannot lead back to s. `emit` takes each cycle (local
// nodes) and returns false to stop; so does this function then.
template <class Emit>
bool johnson(const Component& component, Emit emit) {
  const std::size_t count = component.nodes.size();
  std::vector<char> blocked(count);
  std::vector<std::vector<std::uint32_t>> blocked_by(count);  // Johnson's B lists
  std::vector<std::size_t> sub(count);
  std::vector<std::pair<std::size_t, std::size_t>> rest;
  struct Frame {
    std::uint32_t node, next;
    bool closed;  // a cycle was found through this frame
  };
  std::vector<Frame> frames;
  std::vector<std::uint32_t> path, unblocking;
  for (std::size_t lowest = 0; lowest < count;) {
    rest.clear();
    for (const LocalEdge& edge : component.edges)
      if (edge.from >= lowest && edge.to >= lowest) rest.emplace_back(edge.from - lowest, edge.to - lowest);
    const StrongComponents parts = strong_components(count - lowest, rest);
    std::vector<std::size_t> size(parts.count, 0);
    for (std::size_t part : parts.of) ++size[part];
    std::size_t start = lowest;
    while (start < count && size[parts.of[start - lowest]] < 2) ++start;
    if (start == count) return true;
    std::fill(sub.begin(), sub.end(), SIZE_MAX);
    for (std::size_t v = lowest; v < count; ++v) sub[v] = parts.of[v - lowest];
    const std::size_t part = sub[start];
    auto inside = [&](std::uint32_t v) { return sub[v] == part; };
    std::fill(blocked.begin(), blocked.end(), 0);
    for (auto& list : blocked_by) list.clear();

    const auto s = static_cast<std::uint32_t>(start);
    frames.assign(1, {s, 0, false});
    path.assign(1, s);
    blocked[s] = 1;
    while (!frames.empty()) {
      Frame& top = frames.back();
      const auto successors = component.adjacency.successors(top.node);
      if (top.next < successors.size()) {
        const std::uint32_t next = successors[top.next++];
        if (!inside(next)) continue;
        if (next == s) {
          top.closed = true;
          if (!emit(path)) return false;
        } else if (!blocked[next]) {
          blocked[next] = 1;
          path.push_back(next);
          frames.push_back({next, 0, false});
        }
        continue;
      }
      const Frame done = top;
      if (done.closed) {  // unblock the node and, through the B lists, all it held back
        unblocking.assign(1, done.node);
        while (!unblocking.empty()) {
          const std::uint32_t v = unblocking.back();
          unblocking.pop_back();
          if (!blocked[v]) continue;
          blocked[v] = 0;
          unblocking.insert(unblocking.end(), blocked_by[v].begin(), blocked_by[v].end());
          blocked_by[v].clear();
        }
      } else {
        for (const std::uint32_t next : successors)
          if (inside(next) && std::find(blocked_by[next].begin(), blocked_by[next].end(), done.node) ==
                                  blocked_by[next].end())
            blocked_by[next].push_back(done.node);
      }
      frames.pop_back();
      path.pop_back();
      if (done.closed && !frames.empty()) frames.back().closed = true;
    }
    lowest = start + 1;
  }
  return true;
}

}  // namespace

FoundCycles elementary_cycles(std::size_t node_count, std::vector<std::pair<std::size_t, std::size_t>> edges,
                              std::size_t limit) {
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  const StrongComponents strong = strong_components(node_count, edges);

  // The cyclic components (two nodes or more: a node's edge to itself is no edge here), in the
  // order of their first nodes, each with its own numbering.
  std::vector<std::size_t> size(strong.count, 0), order(strong.count, SIZE_MAX), local(node_count);
  for (std::size_t part : strong.of) ++size[part];
  std::vector<Component> components;
  for (std::size_t n = 0; n < node_count; ++n) {
    const std::size_t part = strong.of[n];
    if (size[part] < 2) continue;
    if (order[part] == SIZE_MAX) order[part] = components.size(), components.emplace_back();
    local[n] = components[order[part]].nodes.size();
    components[order[part]].nodes.push_back(n);
  }
  for (const auto& [from, to] : edges)
    if (size[strong.of[from]] >= 2 && strong.of[from] == strong.of[to])
      components[order[strong.of[from]]].edges.push_back(
          {static_cast<std::uint32_t>(local[from]), static_cast<std::uint32_t>(local[to])});

  std::vector<std::vector<std::vector<std::size_t>>> found(components.size());
  std::size_t total = 0;
  for (std::size_t c = 0; c < components.size(); ++c) {
    components[c].adjacency = Adjacency(components[c].nodes.size(), components[c].edges);
    found[c].push_back(shortest_cycle(components[c]));
    ++total;
  }
  FoundCycles out;
  // A strong component with as many edges as nodes is one ring: its cycle is already found.
  for (std::size_t c = 0; c < components.size(); ++c) {
    const Component& component = components[c];
    if (component.edges.size() == component.nodes.size()) continue;
    if (total >= limit) {
      out.complete = false;
      break;
    }
    const bool finished = johnson(component, [&](const std::vector<std::uint32_t>& path) {
      std::vector<std::size_t> cycle;
      for (const std::uint32_t v : path) cycle.push_back(component.nodes[v]);
      if (cycle == found[c].front()) return true;
      if (total >= limit) return false;
      found[c].push_back(std::move(cycle));
      ++total;
      return true;
    });
    if (!finished) {
      out.complete = false;
      break;
    }
  }
  for (auto& group : found)
    for (auto& cycle : group) out.cycles.push_back(std::move(cycle));
  return out;
}

}  // namespace tiltak::detail
