#include "tiltak/graph/schedule.hpp"

#include <algorithm>

#include "core/run_both.hpp"
#include "graph/cpm_engine.hpp"
#include "io/enum_names.hpp"
#include "tiltak/core/date_range.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/core/problem_value.hpp"
#include "tiltak/graph/incremental_schedule.hpp"

namespace tiltak {
namespace {

using detail::CpmEdge;
using detail::CpmEngine;
using detail::CpmNode;

// What the schedule needs to know of a node beyond the engine's numbers and the graph's ids
// and titles.
struct NodeFacts {
  bool is_initiative = false;
  bool has_dates = false;  // scheduled: its finish counts
  bool started = false;    // its fixed start is an actual start
  std::optional<long> planned_start;
};

std::string describe(const GraphNode& node) { return node.id + " (" + node.title + ")"; }

[[noreturn]] void throw_not_found(const std::string& id) {
  Problem problem;
  problem.value = problem_value(id);
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

// `what` is only put together when the period is wrong: building it for every initiative cost
// two string allocations each.
void require_ordered(const Period& period, const char* what) {
  if (period.start && period.end && *period.end < *period.start)
    throw Error(ErrorCode::validation_error,
                std::string("the ") + what + " period ends before it starts (" + to_iso(*period.start) + " to " +
                    to_iso(*period.end) + "): a negative duration cannot be scheduled");
}

// A lag beyond the longest distance between two supported dates cannot be scheduled; refusing
// it also bounds every sum of lags and durations along a path far from overflow.
void require_plausible_lags(const Initiative& initiative, std::size_t index, const GraphNode& node,
                            std::vector<Problem>& found) {
  for (std::size_t d = 0; d < initiative.dependencies.size(); ++d) {
    const long lag = initiative.dependencies[d].lag_days;
    if (lag >= -longest_supported_span && lag <= longest_supported_span) continue;
    found.push_back({"", "/initiatives/" + std::to_string(index) + "/dependencies/" + std::to_string(d) + "/lag_days",
                     0, 0, std::to_string(lag),
                     describe(node) + ": a lag longer than the supported dates " + supported_date_range() +
                         " cannot be scheduled"});
  }
}

// Node indices are below the graph's node count, which fits 32 bits (DependencyGraph checks).
CpmEdge edge(std::size_t from, std::size_t to, const Dependency& dependency) {
  return {static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to), dependency.type, dependency.lag_days};
}

}  // namespace

struct IncrementalSchedule::Impl {
  ScheduleOptions options;
  Calendar calendar;
  DependencyGraph graph;  // ids, titles and the id index; its edges as built (the engine's may change)
  std::vector<NodeFacts> facts;
  std::optional<CpmEngine> engine;

  Impl(const Portfolio& portfolio, const ScheduleOptions& opts);
  const std::string& id_of(std::size_t n) const { return graph.nodes()[n].id; }
  // The engine's node of initiative node `n`; Error(validation_error) naming it for a period that
  // ends before it starts or a date outside the calendar.
  CpmNode node_for(std::size_t n, const Period& planned, const Period& actual, const std::optional<Date>& fixed_start,
                   NodeFacts& node_facts) const;
  std::string describe(std::size_t n) const { return tiltak::describe(graph.nodes()[n]); }
  std::size_t node_of(const InitiativeId& id) const;
  CpmEdge edge_for(std::size_t dependent, const Dependency& dependency) const;
  ScheduledInitiative scheduled(std::size_t n) const;
  // The date of a unit that require_in_range() has let through.
  Date date_of(long units) const { return calendar.from_units(units); }
  // Error(validation_error) naming the scheduled initiatives (of `nodes`, or all) whose dates,
  // or the starts their prerequisites allow them, fall outside the supported dates.
  void require_in_range(std::optional<std::size_t> only = std::nullopt) const;
  std::optional<std::string> outside_range(std::size_t n) const;
  bool scheduled_node(std::size_t n) const {
    return facts[n].is_initiative && facts[n].has_dates && engine->is_constrained(n);
  }
  bool critical(std::size_t n) const;
  Schedule snapshot() const;
  void add_critical_paths(Schedule& schedule) const;
  void add_conflicts(Schedule& schedule) const;
};

IncrementalSchedule::Impl::Impl(const Portfolio& portfolio, const ScheduleOptions& opts)
    : options(opts), calendar(opts.calendar), graph(portfolio) {
  std::vector<Problem> problems;
  for (const auto& issue : graph.issues())  // dependencies on dropped initiatives are the schedule's warnings
    if (issue.kind != GraphIssueKind::dropped_prerequisite) problems.push_back({"", "", 0, 0, "", issue.message});
  const auto& nodes = graph.nodes();
  std::vector<CpmNode> engine_nodes(nodes.size());
  facts.resize(nodes.size());
  // Each node's engine data and facts, from its initiative's or component's dates, in two halves
  // (at once for a large portfolio: the initiatives are large and each read is a cache miss).
  auto prepare = [&](std::size_t first, std::size_t last, std::vector<Problem>& found) {
    for (std::size_t n = first; n < last; ++n) {
      if (nodes[n].kind == GraphNodeKind::component) {
        if (const auto& date = portfolio.components[nodes[n].source_index].available_from)
          engine_nodes[n].fixed = calendar.to_units(*date);
        continue;
      }
      const Initiative& initiative = portfolio.initiatives[nodes[n].source_index];
      facts[n].is_initiative = true;
      require_plausible_lags(initiative, nodes[n].source_index, nodes[n], found);
      try {
        engine_nodes[n] = node_for(n, initiative.planned, initiative.actual, initiative.fixed_start, facts[n]);
      } catch (const Error& error) {
        found.insert(found.end(), error.problems().begin(), error.problems().end());
      }
    }
  };
  std::vector<Problem> later;
  const std::size_t middle = nodes.size() / 2;
  detail::run_both(nodes.size(), [&] { prepare(0, middle, problems); },
                   [&] { prepare(middle, nodes.size(), later); });
  problems.insert(problems.end(), later.begin(), later.end());
  if (!problems.empty()) throw Error(ErrorCode::validation_error, std::move(problems));
  engine.emplace(std::move(engine_nodes), graph, graph.topological_order());
}

CpmNode IncrementalSchedule::Impl::node_for(std::size_t n, const Period& planned, const Period& actual,
                                            const std::optional<Date>& fixed_start, NodeFacts& node_facts) const {
  try {
    require_ordered(planned, "planned");
    require_ordered(actual, "actual");
    return engine_node(planned, actual, fixed_start, calendar, node_facts);
  } catch (const Error& error) {
    const GraphNode& node = graph.nodes()[n];
    throw Error(ErrorCode::validation_error, Problem{"", "/initiatives/" + std::to_string(node.source_index), 0, 0, "",
                                                     tiltak::describe(node) + ": " + error.what()});
  }
}

std::size_t IncrementalSchedule::Impl::node_of(const InitiativeId& id) const {
  const auto n = graph.find(id.str());
  if (!n || !facts[*n].is_initiative) throw_not_found(id.str());
  return *n;
}

// The prerequisite is looked up among its own kind: a component may share an initiative's id.
CpmEdge IncrementalSchedule::Impl::edge_for(std::size_t dependent, const Dependency& dependency) const {
  const auto& nodes = graph.nodes();
  if (dependency.lag_days < -longest_supported_span || dependency.lag_days > longest_supported_span)
    throw Error(ErrorCode::invalid_argument, describe(dependent) + ": a lag of " + std::to_string(dependency.lag_days) +
                                                 " is longer than the supported dates " + supported_date_range());
  if (const auto* component = std::get_if<ComponentId>(&dependency.on)) {
    for (std::size_t n = nodes.size(); n-- > 0 && nodes[n].kind == GraphNodeKind::component;)  // components last
      if (nodes[n].id == component->str()) return edge(n, dependent, dependency);
    throw_not_found(component->str());
  }
  const std::string& on = std::get<InitiativeId>(dependency.on).str();
  const auto n = graph.find(on);
  if (!n || nodes[*n].kind != GraphNodeKind::initiative) throw_not_found(on);
  return edge(*n, dependent, dependency);
}

// How a scheduled node's dates leave the range, in the calendar's units past its ends: a long
// lag or chain pushes the earliest dates past the last day, and the backward pass (which does
// not stop at fixed starts) can put latest dates before the first.
std::optional<std::string> IncrementalSchedule::Impl::outside_range(std::size_t n) const {
  const CpmEngine& e = *engine;
  const long last_day = std::max(0L, e.node(n).duration - 1);
  const std::pair<const char*, long> figures[] = {{"earliest start", e.earliest_start(n)},
                                                  {"earliest finish", e.earliest_start(n) + last_day},
                                                  {"latest start", e.latest_start(n)},
                                                  {"latest finish", e.latest_start(n) + last_day}};
  const std::string unit(calendar_kind_name(options.calendar));
  for (const auto& [what, units] : figures) {
    if (units > calendar.last_unit())
      return std::string(what) + " would be " + std::to_string(units - calendar.last_unit()) + " " + unit +
             " after " + to_iso(last_supported_date());
    if (units < 0)
      return std::string(what) + " would be " + std::to_string(-units) + " " + unit + " before " +
             to_iso(calendar.from_units(0));
  }
  return std::nullopt;
}

void IncrementalSchedule::Impl::require_in_range(std::optional<std::size_t> only) const {
  constexpr std::size_t named = 20;  // problems listed; the rest are counted
  std::vector<Problem> problems;
  std::size_t more = 0;
  auto add = [&](std::size_t n, std::string message) {
    if (problems.size() == named) {
      ++more;
      return;
    }
    problems.push_back({"", "/initiatives/" + std::to_string(graph.nodes()[n].source_index), 0, 0,
                        "\"" + id_of(n) + "\"",
                        describe(n) + ": " + message + ", outside the supported dates " + supported_date_range()});
  };
  const std::size_t first = only.value_or(0), last = only ? *only + 1 : facts.size();
  for (std::size_t n = first; n < last; ++n) {
    if (!scheduled_node(n)) continue;
    if (auto reason = outside_range(n)) add(n, "its " + *reason);
    if (!engine->node(n).fixed) continue;
    for (std::size_t edge : engine->in_edges(n)) {  // the start a prerequisite allows (a conflict)
      const CpmEdge& d = engine->edge(edge);
      if (engine->is_constrained(d.from) && engine->allowed_start(d) > calendar.last_unit())
        add(n, describe(d.from) + " would let it start only " +
                   std::to_string(engine->allowed_start(d) - calendar.last_unit()) + " " +
                   std::string(calendar_kind_name(options.calendar)) + " after " + to_iso(last_supported_date()));
    }
  }
  if (problems.empty()) return;
  if (more > 0)
    problems.push_back({"", "", 0, 0, "", "and " + std::to_string(more) + " more initiatives outside the supported dates"});
  throw Error(ErrorCode::validation_error, std::move(problems));
}

bool IncrementalSchedule::Impl::critical(std::size_t n) const {
  return facts[n].is_initiative && facts[n].has_dates && engine->is_constrained(n) && engine->total_float(n) <= 0;
}

ScheduledInitiative IncrementalSchedule::Impl::scheduled(std::size_t n) const {
  const CpmEngine& e = *engine;
  const long duration = e.node(n).duration;
  // Finishes are reported as the last day of the period; an empty one ends where it starts.
  auto last_day = [&](long start) { return date_of(duration > 0 ? start + duration - 1 : start); };
  ScheduledInitiative out;
  out.id = InitiativeId(id_of(n));
  out.duration = duration;
  out.earliest_start = date_of(e.earliest_start(n));
  out.earliest_finish = last_day(e.earliest_start(n));
  out.latest_start = date_of(e.latest_start(n));
  out.latest_finish = last_day(e.latest_start(n));
  out.total_float = e.total_float(n);
  out.free_float = e.free_float(n);
  out.critical = critical(n);
  out.fixed = e.node(n).fixed.has_value();
  if (!out.fixed && facts[n].planned_start) out.delay_vs_plan = e.earliest_start(n) - *facts[n].planned_start;
  return out;
}

Schedule IncrementalSchedule::Impl::snapshot() const {
  require_in_range();
  Schedule schedule;
  schedule.calendar = options.calendar;
  for (const auto& issue : graph.issues())
    if (issue.kind == GraphIssueKind::dropped_prerequisite) schedule.warnings.push_back(issue);
  for (std::size_t n = 0; n < facts.size(); ++n) {
    if (!facts[n].is_initiative) continue;
    if (!scheduled_node(n)) {
      schedule.unscheduled.emplace_back(id_of(n));
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
        for (const Frame& frame : stack) path.emplace_back(id_of(frame.node));
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
      conflict.initiative = InitiativeId(id_of(n));
      conflict.prerequisite = id_of(d.from);
      conflict.fixed_start = date_of(*e.node(n).fixed);
      conflict.earliest_allowed = date_of(e.allowed_start(d));
      conflict.message = describe(n) + (facts[n].started ? " started " : " must start ") +
                         to_iso(conflict.fixed_start) + (facts[n].started ? "" : " (fixed start)") + ", but " +
                         describe(d.from) + " lets it start " + to_iso(conflict.earliest_allowed) +
                         " at the earliest (" + std::string(detail::enum_name(d.type)) + ", lag " +
                         std::to_string(d.lag_days) + ")";
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
  const CpmNode node = impl_->node_for(n, planned, actual, fixed_start, facts);
  impl_->facts[n] = std::move(facts);
  impl_->engine->set_node(n, node);
}

void IncrementalSchedule::add_dependency(const InitiativeId& dependent, const Dependency& dependency) {
  const std::size_t n = impl_->node_of(dependent);
  const CpmEdge edge = impl_->edge_for(n, dependency);
  try {
    impl_->engine->add_edge(edge);
  } catch (const Error&) {
    throw Error(ErrorCode::validation_error,
                impl_->describe(n) + " depending on " + impl_->describe(edge.from) + " would close a dependency cycle");
  }
}

void IncrementalSchedule::remove_dependency(const InitiativeId& dependent, const Dependency& dependency) {
  const std::size_t n = impl_->node_of(dependent);
  const CpmEdge wanted = impl_->edge_for(n, dependency);
  for (std::size_t e : impl_->engine->in_edges(n)) {
    const CpmEdge& edge = impl_->engine->edge(e);
    if (edge.from == wanted.from && edge.type == wanted.type && edge.lag_days == wanted.lag_days) {
      impl_->engine->remove_edge(e);
      return;
    }
  }
  throw Error(ErrorCode::not_found, impl_->describe(n) + " has no such dependency");
}

Schedule IncrementalSchedule::schedule() const { return impl_->snapshot(); }

ScheduledInitiative IncrementalSchedule::initiative(const InitiativeId& id) const {
  const std::size_t n = impl_->node_of(id);
  if (!impl_->scheduled_node(n)) throw_not_found(id.str());
  impl_->require_in_range(n);
  return impl_->scheduled(n);
}

std::size_t IncrementalSchedule::last_change_recomputed() const noexcept { return impl_->engine->last_touched(); }

}  // namespace tiltak
