#include "tiltak/graph/dependency_graph.hpp"
#include "tiltak/graph/system_replacements.hpp"

#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/pending/queue.hpp>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <variant>

#include "core/run_both.hpp"
#include "graph/adjacency.hpp"
#include "graph/cycles.hpp"
#include "tiltak/core/error.hpp"

namespace tiltak {
namespace {

std::string describe_node(const GraphNode& node) { return node.id + " (" + node.title + ")"; }

// "<id> (<title>) depends on <on><rest>", put together in one allocation: a million generated
// initiatives have a quarter of a million dependencies on rejected or cancelled ones.
std::string depends_on(const GraphNode& node, std::string_view on, std::initializer_list<std::string_view> rest) {
  constexpr std::string_view depends = " depends on ";
  std::size_t length = node.id.size() + node.title.size() + 3 + depends.size() + on.size();
  for (auto part : rest) length += part.size();
  std::string message;
  message.reserve(length);
  message.append(node.id).append(" (").append(node.title).append(")").append(depends).append(on);
  for (auto part : rest) message.append(part);
  return message;
}

// All nodes reached from `start` in `graph` (not `start` itself), sorted.
template <class Graph>
std::vector<std::size_t> reached_from(const Graph& graph, std::size_t start, std::size_t node_count) {
  std::vector<boost::default_color_type> colours(node_count, boost::white_color);
  std::vector<std::size_t> reached;
  struct Recorder : boost::default_bfs_visitor {
    std::vector<std::size_t>* out;
    void discover_vertex(std::size_t v, const Graph&) const { out->push_back(v); }
  } recorder;
  recorder.out = &reached;
  boost::queue<std::size_t> queue;
  boost::breadth_first_visit(graph, start, queue, recorder,
                             boost::make_iterator_property_map(colours.begin(), boost::typed_identity_property_map<std::size_t>()));
  reached.erase(std::remove(reached.begin(), reached.end(), start), reached.end());
  std::sort(reached.begin(), reached.end());
  return reached;
}

// Node ids → node indices: open addressing with linear probing over a power-of-two table of
// (hash tag, node) slots, the ids themselves read from the nodes. With a million initiatives and
// five million dependencies to resolve, this is markedly faster than std::unordered_map: no
// allocation per id, and one cache miss less per lookup (no separate list node). A slot is
// 8 bytes: the hash's high half as a tag (its low bits are the position), and the node.
class IdIndex {
 public:
  // Adds node `n` under nodes[n].id unless a node already has that id (the first one stays).
  // The hashes are taken a batch at a time, each one's slot fetched ahead (as in find_all).
  void build(const std::vector<GraphNode>& nodes, bool (*include)(const GraphNode&)) {
    if (nodes.size() >= empty) throw std::length_error("a graph of " + std::to_string(nodes.size()) + " nodes");
    nodes_ = &nodes;
    std::size_t count = 0;
    for (const auto& node : nodes) count += include(node) ? 1 : 0;
    std::size_t capacity = 16;
    while (capacity < 2 * count) capacity *= 2;
    slots_.assign(capacity, Slot{0, empty});
    const std::size_t mask = capacity - 1;
    constexpr std::size_t batch = 64;
    std::uint64_t hashes[batch];
    for (std::size_t first = 0; first < nodes.size(); first += batch) {
      const std::size_t last = std::min(first + batch, nodes.size());
      for (std::size_t n = first; n < last; ++n) {
        if (!include(nodes[n])) continue;
        hashes[n - first] = hash_of(nodes[n].id);
        __builtin_prefetch(&slots_[hashes[n - first] & mask]);
      }
      for (std::size_t n = first; n < last; ++n)
        if (include(nodes[n])) insert(n, hashes[n - first]);
    }
  }

  // Whether two of the nodes indexed have the same id.
  bool has_duplicates() const noexcept { return has_duplicates_; }

  std::optional<std::size_t> find(std::string_view id) const {
    if (slots_.empty()) return std::nullopt;
    const std::uint64_t hash = hash_of(id);
    for (std::size_t at = hash & (slots_.size() - 1);; at = (at + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[at];
      if (slot.node == empty) return std::nullopt;
      if (slot.tag == tag_of(hash) && (*nodes_)[slot.node].id == id) return slot.node;
    }
  }

  // find() of every id, `found[i]` for `ids[i]` (`none` where there is none), in three sweeps
  // that keep many lookups in flight instead of one: the hashes, with each slot fetched ahead;
  // the slots probed for an equal tag, with the node it names fetched ahead; the ids compared.
  // A single find() waits for two cache misses in turn (slot, then node), and for a million
  // nodes those misses were most of building the graph.
  void find_all(std::span<const std::string_view> ids, std::span<std::size_t> found) const {
    if (slots_.empty()) {
      std::fill(found.begin(), found.end(), none);
      return;
    }
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      found[i] = hash_of(ids[i]);
      __builtin_prefetch(&slots_[found[i] & mask]);
    }
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const std::uint64_t hash = found[i];
      std::size_t at = hash & mask;
      while (slots_[at].node != empty && slots_[at].tag != tag_of(hash)) at = (at + 1) & mask;
      found[i] = slots_[at].node == empty ? none : slots_[at].node;
      if (found[i] != none) __builtin_prefetch(&(*nodes_)[found[i]]);
    }
    for (std::size_t i = 0; i < ids.size(); ++i)
      if (found[i] != none && (*nodes_)[found[i]].id != ids[i]) found[i] = find(ids[i]).value_or(none);  // equal tags
  }

  static constexpr std::size_t none = SIZE_MAX;

 private:
  static constexpr std::uint32_t empty = UINT32_MAX;
  struct Slot {
    std::uint32_t tag;
    std::uint32_t node;
  };
  static std::uint64_t hash_of(std::string_view id) { return std::hash<std::string_view>{}(id); }
  void insert(std::size_t n, std::uint64_t hash) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
      if (slots_[at].node == empty) {
        slots_[at] = Slot{tag_of(hash), static_cast<std::uint32_t>(n)};
        return;
      }
      if (slots_[at].tag == tag_of(hash) && (*nodes_)[slots_[at].node].id == (*nodes_)[n].id) {
        has_duplicates_ = true;
        return;
      }
    }
  }
  static std::uint32_t tag_of(std::uint64_t hash) { return static_cast<std::uint32_t>(hash >> 32); }

  const std::vector<GraphNode>* nodes_ = nullptr;
  std::vector<Slot> slots_;
  bool has_duplicates_ = false;
};

// Moves items[from, from + count) down to items[to, to + count) (to ≤ from): the second half's
// results next to the first's.
template <class T>
void move_down(std::vector<T>& items, std::size_t from, std::size_t to, std::size_t count) {
  if (to == from) return;  // nothing between the halves (and std::move must not move onto itself)
  const auto begin = items.begin() + static_cast<std::ptrdiff_t>(from);
  std::move(begin, begin + static_cast<std::ptrdiff_t>(count), items.begin() + static_cast<std::ptrdiff_t>(to));
}

// Rejected and cancelled initiatives by id: the prerequisites that are reported, not linked.
class DroppedInitiatives {
 public:
  DroppedInitiatives() = default;
  DroppedInitiatives(const Portfolio& portfolio, std::span<const std::size_t> dropped) {
    for (std::size_t i : dropped) by_id_.emplace(portfolio.initiatives[i].id.str(), &portfolio.initiatives[i]);
  }
  const Initiative* find(std::string_view id) const {
    const auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : it->second;
  }

 private:
  std::unordered_map<std::string_view, const Initiative*> by_id_;
};

}  // namespace

struct DependencyGraph::Impl {
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
  detail::Adjacency adjacency;
  // Both read the ids from `nodes`, final before the indices are built; Impl is never copied or
  // moved once built (DependencyGraph shares it). Initiatives come first in `nodes`: where a
  // component has an initiative's id, index.find() gives the initiative.
  IdIndex index;
  IdIndex component_index;
  std::size_t initiative_count = 0;  // nodes[0, initiative_count) are the initiatives
  DroppedInitiatives dropped;  // while building only: it views the portfolio's ids
  std::vector<GraphIssue> issues;
  std::vector<std::size_t> order;  // topological; empty when there are cycles
  bool has_cycles = false;
  bool cycles_truncated = false;  // the limit left some cycles out

  explicit Impl(const Portfolio& portfolio);
  void add_nodes(const Portfolio& portfolio);
  void add_edges(const Portfolio& portfolio);
  void add_derived_edges(const Portfolio& portfolio);
  // The edges and issues of a range of initiative nodes' dependencies, in node order.
  struct Resolved {
    explicit Resolved(std::span<GraphEdge> edge_room) : room(edge_room) {}
    std::span<GraphEdge> room;  // for the edges: one per dependency at most
    std::size_t edge_count = 0;
    std::vector<GraphIssue> issues;
  };
  void resolve_range(const Portfolio& portfolio, std::size_t first, std::size_t last, Resolved& out) const;
  void resolve(const Portfolio& portfolio, std::size_t to, const Dependency& dependency, std::size_t found,
               Resolved& out) const;
  const std::vector<Dependency>& dependencies_of(const Portfolio& portfolio, std::size_t node) const {
    return portfolio.initiatives[nodes[node].source_index].dependencies;
  }
  void sort_topologically();
  void find_cycles();
  std::size_t checked(std::size_t node) const;  // Error(not_found) unless a node
};

// The cycle check is the topological sort: it orders every node exactly when there is no cycle,
// so the strong components and the enumeration of cycles run only on a graph that has some.
DependencyGraph::Impl::Impl(const Portfolio& portfolio) {
  add_nodes(portfolio);
  add_edges(portfolio);
  dropped = DroppedInitiatives();
  adjacency = detail::Adjacency(nodes.size(), edges);
  sort_topologically();
  if (order.size() == nodes.size()) return;
  has_cycles = true;
  order.clear();
  find_cycles();
}

// The initiatives that are not dropped, in portfolio order. Each title is copied from a heap block
// of its own: fetched some initiatives ahead, so that the copies do not wait for the cache misses
// one by one. The work is split in two halves (at once for a large portfolio), the second half's
// nodes made from its first initiative's place on and then moved down to follow the first half's.
void DependencyGraph::Impl::add_nodes(const Portfolio& portfolio) {
  const auto& initiatives = portfolio.initiatives;
  struct Added {
    explicit Added(std::size_t at) : first(at) {}
    std::size_t first;  // in `nodes`, where these nodes start
    std::size_t count = 0;
    std::vector<std::size_t> dropped;  // initiatives
  };
  auto add = [&](std::size_t first, std::size_t last, Added& added) {
    constexpr std::size_t ahead = 8;
    for (std::size_t i = first; i < last; ++i) {
      if (i + ahead < last) __builtin_prefetch(initiatives[i + ahead].title.data());
      const auto& initiative = initiatives[i];
      if (is_dropped(initiative.stage)) {
        added.dropped.push_back(i);
        continue;
      }
      nodes[added.first + added.count++] = {GraphNodeKind::initiative, initiative.id.str(), initiative.title, i};
    }
  };
  nodes.reserve(initiatives.size() + portfolio.components.size());
  nodes.resize(initiatives.size());
  const std::size_t middle = initiatives.size() / 2;
  Added before(0), after(middle);
  detail::run_both(initiatives.size(), [&] { add(0, middle, before); },
                   [&] { add(middle, initiatives.size(), after); });
  move_down(nodes, middle, before.count, after.count);
  before.count += after.count;
  before.dropped.insert(before.dropped.end(), after.dropped.begin(), after.dropped.end());
  nodes.resize(before.count);
  if (!before.dropped.empty()) dropped = DroppedInitiatives(portfolio, before.dropped);
  initiative_count = nodes.size();
  for (std::size_t c = 0; c < portfolio.components.size(); ++c)
    nodes.push_back({GraphNodeKind::component, portfolio.components[c].id.str(), portfolio.components[c].name, c});
  index.build(nodes, [](const GraphNode&) { return true; });
  component_index.build(nodes, [](const GraphNode& node) { return node.kind == GraphNodeKind::component; });
}

// The dependencies are resolved in node order, in two halves by count (each on its own core in a
// large portfolio: the id lookups, cache misses, are most of the time of building a large graph),
// the second half's edges written from its first dependency's place on and then moved down to
// follow the first half's.
void DependencyGraph::Impl::add_edges(const Portfolio& portfolio) {
  std::size_t total = 0;
  for (std::size_t n = 0; n < initiative_count; ++n) total += dependencies_of(portfolio, n).size();
  edges.resize(total);
  std::size_t middle = 0, before = 0;  // the second half's first node, and its first dependency
  while (before < total / 2) before += dependencies_of(portfolio, middle++).size();
  Resolved first(edges), second(std::span<GraphEdge>(edges).subspan(before));
  detail::run_both(total, [&] { resolve_range(portfolio, 0, middle, first); },
                   [&] { resolve_range(portfolio, middle, initiative_count, second); });
  move_down(edges, before, first.edge_count, second.edge_count);
  first.edge_count += second.edge_count;
  std::move(second.issues.begin(), second.issues.end(), std::back_inserter(first.issues));
  edges.resize(first.edge_count);
  issues = std::move(first.issues);
  add_derived_edges(portfolio);
}

// A decommissioning waits for the system's replacement (graph/system_replacements.hpp): a
// finish-to-start edge without lag, after the written ones.
void DependencyGraph::Impl::add_derived_edges(const Portfolio& portfolio) {
  for (const auto& derived : derived_system_dependencies(portfolio)) {
    const auto from = index.find(derived.prerequisite.str()), to = index.find(derived.dependent.str());
    if (!from || !to || *from >= initiative_count || *to >= initiative_count) continue;
    edges.push_back({static_cast<std::uint32_t>(*from), static_cast<std::uint32_t>(*to),
                     DependencyType::finish_to_start, 0});
  }
}

// The dependencies' ids are looked up a chunk at a time (IdIndex::find_all), then resolved in
// node order.
void DependencyGraph::Impl::resolve_range(const Portfolio& portfolio, std::size_t first, std::size_t last,
                                          Resolved& out) const {
  constexpr std::size_t chunk_size = 512;
  std::vector<std::pair<std::size_t, const Dependency*>> chunk;
  std::vector<std::string_view> ids;
  std::vector<std::size_t> found(chunk_size);
  chunk.reserve(chunk_size);
  ids.reserve(chunk_size);
  auto flush = [&] {
    index.find_all(ids, std::span(found).first(ids.size()));
    for (std::size_t i = 0; i < chunk.size(); ++i) resolve(portfolio, chunk[i].first, *chunk[i].second, found[i], out);
    chunk.clear();
    ids.clear();
  };
  // Each initiative's dependencies are a heap block of their own, reached through the
  // initiative: the initiative 16 ahead is fetched, and the whole block of the one 8 ahead.
  constexpr std::size_t ahead = 8;
  for (std::size_t to = first; to < last; ++to) {
    if (to + 2 * ahead < last) __builtin_prefetch(&dependencies_of(portfolio, to + 2 * ahead));
    if (to + ahead < last) {
      const std::span<const Dependency> next = dependencies_of(portfolio, to + ahead);
      const auto* end = reinterpret_cast<const char*>(next.data() + next.size());
      for (const auto* line = reinterpret_cast<const char*>(next.data()); line < end; line += 64)
        __builtin_prefetch(line);
    }
    for (const auto& dependency : dependencies_of(portfolio, to)) {
      chunk.emplace_back(to, &dependency);
      ids.push_back(std::visit([](const auto& id) -> std::string_view { return id.str(); }, dependency.on));
      if (chunk.size() == chunk_size) flush();
    }
  }
  flush();
}

// A dependency names an initiative or a component: each is looked up among its own kind, so
// that a component sharing an initiative's id is still found (`found` is index.find() of the id).
// Rejected and cancelled initiatives are not nodes; they are looked for only when an initiative
// id is not found.
void DependencyGraph::Impl::resolve(const Portfolio& portfolio, std::size_t to, const Dependency& dependency,
                                    std::size_t found, Resolved& out) const {
  const Initiative& initiative = portfolio.initiatives[nodes[to].source_index];
  const bool on_component = std::holds_alternative<ComponentId>(dependency.on);
  const std::string& on = std::visit([](const auto& id) -> const std::string& { return id.str(); }, dependency.on);
  // Where ids are unique, an initiative's own id is found as itself: no string to compare.
  if (!on_component && (found == to || (index.has_duplicates() && on == initiative.id.str()))) {
    out.issues.push_back({GraphIssueKind::self_dependency, {on, on}, describe_node(nodes[to]) + " depends on itself"});
    return;
  }
  const auto from = on_component ? component_index.find(on).value_or(IdIndex::none) : found;
  if (from != IdIndex::none && (on_component || from < initiative_count)) {
    // Node indices fit 32 bits: IdIndex::build checks the node count.
    out.room[out.edge_count++] = {static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to), dependency.type,
                                  dependency.lag_days};
    return;
  }
  if (const Initiative* gone = on_component ? nullptr : dropped.find(on)) {
    out.issues.push_back({GraphIssueKind::dropped_prerequisite,
                          {initiative.id.str(), on},
                          depends_on(nodes[to], on, {" (", gone->title, "), which is ", stage_name(gone->stage)})});
    return;
  }
  out.issues.push_back({GraphIssueKind::unknown_prerequisite,
                        {initiative.id.str(), on},
                        depends_on(nodes[to], on, {", which does not exist"})});
}

void DependencyGraph::Impl::sort_topologically() {
  std::vector<std::size_t> components;
  for (std::size_t n = 0; n < nodes.size(); ++n)
    if (nodes[n].kind == GraphNodeKind::component) components.push_back(n);
  order = detail::topological_order(adjacency, components);
}

// Only the nodes the topological sort left out can be on a cycle: their cycles (graph/cycles.hpp),
// at least one for every strong component, then more up to the limit.
void DependencyGraph::Impl::find_cycles() {
  std::vector<char> ordered(nodes.size(), 0);
  for (std::size_t n : order) ordered[n] = 1;
  std::vector<std::size_t> left, position(nodes.size(), SIZE_MAX);  // left-out vertex → node, and back
  for (std::size_t n = 0; n < nodes.size(); ++n)
    if (!ordered[n]) position[n] = left.size(), left.push_back(n);
  std::vector<std::pair<std::size_t, std::size_t>> remainder;
  for (const auto& edge : edges)
    if (position[edge.from] != SIZE_MAX && position[edge.to] != SIZE_MAX)
      remainder.emplace_back(position[edge.from], position[edge.to]);
  const detail::FoundCycles found = detail::elementary_cycles(left.size(), std::move(remainder), cycle_report_limit);
  cycles_truncated = !found.complete;
  for (const auto& cycle : found.cycles) {
    GraphIssue issue{GraphIssueKind::cycle, {}, "dependency cycle: "};
    for (std::size_t i = 0; i <= cycle.size(); ++i) {
      const GraphNode& node = nodes[left[cycle[i % cycle.size()]]];
      issue.path.push_back(node.id);
      issue.message += (i == 0 ? "" : " → ") + describe_node(node);
    }
    issues.push_back(std::move(issue));
  }
}

DependencyGraph::DependencyGraph(const Portfolio& portfolio) : impl_(std::make_shared<const Impl>(portfolio)) {}

const std::vector<GraphNode>& DependencyGraph::nodes() const noexcept { return impl_->nodes; }
const std::vector<GraphEdge>& DependencyGraph::edges() const noexcept { return impl_->edges; }
const std::vector<GraphIssue>& DependencyGraph::issues() const noexcept { return impl_->issues; }
bool DependencyGraph::has_cycles() const noexcept { return impl_->has_cycles; }
bool DependencyGraph::cycles_truncated() const noexcept { return impl_->cycles_truncated; }

std::string DependencyGraph::cycles_truncated_message() {
  return "there are more dependency cycles than those listed: every group of initiatives that depend on each other "
         "in a ring has one listed, and more are listed up to " +
         std::to_string(cycle_report_limit) + " in all";
}

std::size_t DependencyGraph::Impl::checked(std::size_t node) const {
  if (node >= nodes.size()) throw Error(ErrorCode::not_found, "no graph node " + std::to_string(node));
  return node;
}

std::span<const std::uint32_t> DependencyGraph::in_edges(std::size_t node) const {
  return impl_->adjacency.in(impl_->checked(node));
}
std::span<const std::uint32_t> DependencyGraph::out_edges(std::size_t node) const {
  return impl_->adjacency.out(impl_->checked(node));
}

std::optional<std::size_t> DependencyGraph::find(std::string_view id) const {
  return impl_->index.find(id);
}

std::vector<std::size_t> DependencyGraph::topological_order() const {
  if (impl_->has_cycles) {
    std::vector<Problem> problems;
    for (const auto& issue : impl_->issues)
      if (issue.kind == GraphIssueKind::cycle) problems.push_back({"", "", 0, 0, "", issue.message});
    if (impl_->cycles_truncated) problems.push_back({"", "", 0, 0, "", cycles_truncated_message()});
    throw Error(ErrorCode::validation_error, std::move(problems));
  }
  return impl_->order;
}

std::vector<std::size_t> DependencyGraph::upstream(std::size_t node) const {
  const detail::AdjacencyView<false> backward{&impl_->adjacency};
  return reached_from(backward, impl_->checked(node), impl_->nodes.size());
}

std::vector<std::size_t> DependencyGraph::downstream(std::size_t node) const {
  const detail::AdjacencyView<true> forward{&impl_->adjacency};
  return reached_from(forward, impl_->checked(node), impl_->nodes.size());
}

template <>
std::span<const EnumName<GraphIssueKind>> enum_names() noexcept {
  static constexpr EnumName<GraphIssueKind> names[] = {{GraphIssueKind::cycle, "cycle"},
                                                       {GraphIssueKind::self_dependency, "self_dependency"},
                                                       {GraphIssueKind::unknown_prerequisite, "unknown_prerequisite"},
                                                       {GraphIssueKind::dropped_prerequisite, "dropped_prerequisite"}};
  return names;
}

template <>
std::span<const EnumName<GraphNodeKind>> enum_names() noexcept {
  static constexpr EnumName<GraphNodeKind> names[] = {{GraphNodeKind::initiative, "initiative"},
                                                      {GraphNodeKind::component, "component"}};
  return names;
}

std::string_view graph_issue_kind_name(GraphIssueKind kind) noexcept { return enum_name(kind); }

}  // namespace tiltak
