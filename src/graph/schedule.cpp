#include "tiltak/graph/schedule.hpp"

#include <algorithm>

#include "graph/cpm_engine.hpp"
#include "io/enum_names.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/graph/incremental_schedule.hpp"

namespace tiltak {
namespace {

using detail::CpmEdge;
using detail::CpmEngine;
using detail::CpmNode;

// What the schedule needs to know of a node beyond the engine's numbers.
struct NodeFacts {
  std::string id, title;
  bool is_initiative = false;
  bool has_dates = false;  // scheduled: its finish counts
  bool started = false;    // its fixed start is an actual start
  std::optional<long> planned_start;
};

std::string describe(const NodeFacts& node) { return node.id + " (" + node.title + ")"; }

[[noreturn]] void throw_not_found(const std::string& id) {
  Problem problem;
  problem.value = "\"" + id + "\"";
  problem.message = "not in the schedule (no such initiative, or it is rejected or cancelled)";
  throw Error(ErrorCode::not_found, std::move(problem));
}

// The engine's view of an initiative: its duration from actual or planned dates, its planned
// start as the earliest it may start, and an actual or contractual start as fixed.
CpmNode engine_node(const Period& planned, const Period& actual, const std::optional<Date>& fixed_start,
                    const Calendar& calendar, NodeFacts& facts) {
  CpmNode node;
  facts.planned_start.reset();
  facts.started = actual.start.has_value();
  if (actual.start && actual.end) {
    node.duration = calendar.span(*actual.start, *actual.end);
  } else if (actual.start && planned.end && *planned.end >= *actual.start) {
    node.duration = planned.start ? calendar.span(*planned.start, *planned.end)
                                  : calendar.span(*actual.start, *planned.end);
  } else if (planned.start && planned.end) {
    node.duration = calendar.span(*planned.start, *planned.end);
  }
  facts.has_dates = (actual.start && (actual.end || planned.end)) || (planned.start && planned.end);
  if (planned.start) {
    facts.planned_start = calendar.to_units(*planned.start);
    node.not_before = *facts.planned_start;
  }
  if (actual.start)
    node.fixed = calendar.to_units(*actual.start);
  else if (fixed_start)
    node.fixed = calendar.to_units(*fixed_start);
  node.counted = facts.has_dates;
  return node;
}

void require_ordered(const Period& period, const std::string& what) {
  if (period.start && period.end && *period.end < *period.start)
    throw Error(ErrorCode::validation_error,
                what + " ends before it starts (" + to_iso(*period.start) + " to " + to_iso(*period.end) +
                    "): a negative duration cannot be scheduled");
}

}  // namespace

struct IncrementalSchedule::Impl {
  ScheduleOptions options;
  Calendar calendar;
  std::vector<NodeFacts> facts;
  std::unordered_map<std::string, std::size_t> index;
  std::vector<GraphIssue> warnings;
  std::optional<CpmEngine> engine;

  Impl(const Portfolio& portfolio, const ScheduleOptions& opts);
  std::size_t node_of(const InitiativeId& id) const;
  CpmEdge edge_for(std::size_t dependent, const Dependency& dependency) const;
  ScheduledInitiative scheduled(std::size_t n) const;
  bool critical(std::size_t n) const;
  Schedule snapshot() const;
  void add_critical_paths(Schedule& schedule) const;
  void add_conflicts(Schedule& schedule) const;
};

IncrementalSchedule::Impl::Impl(const Portfolio& portfolio, const ScheduleOptions& opts)
    : options(opts), calendar(opts.calendar) {
  const DependencyGraph graph(portfolio);
  std::vector<Problem> problems;
  for (const auto& issue : graph.issues()) {
    if (issue.kind == GraphIssueKind::dropped_prerequisite)
      warnings.push_back(issue);
    else
      problems.push_back({"", "", 0, 0, "", issue.message});
  }
  const auto& nodes = graph.nodes();
  std::vector<CpmNode> engine_nodes(nodes.size());
  facts.resize(nodes.size());
  for (std::size_t n = 0; n < nodes.size(); ++n) {
    facts[n].id = nodes[n].id;
    facts[n].title = nodes[n].title;
    index.emplace(nodes[n].id, n);
    if (nodes[n].kind == GraphNodeKind::component) {
      if (const auto& date = portfolio.components[nodes[n].source_index].available_from)
        engine_nodes[n].fixed = calendar.to_units(*date);
      continue;
    }
    const Initiative& initiative = portfolio.initiatives[nodes[n].source_index];
    facts[n].is_initiative = true;
    try {
      require_ordered(initiative.planned, describe(facts[n]) + ": the planned period");
      require_ordered(initiative.actual, describe(facts[n]) + ": the actual period");
      engine_nodes[n] = engine_node(initiative.planned, initiative.actual, initiative.fixed_start, calendar, facts[n]);
    } catch (const Error& error) {
      problems.push_back({"", "", 0, 0, "", error.what()});
    }
  }
  if (!problems.empty()) throw Error(ErrorCode::validation_error, std::move(problems));
  std::vector<CpmEdge> edges;
  edges.reserve(graph.edges().size());
  for (const auto& edge : graph.edges()) edges.push_back({edge.from, edge.to, edge.type, edge.lag_days});
  engine.emplace(std::move(engine_nodes), std::move(edges), graph.topological_order());
}

std::size_t IncrementalSchedule::Impl::node_of(const InitiativeId& id) const {
  auto it = index.find(id.str());
  if (it == index.end() || !facts[it->second].is_initiative) throw_not_found(id.str());
  return it->second;
}

CpmEdge IncrementalSchedule::Impl::edge_for(std::size_t dependent, const Dependency& dependency) const {
  const std::string& on = std::visit([](const auto& id) -> const std::string& { return id.str(); }, dependency.on);
  auto it = index.find(on);
  if (it == index.end()) throw_not_found(on);
  return {it->second, dependent, dependency.type, dependency.lag_days};
}

bool IncrementalSchedule::Impl::critical(std::size_t n) const {
  return facts[n].is_initiative && facts[n].has_dates && engine->is_constrained(n) && engine->total_float(n) <= 0;
}

ScheduledInitiative IncrementalSchedule::Impl::scheduled(std::size_t n) const {
  const CpmEngine& e = *engine;
  const long duration = e.node(n).duration;
  // Finishes are reported as the last day of the period; an empty one ends where it starts.
  auto last_day = [&](long start) { return calendar.from_units(duration > 0 ? start + duration - 1 : start); };
  ScheduledInitiative out;
  out.id = InitiativeId(facts[n].id);
  out.duration = duration;
  out.earliest_start = calendar.from_units(e.earliest_start(n));
  out.earliest_finish = last_day(e.earliest_start(n));
  out.latest_start = calendar.from_units(e.latest_start(n));
  out.latest_finish = last_day(e.latest_start(n));
  out.total_float = e.total_float(n);
  out.free_float = e.free_float(n);
  out.critical = critical(n);
  out.fixed = e.node(n).fixed.has_value();
  if (!out.fixed && facts[n].planned_start) out.delay_vs_plan = e.earliest_start(n) - *facts[n].planned_start;
  return out;
}

Schedule IncrementalSchedule::Impl::snapshot() const {
  Schedule schedule;
  schedule.calendar = options.calendar;
  schedule.warnings = warnings;
  for (std::size_t n = 0; n < facts.size(); ++n) {
    if (!facts[n].is_initiative) continue;
    if (!facts[n].has_dates || !engine->is_constrained(n)) {
      schedule.unscheduled.emplace_back(facts[n].id);
      continue;
    }
    schedule.initiatives.push_back(scheduled(n));
    const auto& last = schedule.initiatives.back();
    if (!schedule.start || last.earliest_start < *schedule.start) schedule.start = last.earliest_start;
    if (!schedule.finish || last.earliest_finish > *schedule.finish) schedule.finish = last.earliest_finish;
  }
  add_critical_paths(schedule);
  add_conflicts(schedule);
  return schedule;
}

// Chains of critical initiatives joined by driving dependencies (those with no slack), from
// one that nothing critical drives to one that drives nothing critical.
void IncrementalSchedule::Impl::add_critical_paths(Schedule& schedule) const {
  const CpmEngine& e = *engine;
  auto driving = [&](std::size_t edge) {
    const CpmEdge& d = e.edge(edge);
    return critical(d.from) && critical(d.to) && e.slack(d) == 0;
  };
  struct Frame {
    std::size_t node, next_edge;
  };
  for (std::size_t source = 0; source < facts.size(); ++source) {
    if (!critical(source)) continue;
    const auto& in = e.in_edges(source);
    if (std::any_of(in.begin(), in.end(), driving)) continue;
    std::vector<Frame> stack{{source, 0}};
    while (!stack.empty() && schedule.critical_paths.size() < options.critical_path_limit) {
      Frame& top = stack.back();
      const auto& out = e.out_edges(top.node);
      while (top.next_edge < out.size() && !driving(out[top.next_edge])) ++top.next_edge;
      if (top.next_edge < out.size()) {
        const std::size_t next = e.edge(out[top.next_edge++]).to;
        stack.push_back({next, 0});
        continue;
      }
      const bool leaf = std::none_of(out.begin(), out.end(), driving);
      if (leaf) {
        std::vector<InitiativeId> path;
        for (const Frame& frame : stack) path.emplace_back(facts[frame.node].id);
        schedule.critical_paths.push_back(std::move(path));
      }
      stack.pop_back();
    }
  }
}

void IncrementalSchedule::Impl::add_conflicts(Schedule& schedule) const {
  const CpmEngine& e = *engine;
  for (std::size_t n = 0; n < facts.size(); ++n) {
    if (!facts[n].is_initiative || !e.node(n).fixed) continue;
    for (std::size_t edge : e.in_edges(n)) {
      const CpmEdge& d = e.edge(edge);
      if (!e.is_constrained(d.from) || e.allowed_start(d) <= *e.node(n).fixed) continue;
      ScheduleConflict conflict;
      conflict.initiative = InitiativeId(facts[n].id);
      conflict.prerequisite = facts[d.from].id;
      conflict.fixed_start = calendar.from_units(*e.node(n).fixed);
      conflict.earliest_allowed = calendar.from_units(e.allowed_start(d));
      conflict.message = describe(facts[n]) + (facts[n].started ? " started " : " must start ") +
                         to_iso(conflict.fixed_start) + (facts[n].started ? "" : " (fixed start)") + ", but " +
                         describe(facts[d.from]) + " lets it start " + to_iso(conflict.earliest_allowed) +
                         " at the earliest (" + std::string(detail::enum_name(d.type)) + ", lag " +
                         std::to_string(d.lag) + ")";
      schedule.conflicts.push_back(std::move(conflict));
    }
  }
}

const ScheduledInitiative* Schedule::find(const InitiativeId& id) const noexcept {
  auto it = std::find_if(initiatives.begin(), initiatives.end(), [&](const auto& s) { return s.id == id; });
  return it == initiatives.end() ? nullptr : &*it;
}

Schedule compute_schedule(const Portfolio& portfolio, const ScheduleOptions& options) {
  return IncrementalSchedule(portfolio, options).schedule();
}

IncrementalSchedule::IncrementalSchedule(const Portfolio& portfolio, const ScheduleOptions& options)
    : impl_(std::make_unique<Impl>(portfolio, options)) {}
IncrementalSchedule::~IncrementalSchedule() = default;
IncrementalSchedule::IncrementalSchedule(IncrementalSchedule&&) noexcept = default;
IncrementalSchedule& IncrementalSchedule::operator=(IncrementalSchedule&&) noexcept = default;

void IncrementalSchedule::set_dates(const InitiativeId& id, const Period& planned, const Period& actual,
                                    const std::optional<Date>& fixed_start) {
  const std::size_t n = impl_->node_of(id);
  NodeFacts facts = impl_->facts[n];
  require_ordered(planned, describe(facts) + ": the planned period");
  require_ordered(actual, describe(facts) + ": the actual period");
  const CpmNode node = engine_node(planned, actual, fixed_start, impl_->calendar, facts);
  impl_->facts[n] = std::move(facts);
  impl_->engine->set_node(n, node);
}

void IncrementalSchedule::add_dependency(const InitiativeId& dependent, const Dependency& dependency) {
  const std::size_t n = impl_->node_of(dependent);
  const CpmEdge edge = impl_->edge_for(n, dependency);
  try {
    impl_->engine->add_edge(edge);
  } catch (const Error&) {
    throw Error(ErrorCode::validation_error, describe(impl_->facts[n]) + " depending on " +
                                                 describe(impl_->facts[edge.from]) + " would close a dependency cycle");
  }
}

void IncrementalSchedule::remove_dependency(const InitiativeId& dependent, const Dependency& dependency) {
  const std::size_t n = impl_->node_of(dependent);
  const CpmEdge wanted = impl_->edge_for(n, dependency);
  for (std::size_t e : impl_->engine->in_edges(n)) {
    const CpmEdge& edge = impl_->engine->edge(e);
    if (edge.from == wanted.from && edge.type == wanted.type && edge.lag == wanted.lag) {
      impl_->engine->remove_edge(e);
      return;
    }
  }
  throw Error(ErrorCode::not_found, describe(impl_->facts[n]) + " has no such dependency");
}

Schedule IncrementalSchedule::schedule() const { return impl_->snapshot(); }

ScheduledInitiative IncrementalSchedule::initiative(const InitiativeId& id) const {
  const std::size_t n = impl_->node_of(id);
  if (!impl_->facts[n].has_dates || !impl_->engine->is_constrained(n)) throw_not_found(id.str());
  return impl_->scheduled(n);
}

std::size_t IncrementalSchedule::last_change_recomputed() const noexcept { return impl_->engine->last_touched(); }

}  // namespace tiltak
