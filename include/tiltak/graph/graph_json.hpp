#pragma once
// The dependency graph, the schedule and the what-if analyses as JSON documents for machines:
// the C API and the Python module hand these out as they are.
//
// Conventions (docs/scheduling.md lists every field):
// - UTF-8 JSON objects with their fields always present and in a fixed order; a value that is
//   missing is `null`, a list that is empty is `[]`. Fields are only ever added.
// - Dates are ISO 8601 calendar dates ("2026-11-23"); amounts are exact decimal strings in the
//   currency's major unit ("1250000.50"), as in the portfolio document; enumeration values are
//   the document's names ("finish_to_start", "cycle", "calendar_days").
// - Initiatives, components, benefits and goals are referred to by id.
// - `indent`: spaces per level (2, the default, for people); -1 writes one line with no spaces,
//   which for a graph of a million initiatives is less than half the size.

#include <string>

#include "tiltak/graph/benefit_network.hpp"
#include "tiltak/graph/dependency_graph.hpp"
#include "tiltak/graph/impact.hpp"
#include "tiltak/graph/schedule.hpp"

namespace tiltak {

// {"acyclic", "nodes": [{id, kind, title}], "edges": [{from, from_kind, to, type, lag_days}],
//  "issues": [{kind, path, message}], "topological_order": [ids] or null when cyclic}.
// Nodes and edges in the graph's order. The topological order is canonical: the components
// first (they depend on nothing), then, of the initiatives whose prerequisites have all come,
// the first in portfolio order.
std::string graph_to_json(const DependencyGraph& graph, int indent = 2);

// {"calendar", "start", "finish", "initiatives": [every ScheduledInitiative field],
//  "unscheduled", "critical_paths", "conflicts", "warnings"}
std::string schedule_to_json(const Schedule& schedule, int indent = 2);

// {"initiative", "slip_days", "currency", "old_finish", "new_finish", "moved": [...],
//  "benefits": [{id, old_delivery, new_delivery, before, after, change}]}
std::string slip_impact_to_json(const SlipImpact& impact, int indent = 2);

// {"initiative", "currency", "lose_prerequisite", "downstream",
//  "benefits": [{id, lost_share, lost_share_basis_points, lost_value}], "benefits_at_risk"}
std::string cancel_impact_to_json(const CancelImpact& impact, int indent = 2);

// {"goals": [{goal, covered, benefits, approved_contributors, direct_contributors}],
//  "uncovered_goals", "benefits_at_risk": [{benefit, contributors: [{initiative, reasons}]}],
//  "benefits_without_contributors"}
std::string benefit_network_to_json(const BenefitNetwork& network, int indent = 2);

}  // namespace tiltak
