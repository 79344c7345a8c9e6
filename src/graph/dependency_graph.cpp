#include "tiltak/graph/dependency_graph.hpp"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/hawick_circuits.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/pending/queue.hpp>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <span>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <variant>

#include "graph/adjacency.hpp"
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

// Collects elementary cycles until the limit, then stops the search.
struct CycleCollector {
  struct Enough {};
  std::vector<std::vector<std::size_t>>* cycles;
  const std::vector<std::size_t>* original;  // subgraph vertex → graph node
  std::size_t limit;

  template <class Path, class Graph>
  void cycle(const Path& path, const Graph&) const {
    std::vector<std::size_t> nodes;
    for (auto vertex : path) nodes.push_back((*original)[vertex]);
    cycles->push_back(std::move(nodes));
    if (cycles->size() >= limit) throw Enough{};
  }
};

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
// (hash, node) slots, the ids themselves read from the nodes. With a million initiatives and
// five million dependencies to resolve, this is markedly faster than std::unordered_map: no
// allocation per id, and one cache miss less per lookup (no separate list node).
class IdIndex {
 public:
  // Adds node `n` under nodes[n].id unless a node already has that id (the first one stays).
  void build(const std::vector<GraphNode>& nodes, bool (*include)(const GraphNode&)) {
    nodes_ = &nodes;
    std::size_t count = 0;
    for (const auto& node : nodes) count += include(node) ? 1 : 0;
    std::size_t capacity = 16;
    while (capacity < 2 * count) capacity *= 2;
    slots_.assign(capacity, Slot{0, empty});
    for (std::size_t n = 0; n < nodes.size(); ++n) {
      if (!include(nodes[n])) continue;
      const std::uint64_t hash = hash_of(nodes[n].id);
      std::size_t at = hash & (capacity - 1);
      for (;; at = (at + 1) & (capacity - 1)) {
        if (slots_[at].node == empty) {
          slots_[at] = Slot{hash, n};
          break;
        }
        if (slots_[at].hash == hash && nodes[slots_[at].node].id == nodes[n].id) break;  // a duplicate id
      }
    }
  }

  std::optional<std::size_t> find(std::string_view id) const {
    if (slots_.empty()) return std::nullopt;
    const std::uint64_t hash = hash_of(id);
    for (std::size_t at = hash & (slots_.size() - 1);; at = (at + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[at];
      if (slot.node == empty) return std::nullopt;
      if (slot.hash == hash && (*nodes_)[slot.node].id == id) return slot.node;
    }
  }

  // find() of every id, `found[i]` for `ids[i]` (`none` where there is none), in three sweeps
  // that keep many lookups in flight instead of one: the hashes, with each slot fetched ahead;
  // the slots probed for an equal hash, with the node it names fetched ahead; the ids compared.
  // A single find() waits for two cache misses in turn (slot, then node), and for a million
  // nodes those misses were most of building the graph.
  void find_all(std::span<const std::string_view> ids, std::vector<std::size_t>& found) const {
    found.assign(ids.size(), none);
    if (slots_.empty()) return;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      found[i] = hash_of(ids[i]);
      __builtin_prefetch(&slots_[found[i] & mask]);
    }
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const std::uint64_t hash = found[i];
      std::size_t at = hash & mask;
      while (slots_[at].node != empty && slots_[at].hash != hash) at = (at + 1) & mask;
      found[i] = slots_[at].node;
      if (found[i] != none) __builtin_prefetch(&(*nodes_)[found[i]]);
    }
    for (std::size_t i = 0; i < ids.size(); ++i)
      if (found[i] != none && (*nodes_)[found[i]].id != ids[i]) found[i] = find(ids[i]).value_or(none);  // equal hashes
  }

  static constexpr std::size_t none = SIZE_MAX;

 private:
  static constexpr std::size_t empty = SIZE_MAX;
  struct Slot {
    std::uint64_t hash;
    std::size_t node;
  };
  static std::uint64_t hash_of(std::string_view id) { return std::hash<std::string_view>{}(id); }

  const std::vector<GraphNode>* nodes_ = nullptr;
  std::vector<Slot> slots_;
};

// Rejected and cancelled initiatives by id, indexed when one is first asked for: most portfolios
// never ask.
class DroppedInitiatives {
 public:
  const Initiative* find(const Portfolio& portfolio, std::string_view id) {
    if (!std::exchange(indexed_, true))
      for (const auto& initiative : portfolio.initiatives)
        if (is_dropped(initiative.stage)) by_id_.emplace(initiative.id.str(), &initiative);
    const auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : it->second;
  }

 private:
  std::unordered_map<std::string_view, const Initiative*> by_id_;
  bool indexed_ = false;
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
  std::vector<GraphIssue> issues;
  std::vector<std::size_t> order;  // topological; empty when there are cycles
  bool has_cycles = false;

  explicit Impl(const Portfolio& portfolio);
  void add_nodes(const Portfolio& portfolio);
  void add_edges(const Portfolio& portfolio);
  void resolve(const Portfolio& portfolio, std::size_t to, const Dependency& dependency, std::size_t found,
               DroppedInitiatives& dropped);
  void sort_topologically();
  void find_cycles();
  std::size_t checked(std::size_t node) const;  // Error(not_found) unless a node
};

// The cycle check is the topological sort: it orders every node exactly when there is no cycle,
// so the strong components and the enumeration of cycles run only on a graph that has some.
DependencyGraph::Impl::Impl(const Portfolio& portfolio) {
  add_nodes(portfolio);
  add_edges(portfolio);
  adjacency = detail::Adjacency(nodes.size(), edges);
  sort_topologically();
  if (order.size() == nodes.size()) return;
  has_cycles = true;
  order.clear();
  find_cycles();
}

void DependencyGraph::Impl::add_nodes(const Portfolio& portfolio) {
  nodes.reserve(portfolio.initiatives.size() + portfolio.components.size());
  for (std::size_t i = 0; i < portfolio.initiatives.size(); ++i) {
    const auto& initiative = portfolio.initiatives[i];
    if (is_dropped(initiative.stage)) continue;
    nodes.push_back({GraphNodeKind::initiative, initiative.id.str(), initiative.title, i});
  }
  for (std::size_t c = 0; c < portfolio.components.size(); ++c)
    nodes.push_back({GraphNodeKind::component, portfolio.components[c].id.str(), portfolio.components[c].name, c});
  index.build(nodes, [](const GraphNode&) { return true; });
  component_index.build(nodes, [](const GraphNode& node) { return node.kind == GraphNodeKind::component; });
}

// The dependencies' ids are looked up a chunk at a time (IdIndex::find_all), then resolved in
// portfolio order.
void DependencyGraph::Impl::add_edges(const Portfolio& portfolio) {
  std::size_t dependency_count = 0;
  for (const auto& initiative : portfolio.initiatives) dependency_count += initiative.dependencies.size();
  edges.reserve(dependency_count);
  constexpr std::size_t chunk_size = 512;
  std::vector<std::pair<std::size_t, const Dependency*>> chunk;
  std::vector<std::string_view> ids;
  std::vector<std::size_t> found;
  DroppedInitiatives dropped;
  chunk.reserve(chunk_size);
  ids.reserve(chunk_size);
  auto flush = [&] {
    index.find_all(ids, found);
    for (std::size_t i = 0; i < chunk.size(); ++i) resolve(portfolio, chunk[i].first, *chunk[i].second, found[i], dropped);
    chunk.clear();
    ids.clear();
  };
  constexpr std::size_t ahead = 8;  // initiatives whose dependencies are fetched ahead
  for (std::size_t to = 0; to < nodes.size(); ++to) {
    if (nodes[to].kind != GraphNodeKind::initiative) continue;
    if (to + ahead < nodes.size() && nodes[to + ahead].kind == GraphNodeKind::initiative)
      __builtin_prefetch(portfolio.initiatives[nodes[to + ahead].source_index].dependencies.data());
    for (const auto& dependency : portfolio.initiatives[nodes[to].source_index].dependencies) {
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
                                    std::size_t found, DroppedInitiatives& dropped) {
  const Initiative& initiative = portfolio.initiatives[nodes[to].source_index];
  const bool on_component = std::holds_alternative<ComponentId>(dependency.on);
  const std::string& on = std::visit([](const auto& id) -> const std::string& { return id.str(); }, dependency.on);
  if (!on_component && on == initiative.id.str()) {
    issues.push_back({GraphIssueKind::self_dependency, {on, on}, describe_node(nodes[to]) + " depends on itself"});
    return;
  }
  const auto from = on_component ? component_index.find(on).value_or(IdIndex::none) : found;
  if (from != IdIndex::none && (on_component || nodes[from].kind == GraphNodeKind::initiative)) {
    edges.push_back({from, to, dependency.type, dependency.lag_days});
    return;
  }
  if (const Initiative* gone = on_component ? nullptr : dropped.find(portfolio, on)) {
    issues.push_back({GraphIssueKind::dropped_prerequisite,
                      {initiative.id.str(), on},
                      depends_on(nodes[to], on, {" (", gone->title, "), which is ", stage_name(gone->stage)})});
    return;
  }
  issues.push_back({GraphIssueKind::unknown_prerequisite,
                    {initiative.id.str(), on},
                    depends_on(nodes[to], on, {", which does not exist"})});
}

void DependencyGraph::Impl::sort_topologically() {
  std::vector<std::size_t> components;
  for (std::size_t n = 0; n < nodes.size(); ++n)
    if (nodes[n].kind == GraphNodeKind::component) components.push_back(n);
  order = detail::topological_order(adjacency, components);
}

// Only the nodes the topological sort left out can be on a cycle: their strong components
// (Boost.Graph), then the elementary cycles of the cyclic ones.
void DependencyGraph::Impl::find_cycles() {
  std::vector<char> ordered(nodes.size(), 0);
  for (std::size_t n : order) ordered[n] = 1;
  std::vector<std::size_t> left, position(nodes.size(), SIZE_MAX);  // left-out vertex → node, and back
  for (std::size_t n = 0; n < nodes.size(); ++n)
    if (!ordered[n]) position[n] = left.size(), left.push_back(n);
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
  Graph remainder(left.size());
  for (const auto& edge : edges)
    if (position[edge.from] != SIZE_MAX && position[edge.to] != SIZE_MAX)
      boost::add_edge(position[edge.from], position[edge.to], remainder);
  std::vector<std::size_t> component(left.size());
  const auto count = boost::strong_components(
      remainder, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, remainder)));

  // Enumerate elementary cycles on the cyclic strong components only, numbered in node order.
  std::vector<std::size_t> size(count, 0);
  for (auto c : component) ++size[c];
  std::vector<std::size_t> original, cyclic_position(nodes.size(), SIZE_MAX);
  for (std::size_t v = 0; v < left.size(); ++v)
    if (size[component[v]] > 1) cyclic_position[left[v]] = original.size(), original.push_back(left[v]);
  Graph cyclic(original.size());
  for (const auto& edge : edges)
    if (cyclic_position[edge.from] != SIZE_MAX && cyclic_position[edge.to] != SIZE_MAX &&
        component[position[edge.from]] == component[position[edge.to]])
      boost::add_edge(cyclic_position[edge.from], cyclic_position[edge.to], cyclic);

  std::vector<std::vector<std::size_t>> cycles;
  try {
    boost::hawick_unique_circuits(cyclic, CycleCollector{&cycles, &original, cycle_report_limit});
  } catch (const CycleCollector::Enough&) {
  }
  for (const auto& cycle : cycles) {
    GraphIssue issue{GraphIssueKind::cycle, {}, "dependency cycle: "};
    for (std::size_t i = 0; i <= cycle.size(); ++i) {
      const GraphNode& node = nodes[cycle[i % cycle.size()]];
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

std::size_t DependencyGraph::Impl::checked(std::size_t node) const {
  if (node >= nodes.size()) throw Error(ErrorCode::not_found, "no graph node " + std::to_string(node));
  return node;
}

std::span<const std::size_t> DependencyGraph::in_edges(std::size_t node) const {
  return impl_->adjacency.in(impl_->checked(node));
}
std::span<const std::size_t> DependencyGraph::out_edges(std::size_t node) const {
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
