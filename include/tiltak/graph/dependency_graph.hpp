#pragma once
// The dependency graph of a portfolio: initiatives and the shared components they need, with
// an edge from each prerequisite to the initiative that depends on it.

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tiltak/model/names.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak {

enum class GraphNodeKind { initiative, component };

struct GraphNode {
  GraphNodeKind kind = GraphNodeKind::initiative;
  std::string id;
  std::string title;
  std::size_t source_index = 0;  // position in portfolio.initiatives or portfolio.components
};

// "`to` depends on `from`": the prerequisite comes first. Node indices are 32-bit (a graph holds
// at most 4 294 967 295 nodes): an edge is 16 bytes, and a million initiatives have five million.
struct GraphEdge {
  std::uint32_t from = 0;
  std::uint32_t to = 0;
  DependencyType type = DependencyType::finish_to_start;
  int lag_days = 0;
};

enum class GraphIssueKind {
  cycle,                 // initiatives that depend on each other in a ring
  self_dependency,       // an initiative that depends on itself
  unknown_prerequisite,  // a dependency on an id that does not exist
  dropped_prerequisite,  // a dependency on a rejected or cancelled initiative
};

struct GraphIssue {
  GraphIssueKind kind = GraphIssueKind::cycle;
  // Initiative ids: the cycle's path, first id repeated at the end (A → B → A); or the dependent
  // followed by its prerequisite.
  std::vector<std::string> path;
  std::string message;  // plain language, with titles
  bool operator==(const GraphIssue&) const = default;
};

std::string_view graph_issue_kind_name(GraphIssueKind kind) noexcept;  // "cycle", ...
template <>
std::span<const EnumName<GraphIssueKind>> enum_names<GraphIssueKind>() noexcept;
template <>
std::span<const EnumName<GraphNodeKind>> enum_names<GraphNodeKind>() noexcept;  // "initiative", "component"

// Immutable after construction; cheap to copy; safe to read from several threads.
// Rejected and cancelled initiatives are not nodes: dependencies on them are issues.
class DependencyGraph {
 public:
  explicit DependencyGraph(const Portfolio& portfolio);

  const std::vector<GraphNode>& nodes() const noexcept;
  const std::vector<GraphEdge>& edges() const noexcept;
  std::optional<std::size_t> find(std::string_view id) const;
  // The edges into / out of a node, as ascending indices into edges(); valid as long as the
  // graph (or a copy of it). Error(not_found) for a node that does not exist. The indices are
  // 32-bit: a graph holds at most 4 294 967 295 nodes and as many edges.
  std::span<const std::uint32_t> in_edges(std::size_t node) const;
  std::span<const std::uint32_t> out_edges(std::size_t node) const;

  // Everything found while building: cycles, self-dependencies, unknown and dropped
  // prerequisites. Cycles come with their full paths, grouped by strong component (a group of
  // initiatives that all depend on each other, directly or through others): every group has its
  // shortest cycle through its first initiative listed, whatever the limit; then more cycles are
  // listed while there are fewer than `cycle_report_limit` in all.
  const std::vector<GraphIssue>& issues() const noexcept;
  bool has_cycles() const noexcept;
  // Whether the limit left some cycles out; cycles_truncated_message() says so, with the limit.
  bool cycles_truncated() const noexcept;
  static std::string cycles_truncated_message();

  // Every node after all its prerequisites. Throws Error(validation_error) listing the cycles
  // (and, when the limit left some out, saying so).
  std::vector<std::size_t> topological_order() const;
  // All prerequisites of `node`, transitively (not the node itself), in node order.
  std::vector<std::size_t> upstream(std::size_t node) const;
  // All initiatives that depend on `node`, transitively (not the node itself), in node order.
  std::vector<std::size_t> downstream(std::size_t node) const;

  static constexpr std::size_t cycle_report_limit = 100;

 private:
  struct Impl;
  std::shared_ptr<const Impl> impl_;
};

}  // namespace tiltak
