#include "tiltak/graph/graph_export.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "tiltak/graph/calendar.hpp"

namespace tiltak {
namespace {

struct Words {
  std::string_view no_service_area, components, from;
};

Words words(Language language) {
  switch (language) {
    case Language::nb: return {"Uten tjenesteområde", "Felleskomponenter", "fra"};
    case Language::da: return {"Uden fagområde", "Fælleskomponenter", "fra"};
    case Language::en: break;
  }
  return {"No service area", "Shared components", "from"};
}

struct Group {
  std::string name;
  bool components = false;
  std::vector<std::size_t> nodes;
};

// What both formats draw: groups of nodes with their label lines, and what is critical.
struct Drawing {
  std::vector<Group> groups;
  std::vector<std::vector<std::string>> lines;  // per node: id, title, dates
  std::vector<char> critical_node;
  std::vector<char> critical_edge;
};

std::string edge_label(const GraphEdge& edge) {
  std::string label(dependency_type_abbreviation(edge.type));
  if (edge.lag_days != 0) label += (edge.lag_days > 0 ? " +" : " ") + std::to_string(edge.lag_days);
  return label;
}

// The critical paths' initiatives, and the edges between consecutive ones. (The schedule joins
// the steps of a path by the dependencies that drive them; two dependencies between the same
// pair are both drawn.)
void mark_critical(const DependencyGraph& graph, const Schedule& schedule, Drawing& drawing) {
  for (const auto& path : schedule.critical_paths) {
    std::size_t previous = graph.nodes().size();  // none
    for (const auto& id : path) {
      const auto node = graph.find(id.str());
      if (!node) {
        previous = graph.nodes().size();
        continue;
      }
      drawing.critical_node[*node] = 1;
      if (previous < graph.nodes().size())
        for (std::size_t e : graph.in_edges(*node))
          if (graph.edges()[e].from == previous) drawing.critical_edge[e] = 1;
      previous = *node;
    }
  }
}

Drawing make_drawing(const Portfolio& portfolio, const DependencyGraph& graph, const GraphExportOptions& options) {
  const Words w = words(options.language);
  const auto& nodes = graph.nodes();
  Drawing drawing;
  drawing.lines.resize(nodes.size());
  drawing.critical_node.assign(nodes.size(), 0);
  drawing.critical_edge.assign(graph.edges().size(), 0);

  // Groups: the organisation's service areas in its order, then unknown areas (a portfolio
  // built in code) in order of appearance, then initiatives without one, then components.
  std::map<std::string, std::size_t> area_group;
  for (const auto& area : portfolio.organisation.service_areas) {
    area_group.emplace(area.id.str(), drawing.groups.size());
    drawing.groups.push_back({area.name, false, {}});
  }
  std::vector<Group> extra;
  std::map<std::string, std::size_t> extra_group;
  Group none{std::string(w.no_service_area), false, {}};
  Group components{std::string(w.components), true, {}};

  std::unordered_map<std::string, const ScheduledInitiative*> scheduled;
  if (options.schedule)
    for (const auto& s : options.schedule->initiatives) scheduled.emplace(s.id.str(), &s);

  for (std::size_t n = 0; n < nodes.size(); ++n) {
    const GraphNode& node = nodes[n];
    auto& lines = drawing.lines[n];
    lines = {node.id, node.title};
    if (node.kind == GraphNodeKind::component) {
      const auto& component = portfolio.components.at(node.source_index);
      if (component.available_from)
        lines.push_back(std::string(w.from) + " " + format_date(*component.available_from, options.language));
      components.nodes.push_back(n);
      continue;
    }
    if (auto it = scheduled.find(node.id); it != scheduled.end())
      lines.push_back(format_date(it->second->earliest_start, options.language) + " – " +
                      format_date(it->second->earliest_finish, options.language));
    const Initiative& initiative = portfolio.initiatives.at(node.source_index);
    if (initiative.service_areas.empty()) {
      none.nodes.push_back(n);
      continue;
    }
    const std::string& area = initiative.service_areas.front().str();
    if (auto it = area_group.find(area); it != area_group.end()) {
      drawing.groups[it->second].nodes.push_back(n);
    } else {
      auto [slot, inserted] = extra_group.try_emplace(area, extra.size());
      if (inserted) extra.push_back({area, false, {}});
      extra[slot->second].nodes.push_back(n);
    }
  }
  for (auto& group : extra) drawing.groups.push_back(std::move(group));
  drawing.groups.push_back(std::move(none));
  drawing.groups.push_back(std::move(components));
  std::erase_if(drawing.groups, [](const Group& group) { return group.nodes.empty(); });
  if (options.schedule) mark_critical(graph, *options.schedule, drawing);
  return drawing;
}

// --- Graphviz DOT -------------------------------------------------------------------------

// A DOT quoted string: quotes and backslashes escaped (a backslash would otherwise start an
// escape such as \N or \l in a label), line breaks as the centred-line escape \n.
std::string dot_quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\')
      out += '\\', out += c;
    else if (c == '\n')
      out += "\\n";
    else if (c != '\r')
      out += c;
  }
  return out + "\"";
}

std::string dot_label(const std::vector<std::string>& lines) {
  std::string joined;
  for (const auto& line : lines) {
    const std::string quoted = dot_quoted(line);
    joined += (joined.empty() ? "" : "\\n") + quoted.substr(1, quoted.size() - 2);
  }
  return "\"" + joined + "\"";
}

// --- Mermaid --------------------------------------------------------------------------------

// A node id Mermaid reads as a plain name: letters, digits and '_', after a prefix that keeps
// it clear of keywords ("end") and of the 'o'/'x' edge endings.
std::string mermaid_id(std::string_view prefix, std::string_view id, std::set<std::string>& taken) {
  std::string base(prefix);
  for (unsigned char c : id) base += std::isalnum(c) && c < 0x80 ? static_cast<char>(c) : '_';
  std::string candidate = base;
  for (int suffix = 2; !taken.insert(candidate).second; ++suffix) candidate = base + "_" + std::to_string(suffix);
  return candidate;
}

// Text inside a quoted Mermaid label: characters Mermaid or HTML would read as syntax become
// Mermaid entity codes (#quot; ...), line breaks <br/>.
std::string mermaid_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '"': out += "#quot;"; break;
      case '#': out += "#35;"; break;
      case '&': out += "#amp;"; break;
      case '<': out += "#lt;"; break;
      case '>': out += "#gt;"; break;
      case '`': out += "#96;"; break;
      case '\n': out += "<br/>"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

std::string mermaid_label(const std::vector<std::string>& lines) {
  std::string joined;
  for (const auto& line : lines) joined += (joined.empty() ? "" : "<br/>") + mermaid_text(line);
  return "\"" + joined + "\"";
}

}  // namespace

std::string_view dependency_type_abbreviation(DependencyType type) noexcept {
  switch (type) {
    case DependencyType::finish_to_start: return "FS";
    case DependencyType::start_to_start: return "SS";
    case DependencyType::finish_to_finish: return "FF";
    case DependencyType::start_to_finish: return "SF";
  }
  return "FS";
}

std::string graph_to_dot(const Portfolio& portfolio, const DependencyGraph& graph, const GraphExportOptions& options) {
  const Drawing drawing = make_drawing(portfolio, graph, options);
  const auto& nodes = graph.nodes();
  // Node names are the ids; a component that shares its id with an initiative gets a prefix.
  std::set<std::string> initiative_ids;
  for (const auto& node : nodes)
    if (node.kind == GraphNodeKind::initiative) initiative_ids.insert(node.id);
  std::vector<std::string> names(nodes.size());
  for (std::size_t n = 0; n < nodes.size(); ++n)
    names[n] = dot_quoted(nodes[n].kind == GraphNodeKind::component && initiative_ids.contains(nodes[n].id)
                              ? "component:" + nodes[n].id
                              : nodes[n].id);

  std::string out = "digraph " + dot_quoted(portfolio.name) + " {\n";
  out += "  graph [rankdir=LR, fontname=\"Helvetica\", label=" + dot_quoted(portfolio.name) + ", labelloc=t];\n";
  out += "  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];\n";
  out += "  edge [fontname=\"Helvetica\", fontsize=9];\n";
  for (std::size_t g = 0; g < drawing.groups.size(); ++g) {
    const Group& group = drawing.groups[g];
    out += "\n  subgraph \"cluster_" + std::to_string(g) + "\" {\n";
    out += "    label=" + dot_quoted(group.name) + ";\n";
    out += group.components ? "    style=\"rounded,dashed\";\n    color=\"gray50\";\n" : "    style=rounded;\n    color=\"gray70\";\n";
    for (std::size_t n : group.nodes) {
      out += "    " + names[n] + " [label=" + dot_label(drawing.lines[n]);
      if (group.components) out += ", shape=component, style=\"\"";
      if (drawing.critical_node[n]) out += ", color=\"red\", fontcolor=\"red\", penwidth=2.5, style=\"rounded,bold\"";
      out += "];\n";
    }
    out += "  }\n";
  }
  if (!graph.edges().empty()) out += "\n";
  for (std::size_t e = 0; e < graph.edges().size(); ++e) {
    const GraphEdge& edge = graph.edges()[e];
    out += "  " + names[edge.from] + " -> " + names[edge.to] + " [label=" + dot_quoted(edge_label(edge));
    if (drawing.critical_edge[e]) out += ", color=\"red\", fontcolor=\"red\", penwidth=2.5, style=bold";
    out += "];\n";
  }
  return out + "}\n";
}

std::string graph_to_mermaid(const Portfolio& portfolio, const DependencyGraph& graph,
                             const GraphExportOptions& options) {
  const Drawing drawing = make_drawing(portfolio, graph, options);
  const auto& nodes = graph.nodes();
  std::set<std::string> taken;
  std::vector<std::string> ids(nodes.size());
  for (std::size_t n = 0; n < nodes.size(); ++n)
    ids[n] = mermaid_id(nodes[n].kind == GraphNodeKind::component ? "c_" : "i_", nodes[n].id, taken);

  std::string name = portfolio.name;
  std::replace(name.begin(), name.end(), '\n', ' ');
  std::string out = "%% " + name + "\nflowchart LR\n";
  std::vector<std::size_t> component_nodes, critical_nodes;
  for (std::size_t g = 0; g < drawing.groups.size(); ++g) {
    const Group& group = drawing.groups[g];
    out += "  subgraph " + mermaid_id("g_", std::to_string(g), taken) + "[\"" + mermaid_text(group.name) + "\"]\n";
    for (std::size_t n : group.nodes) {
      const std::string label = mermaid_label(drawing.lines[n]);
      out += "    " + ids[n] + (group.components ? "{{" + label + "}}" : "(" + label + ")") + "\n";
      (group.components ? component_nodes : critical_nodes).push_back(n);
    }
    out += "  end\n";
  }
  std::erase_if(critical_nodes, [&](std::size_t n) { return !drawing.critical_node[n]; });
  std::string critical_links;
  for (std::size_t e = 0; e < graph.edges().size(); ++e) {
    const GraphEdge& edge = graph.edges()[e];
    const bool critical = drawing.critical_edge[e];
    out += "  " + ids[edge.from] + (critical ? " ==>|" : " -->|") + "\"" + mermaid_text(edge_label(edge)) + "\"| " +
           ids[edge.to] + "\n";
    if (critical) critical_links += (critical_links.empty() ? "" : ",") + std::to_string(e);
  }
  out += "  classDef critical stroke:#d00000,stroke-width:3px,color:#d00000\n";
  out += "  classDef component fill:#eef3fb,stroke:#4a6fa5\n";
  auto class_line = [&](const std::vector<std::size_t>& members, const char* name_of_class) {
    if (members.empty()) return;
    out += "  class ";
    for (std::size_t i = 0; i < members.size(); ++i) out += (i ? "," : "") + ids[members[i]];
    out += std::string(" ") + name_of_class + "\n";
  };
  class_line(component_nodes, "component");
  class_line(critical_nodes, "critical");
  if (!critical_links.empty()) out += "  linkStyle " + critical_links + " stroke:#d00000,stroke-width:3px\n";
  return out;
}

}  // namespace tiltak
