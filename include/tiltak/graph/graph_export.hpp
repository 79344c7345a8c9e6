#pragma once
// The dependency graph as text for drawing tools: Graphviz DOT and Mermaid flowcharts.
//
// - Nodes: initiatives as rounded boxes labelled with id, title and, when a schedule is given
//   and the initiative is scheduled, its earliest start and finish; shared components as a
//   distinct shape (DOT `component`, Mermaid hexagon) with their availability date.
// - Groups: one cluster (DOT) or subgraph (Mermaid) per service area, taking each initiative's
//   first service area with the organisation's name for it; initiatives without one in a
//   "No service area" group, components in a "Shared components" group (group names in
//   `language`).
// - Edges run from prerequisite to dependent, labelled with the type (FS, SS, FF, SF) and the
//   lag when it is not zero ("FS +30", "FS -30").
// - With a schedule, the critical path(s) are highlighted: their initiatives and the driving
//   edges between consecutive ones in bold red (Mermaid: `classDef critical`, `linkStyle`).
//
// Ids and titles are escaped for each format: DOT quoted strings; Mermaid node ids reduced to
// letters, digits and '_' (made unique), labels quoted with entity codes for the characters
// Mermaid would read. UTF-8 (æøå) passes through unchanged.

#include <string>

#include "tiltak/core/locale.hpp"
#include "tiltak/graph/dependency_graph.hpp"
#include "tiltak/graph/schedule.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak {

struct GraphExportOptions {
  const Schedule* schedule = nullptr;  // dates and critical paths; the graph alone when null
  Language language = Language::en;    // of dates and group names
};

// `graph` must be the graph of `portfolio` (its nodes' source indices point into it).
std::string graph_to_dot(const Portfolio& portfolio, const DependencyGraph& graph,
                         const GraphExportOptions& options = {});
std::string graph_to_mermaid(const Portfolio& portfolio, const DependencyGraph& graph,
                             const GraphExportOptions& options = {});

// "FS", "SS", "FF", "SF".
std::string_view dependency_type_abbreviation(DependencyType type) noexcept;

}  // namespace tiltak
