// tiltak/graph as Python: DependencyGraph, compute_schedule and Schedule, IncrementalSchedule,
// slip_impact and cancel_impact, analyse_benefit_network, Calendar and public_holidays, and the
// yearly amounts of core/cash_flow.hpp.
//
// Results (Schedule, ScheduledInitiative, SlipImpact, ...) are the C++ structs bound read-only:
// attribute reads return copies, == compares every field, repr shows the main ones. Graph
// edges name their ends by id (the C++ GraphEdge holds node indices, which mean nothing
// without the graph). A CashFlow is a (year, Money) tuple both ways: it unpacks in a for
// loop, dict(amounts) maps year to Money, and pandas takes a list of them as rows.
//
// Threads: building a DependencyGraph, compute_schedule, building an IncrementalSchedule and
// each of its changes and snapshots, slip_impact, cancel_impact, analyse_benefit_network and
// the graph's order and reachability queries run without the GIL, on the portfolio's snapshot
// (portfolio_snapshot()). A DependencyGraph is immutable, so threads may share it. An
// IncrementalSchedule changes: its handle serialises the calls with a mutex, taken after the
// GIL is released, and its holder never waits for the GIL (the lock order of portfolio.cpp).

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <array>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bindings.hpp"
#include "casters.hpp"
#include "helpers.hpp"
#include "tiltak/core/cash_flow.hpp"
#include "tiltak/core/problem_value.hpp"
#include "tiltak/graph/benefit_network.hpp"
#include "tiltak/graph/calendar.hpp"
#include "tiltak/graph/dependency_graph.hpp"
#include "tiltak/graph/graph_json.hpp"
#include "tiltak/graph/impact.hpp"
#include "tiltak/graph/incremental_schedule.hpp"
#include "tiltak/graph/schedule.hpp"
#include "tiltak/model/planned_values.hpp"
#include "tiltak/model/portfolio.hpp"
#include "result_class.hpp"
#include "value_class.hpp"

// --- conversions ------------------------------------------------------------------------------

TILTAK_PYTHON_ENUM(tiltak::CalendarKind, "calendar");
TILTAK_PYTHON_ENUM(tiltak::GraphIssueKind, "graph issue kind");
TILTAK_PYTHON_ENUM(tiltak::GraphNodeKind, "graph node kind");

namespace tiltak_python {
namespace {

using namespace tiltak;

// --- helpers ----------------------------------------------------------------------------------

py::object graph_function(const char* name) { return python_function("tiltak._graph", name); }


[[noreturn]] void throw_not_found(const std::string& id, const char* message) {
  Problem problem;
  problem.value = problem_value(id);
  problem.message = message;
  throw Error(ErrorCode::not_found, std::move(problem));
}

ScheduleOptions schedule_options(CalendarKind calendar, long long critical_path_limit) {
  if (critical_path_limit < 0) throw_invalid_argument("critical_path_limit must not be negative");
  ScheduleOptions options;
  options.calendar = calendar;
  options.critical_path_limit = static_cast<std::size_t>(critical_path_limit);
  return options;
}

// --- the dependency graph ---------------------------------------------------------------------

// A GraphEdge with its ends as ids.
struct Edge {
  std::string source, target;
  DependencyType type = DependencyType::finish_to_start;
  int lag_days = 0;
  bool operator==(const Edge&) const = default;
};

std::vector<std::string> ids_of(const DependencyGraph& graph, const std::vector<std::size_t>& nodes) {
  std::vector<std::string> ids;
  ids.reserve(nodes.size());
  for (std::size_t n : nodes) ids.push_back(graph.nodes()[n].id);
  return ids;
}

std::size_t node_of(const DependencyGraph& graph, const std::string& id) {
  const auto node = graph.find(id);
  if (!node) throw_not_found(id, "no node of the dependency graph has this id (rejected and cancelled initiatives are not nodes)");
  return *node;
}

void bind_dependency_graph(py::module_& m) {
  py::class_<GraphNode> node(m, "GraphNode", "A node of the dependency graph: an initiative or a shared component.");
  readonly(node, "kind", &GraphNode::kind, "\"initiative\" or \"component\".");
  readonly(node, "id", &GraphNode::id, "The initiative or component id.");
  readonly(node, "title", &GraphNode::title, "The initiative's title or the component's name.");
  finish_result(node, {"kind", "id", "title"}, [](const GraphNode& a, const GraphNode& b) {
    return a.kind == b.kind && a.id == b.id && a.title == b.title;
  });

  py::class_<Edge> edge(m, "GraphEdge",
                        "A dependency as an edge from the prerequisite (``source``) to the initiative that depends "
                        "on it (``target``).");
  readonly(edge, "source", &Edge::source, "The prerequisite's id (an initiative or a component).");
  readonly(edge, "target", &Edge::target, "The dependent initiative's id.");
  readonly(edge, "type", &Edge::type,
           "\"finish_to_start\", \"start_to_start\", \"finish_to_finish\" or \"start_to_finish\".");
  readonly(edge, "lag_days", &Edge::lag_days, "Lag in days; negative is a lead.");
  finish_result(edge, {"source", "target", "type", "lag_days"});

  py::class_<GraphIssue> issue(m, "GraphIssue",
                               "Something wrong with the dependencies: a cycle, a self-dependency, an unknown "
                               "prerequisite or one that is rejected or cancelled.");
  readonly(issue, "kind", &GraphIssue::kind,
           "\"cycle\", \"self_dependency\", \"unknown_prerequisite\" or \"dropped_prerequisite\".");
  readonly(issue, "path", &GraphIssue::path,
           "list[str]: a cycle's initiative ids with the first repeated at the end (A, B, A); otherwise the "
           "dependent and its prerequisite.");
  readonly(issue, "message", &GraphIssue::message, "Plain language, with titles.");
  issue.def("__str__", [](const GraphIssue& self) { return text(self.message); });
  finish_result(issue, {"kind", "path", "message"});

  py::class_<DependencyGraph> graph(
      m, "DependencyGraph",
      "The dependency graph of a portfolio: initiatives and the shared components they need, with an edge "
      "from each prerequisite to the initiative that depends on it.\n\n"
      "Rejected and cancelled initiatives are not nodes; dependencies on them, on unknown ids and on "
      "oneself are listed in ``issues`` (cycles: one for every group of initiatives in a ring, then more up to 100 "
      "in all; ``cycles_truncated`` says whether some were left out). Immutable: a snapshot of the "
      "portfolio when it was built, safe to share between threads.");
  graph
      .def(py::init([](const py::object& portfolio) {
             auto snapshot = portfolio_snapshot(portfolio);
             py::gil_scoped_release release;
             return DependencyGraph(*snapshot);
           }),
           py::arg("portfolio"), "Build the graph of a Portfolio. Releases the GIL.")
      .def_property_readonly(
          "nodes", [](const DependencyGraph& self) { return self.nodes(); },
          "list[GraphNode]: the initiatives in portfolio order (without rejected and cancelled ones), then the "
          "components.")
      .def_property_readonly(
          "edges",
          [](const DependencyGraph& self) {
            std::vector<Edge> edges;
            edges.reserve(self.edges().size());
            for (const auto& e : self.edges())
              edges.push_back({self.nodes()[e.from].id, self.nodes()[e.to].id, e.type, e.lag_days});
            return edges;
          },
          "list[GraphEdge], prerequisite -> dependent, in the order of the dependents and their dependencies.")
      .def_property_readonly(
          "issues", [](const DependencyGraph& self) { return self.issues(); },
          "list[GraphIssue]: cycles, self-dependencies, unknown and dropped prerequisites.")
      .def_property_readonly("has_cycles", &DependencyGraph::has_cycles,
                             "Whether some initiatives depend on each other in a ring.")
      .def_property_readonly("cycles_truncated", &DependencyGraph::cycles_truncated,
                             "Whether the limit left some cycles out of ``issues``: every group of initiatives "
                             "that depend on each other in a ring has one cycle listed, and more are listed up to "
                             "100 in all.")
      .def(
          "topological_order",
          [](const DependencyGraph& self) {
            py::gil_scoped_release release;
            return ids_of(self, self.topological_order());
          },
          "list[str]: every node's id after all its prerequisites. ValidationError listing every cycle (its "
          "initiatives with titles) when there are any. Releases the GIL.")
      .def(
          "upstream",
          [](const DependencyGraph& self, const std::string& id) {
            const std::size_t n = node_of(self, id);
            py::gil_scoped_release release;
            return ids_of(self, self.upstream(n));
          },
          py::arg("id"),
          "list[str]: every prerequisite of ``id``, transitively (not ``id`` itself), in node order. "
          "NotFoundError when it is not a node. Releases the GIL.")
      .def(
          "downstream",
          [](const DependencyGraph& self, const std::string& id) {
            const std::size_t n = node_of(self, id);
            py::gil_scoped_release release;
            return ids_of(self, self.downstream(n));
          },
          py::arg("id"),
          "list[str]: every initiative that depends on ``id``, transitively (not ``id`` itself), in node "
          "order. NotFoundError when it is not a node. Releases the GIL.")
      .def(
          "edge_list",
          [](const DependencyGraph& self) {
            const auto& edges = self.edges();
            py::list result(edges.size());
            for (std::size_t i = 0; i < edges.size(); ++i) {
              py::dict data;
              data["type"] = py::cast(edges[i].type);
              data["lag_days"] = edges[i].lag_days;
              result[i] = py::make_tuple(py::str(self.nodes()[edges[i].from].id),
                                         py::str(self.nodes()[edges[i].to].id), std::move(data));
            }
            return result;
          },
          "list of (source, target, {\"type\": ..., \"lag_days\": ...}) tuples, prerequisite first: what "
          "networkx.DiGraph(edges) and DiGraph.add_edges_from(edges) take. Nodes without edges are not in "
          "it; to_networkx() has every node.")
      .def(
          "to_networkx",
          [](const py::object& self, bool multigraph) { return graph_function("to_networkx")(self, multigraph); },
          py::arg("multigraph") = false,
          "A networkx.DiGraph with every node (attributes ``kind`` and ``title``) and edge (``type``, "
          "``lag_days``). Two dependencies between the same pair become one edge (the later one's "
          "attributes); ``multigraph=True`` gives a MultiDiGraph that keeps both. Needs networkx.")
      .def("__len__", [](const DependencyGraph& self) { return self.nodes().size(); }, "The number of nodes.")
      .def(
          "__contains__",
          [](const DependencyGraph& self, const py::object& id) {
            return py::isinstance<py::str>(id) && self.find(id.cast<std::string>()).has_value();
          },
          py::arg("id"), "Whether an initiative or component with this id is a node.")
      .def("__repr__", [](const DependencyGraph& self) {
        std::size_t cycles = 0;
        for (const auto& i : self.issues()) cycles += i.kind == GraphIssueKind::cycle;
        return "<tiltak.DependencyGraph: " + plural(self.nodes().size(), "node") + ", " +
               plural(self.edges().size(), "edge") + ", " + plural(self.issues().size(), "issue") +
               (cycles > 0 ? " (" + plural(cycles, "cycle") + ")" : std::string()) + ">";
      });
}

// --- schedules --------------------------------------------------------------------------------

py::dict schedule_columns(const Schedule& schedule) {
  const std::size_t n = schedule.initiatives.size();
  py::list id(n), earliest_start(n), earliest_finish(n), latest_start(n), latest_finish(n);
  std::vector<std::int64_t> duration(n), total_float(n), free_float(n), delay(n);
  py::array_t<bool> critical(static_cast<py::ssize_t>(n)), fixed(static_cast<py::ssize_t>(n));
  for (std::size_t i = 0; i < n; ++i) {
    const ScheduledInitiative& s = schedule.initiatives[i];
    id[i] = py::cast(s.id);
    earliest_start[i] = py::cast(s.earliest_start);
    earliest_finish[i] = py::cast(s.earliest_finish);
    latest_start[i] = py::cast(s.latest_start);
    latest_finish[i] = py::cast(s.latest_finish);
    duration[i] = s.duration;
    total_float[i] = s.total_float;
    free_float[i] = s.free_float;
    delay[i] = s.delay_vs_plan;
    critical.mutable_data()[i] = s.critical;
    fixed.mutable_data()[i] = s.fixed;
  }
  py::dict columns;
  columns["id"] = id;
  columns["duration"] = numpy_array(duration);
  columns["earliest_start"] = earliest_start;
  columns["earliest_finish"] = earliest_finish;
  columns["latest_start"] = latest_start;
  columns["latest_finish"] = latest_finish;
  columns["total_float"] = numpy_array(total_float);
  columns["free_float"] = numpy_array(free_float);
  columns["critical"] = critical;
  columns["fixed"] = fixed;
  columns["delay_vs_plan"] = numpy_array(delay);
  return columns;
}

const ScheduledInitiative& scheduled(const Schedule& schedule, const std::string& id) {
  const ScheduledInitiative* found = schedule.find(InitiativeId(id));
  if (!found) throw_not_found(id, "not in the schedule (no such initiative, it has no dates, or it is dropped)");
  return *found;
}

// An IncrementalSchedule behind a mutex: the calls run without the GIL (see the file comment).
class IncrementalHandle {
 public:
  IncrementalHandle(const Portfolio& portfolio, const ScheduleOptions& options)
      : calendar_(options.calendar), schedule_(portfolio, options) {}

  CalendarKind calendar() const noexcept { return calendar_; }

  // Runs `f(schedule)` without the GIL, under the mutex.
  template <class F>
  auto run(F&& f) {
    py::gil_scoped_release release;
    std::lock_guard lock(mutex_);
    return f(schedule_);
  }

 private:
  const CalendarKind calendar_;
  std::mutex mutex_;
  IncrementalSchedule schedule_;
};

Dependency make_dependency(const std::string& on, DependencyType type, int lag_days, bool component) {
  Dependency dependency;
  if (component)
    dependency.on = ComponentId(on);
  else
    dependency.on = InitiativeId(on);
  dependency.type = type;
  dependency.lag_days = lag_days;
  return dependency;
}

std::string repr_date(const std::optional<Date>& date) { return date ? to_iso(*date) : "?"; }

void bind_schedule(py::module_& m) {
  py::class_<ScheduledInitiative> initiative(
      m, "ScheduledInitiative",
      "One initiative in the schedule. Durations, floats and delays count the calendar's units (calendar days "
      "or working days); a finish is the period's last day.");
  readonly(initiative, "id", &ScheduledInitiative::id, "Initiative id.");
  readonly(initiative, "duration", &ScheduledInitiative::duration, "Duration in calendar units.");
  readonly(initiative, "earliest_start", &ScheduledInitiative::earliest_start,
           "datetime.date: the earliest start its prerequisites, planned start and fixed dates allow.");
  readonly(initiative, "earliest_finish", &ScheduledInitiative::earliest_finish,
           "datetime.date: the last day when it starts at earliest_start.");
  readonly(initiative, "latest_start", &ScheduledInitiative::latest_start,
           "datetime.date: the latest start that does not move the portfolio's finish.");
  readonly(initiative, "latest_finish", &ScheduledInitiative::latest_finish,
           "datetime.date: the last day when it starts at latest_start.");
  readonly(initiative, "total_float", &ScheduledInitiative::total_float,
           "How far it can slip without moving the portfolio's finish (negative: it is already late).");
  readonly(initiative, "free_float", &ScheduledInitiative::free_float,
           "How far it can slip without moving any dependent.");
  readonly(initiative, "critical", &ScheduledInitiative::critical, "total_float <= 0.");
  readonly(initiative, "fixed", &ScheduledInitiative::fixed,
           "Its start is a fact (actual start) or a contract (fixed_start).");
  readonly(initiative, "delay_vs_plan", &ScheduledInitiative::delay_vs_plan,
           "How much later than its planned start its prerequisites let it start (0 when on plan or fixed).");
  finish_result(initiative, {"id", "duration", "earliest_start", "earliest_finish", "total_float", "critical"});

  py::class_<ScheduleConflict> conflict(m, "ScheduleConflict",
                                        "A fixed start that a prerequisite does not allow: the plan cannot be "
                                        "carried out as fixed.");
  readonly(conflict, "initiative", &ScheduleConflict::initiative, "The initiative with the fixed start.");
  readonly(conflict, "prerequisite", &ScheduleConflict::prerequisite, "The initiative or component id in the way.");
  readonly(conflict, "fixed_start", &ScheduleConflict::fixed_start, "datetime.date: the fixed (or actual) start.");
  readonly(conflict, "earliest_allowed", &ScheduleConflict::earliest_allowed,
           "datetime.date: the earliest start the prerequisite allows.");
  readonly(conflict, "message", &ScheduleConflict::message, "Plain language, naming both.");
  conflict.def("__str__", [](const ScheduleConflict& self) { return text(self.message); });
  finish_result(conflict, {"initiative", "prerequisite", "fixed_start", "earliest_allowed"});

  py::class_<Schedule> schedule(
      m, "Schedule",
      "The portfolio schedule by the critical-path method (compute_schedule()).\n\n"
      "``schedule[\"T-1\"]`` gives one ScheduledInitiative (NotFoundError, a KeyError, when it is not "
      "scheduled); iterating yields them in portfolio order; ``to_frame()`` gives a DataFrame.");
  readonly(schedule, "calendar", &Schedule::calendar,
           "What durations and floats count: \"calendar_days\", \"working_days_no\" or \"working_days_dk\".");
  readonly(schedule, "initiatives", &Schedule::initiatives,
           "list[ScheduledInitiative]: the scheduled initiatives, in portfolio order.");
  readonly(schedule, "unscheduled", &Schedule::unscheduled,
           "list[str]: initiatives without dates to schedule by (ideas, ...).");
  readonly(schedule, "start", &Schedule::start, "datetime.date: the earliest start, or None when nothing is scheduled.");
  readonly(schedule, "finish", &Schedule::finish,
           "datetime.date: the latest earliest finish, or None when nothing is scheduled.");
  readonly(schedule, "critical_paths", &Schedule::critical_paths,
           "list[list[str]]: chains of critical initiatives joined by dependencies without slack (at most "
           "critical_path_limit of them).");
  readonly(schedule, "conflicts", &Schedule::conflicts, "list[ScheduleConflict].");
  readonly(schedule, "warnings", &Schedule::warnings,
           "list[GraphIssue]: dependencies on rejected or cancelled initiatives (ignored by the schedule).");
  schedule
      .def(
          "__getitem__", [](const Schedule& self, const std::string& id) { return scheduled(self, id); }, py::arg("id"),
          "The ScheduledInitiative with this id; NotFoundError (a KeyError) when it is not scheduled.")
      .def(
          "__contains__",
          [](const Schedule& self, const py::object& id) {
            return py::isinstance<py::str>(id) && self.find(InitiativeId(id.cast<std::string>())) != nullptr;
          },
          py::arg("id"), "Whether an initiative with this id is scheduled.")
      .def("__len__", [](const Schedule& self) { return self.initiatives.size(); },
           "The number of scheduled initiatives.")
      .def(
          "__iter__", [](const Schedule& self) { return py::iter(py::cast(self.initiatives)); },
          "Iterate over the scheduled initiatives (copies).")
      .def("_columns", &schedule_columns)
      .def(
          "to_frame", [](const py::object& self) { return graph_function("schedule_frame")(self); },
          "pandas.DataFrame with one row per scheduled initiative (docs/python.md lists the columns). Needs "
          "pandas.")
      .def("__repr__", [](const Schedule& self) {
        return "<tiltak.Schedule " + std::string(calendar_kind_name(self.calendar)) + ": " +
               plural(self.initiatives.size(), "initiative") + " " + repr_date(self.start) + ".." +
               repr_date(self.finish) + ", " + plural(self.critical_paths.size(), "critical path") + ", " +
               plural(self.conflicts.size(), "conflict") + ", " + std::to_string(self.unscheduled.size()) +
               " unscheduled>";
      });
  schedule.def("to_json", [](const Schedule& self) { return schedule_to_json(self); },
               "The schedule as its JSON document (docs/graph.md).");
  finish_result(schedule, {});

  m.def(
      "compute_schedule",
      [](const py::object& portfolio, CalendarKind calendar, long long critical_path_limit) {
        const ScheduleOptions options = schedule_options(calendar, critical_path_limit);
        auto snapshot = portfolio_snapshot(portfolio);
        py::gil_scoped_release release;
        return compute_schedule(*snapshot, options);
      },
      py::arg("portfolio"), py::arg("calendar") = CalendarKind::calendar_days, py::arg("critical_path_limit") = 20,
      "The critical-path schedule of a Portfolio: earliest and latest dates, floats, critical paths and "
      "conflicts, over the dependencies with their types and lags, shared components' availability, actual "
      "and fixed starts and planned starts. ``calendar`` says what durations and floats count: "
      "\"calendar_days\", \"working_days_no\" or \"working_days_dk\". ValidationError naming the initiatives "
      "for dependency cycles, self-dependencies, unknown prerequisites and periods that end before they start. "
      "Releases the GIL.");

  py::class_<IncrementalHandle> incremental(
      m, "IncrementalSchedule",
      "A schedule kept up to date under small changes (one initiative's dates, one dependency): each change "
      "recomputes only what it moves, and schedule() is always what compute_schedule() would give for the "
      "changed portfolio. The portfolio itself is not changed. Safe to use from several threads (calls are "
      "serialised).");
  incremental
      .def(py::init([](const py::object& portfolio, CalendarKind calendar, long long critical_path_limit) {
             const ScheduleOptions options = schedule_options(calendar, critical_path_limit);
             auto snapshot = portfolio_snapshot(portfolio);
             py::gil_scoped_release release;
             return std::make_unique<IncrementalHandle>(*snapshot, options);
           }),
           py::arg("portfolio"), py::arg("calendar") = CalendarKind::calendar_days,
           py::arg("critical_path_limit") = 20,
           "Schedule a Portfolio; raises as compute_schedule() does. Releases the GIL.")
      .def_property_readonly("calendar", &IncrementalHandle::calendar, "The calendar the schedule counts in.")
      .def(
          "set_dates",
          [](IncrementalHandle& self, const InitiativeId& id, std::optional<Date> planned_start,
             std::optional<Date> planned_end, std::optional<Date> actual_start, std::optional<Date> actual_end,
             std::optional<Date> fixed_start) {
            const Period planned{planned_start, planned_end};
            const Period actual{actual_start, actual_end};
            self.run([&](IncrementalSchedule& s) { s.set_dates(id, planned, actual, fixed_start); });
          },
          py::arg("id"), py::arg("planned_start"), py::arg("planned_end"), py::arg("actual_start") = py::none(),
          py::arg("actual_end") = py::none(), py::arg("fixed_start") = py::none(),
          "Replace one initiative's planned and actual dates and fixed start (all five: None clears one). "
          "NotFoundError for an initiative that is not in the schedule, ValidationError for a period that ends "
          "before it starts; nothing changes on error. Releases the GIL.")
      .def(
          "add_dependency",
          [](IncrementalHandle& self, const InitiativeId& dependent, const std::string& on, DependencyType type,
             int lag_days, bool component) {
            const Dependency dependency = make_dependency(on, type, lag_days, component);
            self.run([&](IncrementalSchedule& s) { s.add_dependency(dependent, dependency); });
          },
          py::arg("dependent"), py::arg("on"), py::arg("type") = DependencyType::finish_to_start,
          py::arg("lag_days") = 0, py::arg("component") = false,
          "Make ``dependent`` depend on initiative ``on`` (a shared component with ``component=True``). "
          "ValidationError naming the initiatives when it would close a cycle; NotFoundError for unknown ids. "
          "Releases the GIL.")
      .def(
          "remove_dependency",
          [](IncrementalHandle& self, const InitiativeId& dependent, const std::string& on, DependencyType type,
             int lag_days, bool component) {
            const Dependency dependency = make_dependency(on, type, lag_days, component);
            self.run([&](IncrementalSchedule& s) { s.remove_dependency(dependent, dependency); });
          },
          py::arg("dependent"), py::arg("on"), py::arg("type") = DependencyType::finish_to_start,
          py::arg("lag_days") = 0, py::arg("component") = false,
          "Remove the dependency with this prerequisite, type and lag; NotFoundError when there is none. "
          "Releases the GIL.")
      .def(
          "schedule", [](IncrementalHandle& self) { return self.run([](IncrementalSchedule& s) { return s.schedule(); }); },
          "The whole Schedule as it is now. Releases the GIL.")
      .def(
          "initiative",
          [](IncrementalHandle& self, const InitiativeId& id) {
            return self.run([&](IncrementalSchedule& s) { return s.initiative(id); });
          },
          py::arg("id"), "One ScheduledInitiative; NotFoundError when it is not scheduled.")
      .def_property_readonly(
          "last_change_recomputed",
          [](IncrementalHandle& self) {
            return self.run([](IncrementalSchedule& s) { return s.last_change_recomputed(); });
          },
          "How many initiatives and components the last change recomputed.")
      .def("__repr__", [](const IncrementalHandle& self) {
        return "<tiltak.IncrementalSchedule " + std::string(calendar_kind_name(self.calendar())) + ">";
      });
}

// --- impacts ----------------------------------------------------------------------------------

void bind_impact(py::module_& m) {
  py::class_<MovedInitiative> moved(m, "MovedInitiative", "An initiative whose earliest dates a slip moves.");
  readonly(moved, "id", &MovedInitiative::id, "Initiative id.");
  readonly(moved, "old_start", &MovedInitiative::old_start, "datetime.date: earliest start before the slip.");
  readonly(moved, "new_start", &MovedInitiative::new_start, "datetime.date: earliest start after the slip.");
  readonly(moved, "old_finish", &MovedInitiative::old_finish, "datetime.date: earliest finish before the slip.");
  readonly(moved, "new_finish", &MovedInitiative::new_finish, "datetime.date: earliest finish after the slip.");
  readonly(moved, "start_shift_days", &MovedInitiative::start_shift_days, "new_start - old_start in calendar days.");
  readonly(moved, "finish_shift_days", &MovedInitiative::finish_shift_days,
           "new_finish - old_finish in calendar days.");
  finish_result(moved, {"id", "old_start", "new_start", "old_finish", "new_finish", "start_shift_days",
                        "finish_shift_days"});

  py::class_<MovedBenefit> benefit(
      m, "MovedBenefit",
      "A benefit whose contributors' finishes move: each contributor's attributed part of the planned profile "
      "moves with that contributor's finish. Yearly amounts are lists of (year, Money) tuples in year order.");
  readonly(benefit, "id", &MovedBenefit::id, "Benefit id.");
  readonly(benefit, "old_delivery", &MovedBenefit::old_delivery,
           "datetime.date: the latest finish among its scheduled contributors before the slip (None if none).");
  readonly(benefit, "new_delivery", &MovedBenefit::new_delivery, "datetime.date: the same after the slip.");
  readonly(benefit, "before", &MovedBenefit::before, "list[(year, Money)]: planned value per budget year.");
  readonly(benefit, "after", &MovedBenefit::after, "list[(year, Money)]: the same after the slip.");
  readonly(benefit, "change", &MovedBenefit::change,
           "list[(year, Money)]: after - before, only the years that change; negative where value moves out.");
  finish_result(benefit, {"id", "old_delivery", "new_delivery", "change"});

  py::class_<SlipImpact> slip(m, "SlipImpact",
                              "What a slip does downstream (slip_impact()): which initiatives move and by how "
                              "much, and which benefits' value moves between budget years.");
  readonly(slip, "initiative", &SlipImpact::initiative, "The slipped initiative.");
  readonly(slip, "slip_days", &SlipImpact::slip_days, "The slip in calendar days.");
  readonly(slip, "moved", &SlipImpact::moved,
           "list[MovedInitiative]: the slipped initiative first, then the others in portfolio order.");
  readonly(slip, "benefits", &SlipImpact::benefits, "list[MovedBenefit].");
  readonly(slip, "old_finish", &SlipImpact::old_finish, "datetime.date: the portfolio's finish before (or None).");
  readonly(slip, "new_finish", &SlipImpact::new_finish, "datetime.date: the portfolio's finish after (or None).");
  slip.def(
          "to_frame", [](const py::object& self) { return graph_function("moved_frame")(self); },
          "pandas.DataFrame with one row per moved initiative. Needs pandas.")
      .def(
          "benefits_frame", [](const py::object& self) { return graph_function("benefit_changes_frame")(self); },
          "pandas.DataFrame with one row per moved benefit and budget year: value before, after and the change. "
          "Needs pandas.");
  slip.def("to_json", [](const SlipImpact& self) { return slip_impact_to_json(self); },
           "The impact as its JSON document (docs/graph.md).");
  finish_result(slip, {"initiative", "slip_days", "old_finish", "new_finish"});

  py::class_<LostContribution> lost(m, "LostContribution", "A benefit a cancelled initiative contributes to.");
  readonly(lost, "id", &LostContribution::id, "Benefit id.");
  readonly(lost, "lost_share_basis_points", &LostContribution::lost_share_basis_points,
           "The cancelled initiative's attribution share in basis points (10000 = 100 %).");
  readonly(lost, "lost_value", &LostContribution::lost_value, "Money: that share of the planned value.");
  finish_result(lost, {"id", "lost_share_basis_points", "lost_value"});

  py::class_<CancelImpact> cancel(m, "CancelImpact",
                                  "What a cancellation does (cancel_impact()): who loses a prerequisite and which "
                                  "benefits suffer.");
  readonly(cancel, "initiative", &CancelImpact::initiative, "The cancelled initiative.");
  readonly(cancel, "lose_prerequisite", &CancelImpact::lose_prerequisite,
           "list[str]: initiatives that depend on it directly, sorted.");
  readonly(cancel, "downstream", &CancelImpact::downstream,
           "list[str]: every initiative that depends on it, also through others.");
  readonly(cancel, "benefits", &CancelImpact::benefits, "list[LostContribution]: benefits it contributes to.");
  readonly(cancel, "benefits_at_risk", &CancelImpact::benefits_at_risk,
           "list[str]: benefits whose contributors are downstream of it.");
  cancel.def(
      "to_frame", [](const py::object& self) { return graph_function("lost_contributions_frame")(self); },
      "pandas.DataFrame with one row per lost contribution. Needs pandas.");
  cancel.def("to_json", [](const CancelImpact& self) { return cancel_impact_to_json(self); },
             "The impact as its JSON document (docs/graph.md).");
  finish_result(cancel, {"initiative", "lose_prerequisite", "downstream", "benefits_at_risk"});

  m.def(
      "slip_impact",
      [](const py::object& portfolio, const InitiativeId& id, long days, CalendarKind calendar) {
        ScheduleOptions options;
        options.calendar = calendar;
        auto snapshot = portfolio_snapshot(portfolio);
        py::gil_scoped_release release;
        return slip_impact(*snapshot, id, days, options);
      },
      py::arg("portfolio"), py::arg("id"), py::arg("days"), py::arg("calendar") = CalendarKind::calendar_days,
      "What if initiative ``id`` slips ``days`` calendar days: one not yet started moves its whole planned "
      "period, a started one finishes later. The schedule is computed in ``calendar``. NotFoundError when it "
      "is not scheduled; raises as compute_schedule() does. Releases the GIL.");

  m.def(
      "cancel_impact",
      [](const py::object& portfolio, const InitiativeId& id) {
        auto snapshot = portfolio_snapshot(portfolio);
        py::gil_scoped_release release;
        return cancel_impact(*snapshot, id);
      },
      py::arg("portfolio"), py::arg("id"),
      "What if initiative ``id`` is cancelled. NotFoundError for an unknown, rejected or cancelled initiative. "
      "Releases the GIL.");
}

// --- the benefit network ----------------------------------------------------------------------

void bind_benefit_network(py::module_& m) {
  py::class_<GoalCoverage> goal(m, "GoalCoverage", "How one strategic goal is served.");
  readonly(goal, "goal", &GoalCoverage::goal, "Strategic goal id.");
  readonly(goal, "benefits", &GoalCoverage::benefits, "list[str]: benefits that serve it.");
  readonly(goal, "approved_contributors", &GoalCoverage::approved_contributors,
           "list[str]: approved initiatives behind those benefits.");
  readonly(goal, "direct_contributors", &GoalCoverage::direct_contributors,
           "list[str]: approved initiatives scoring the goal directly (score > 0).");
  readonly(goal, "covered", &GoalCoverage::covered, "Some approved initiative serves it.");
  finish_result(goal, {"goal", "covered", "benefits", "approved_contributors", "direct_contributors"});

  py::class_<ContributorRisk> risk(m, "ContributorRisk", "A contributor at risk, and why.");
  readonly(risk, "initiative", &ContributorRisk::initiative, "Initiative id.");
  readonly(risk, "reasons", &ContributorRisk::reasons,
           "list[str]: \"paused\", \"red status (schedule)\", \"depends on cancelled T-031\", ...");
  finish_result(risk, {"initiative", "reasons"});

  py::class_<BenefitAtRisk> at_risk(m, "BenefitAtRisk", "A benefit whose every contributor is at risk.");
  readonly(at_risk, "benefit", &BenefitAtRisk::benefit, "Benefit id.");
  readonly(at_risk, "contributors", &BenefitAtRisk::contributors, "list[ContributorRisk]: every contributor.");
  finish_result(at_risk, {"benefit", "contributors"});

  py::class_<BenefitNetwork> network(
      m, "BenefitNetwork",
      "The benefits dependency network (analyse_benefit_network()): initiatives enable benefits, benefits "
      "serve strategic goals.");
  readonly(network, "goals", &BenefitNetwork::goals, "list[GoalCoverage] in strategy order.");
  readonly(network, "uncovered_goals", &BenefitNetwork::uncovered_goals,
           "list[str]: goals no approved initiative serves.");
  readonly(network, "benefits_at_risk", &BenefitNetwork::benefits_at_risk,
           "list[BenefitAtRisk]: benefits whose every contributor is at risk.");
  readonly(network, "benefits_without_contributors", &BenefitNetwork::benefits_without_contributors,
           "list[str]: benefits no initiative is credited with.");
  network.def(
      "to_frame", [](const py::object& self) { return graph_function("goals_frame")(self); },
      "pandas.DataFrame with one row per strategic goal and how it is covered. Needs pandas.");
  network.def("to_json", [](const BenefitNetwork& self) { return benefit_network_to_json(self); },
              "The network as its JSON document (docs/graph.md).");
  finish_result(network, {"uncovered_goals", "benefits_at_risk", "benefits_without_contributors"});

  m.def(
      "analyse_benefit_network",
      [](const py::object& portfolio) {
        auto snapshot = portfolio_snapshot(portfolio);
        py::gil_scoped_release release;
        return analyse_benefit_network(*snapshot);
      },
      py::arg("portfolio"),
      "Which strategic goals nothing approved serves, and which benefits rest only on initiatives at risk "
      "(paused, rejected or cancelled, red status in any dimension, or depending on a rejected, cancelled or "
      "paused initiative). Releases the GIL.");
}

// --- calendars and yearly amounts -------------------------------------------------------------

void bind_calendar(py::module_& m) {
  py::class_<Calendar> calendar(
      m, "Calendar",
      "Dates as integer scheduling units: calendar days, or Norwegian (\"working_days_no\") or Danish "
      "(\"working_days_dk\") working days (Monday to Friday minus the public holidays). Covers 1900-01-01 to "
      "2200-12-31; dates and units outside raise InvalidArgumentError. Immutable and hashable.");
  calendar.def(py::init<CalendarKind>(), py::arg("kind") = CalendarKind::calendar_days,
               "A calendar of ``kind``: \"calendar_days\", \"working_days_no\" or \"working_days_dk\".")
      .def_property_readonly("kind", &Calendar::kind, "\"calendar_days\", \"working_days_no\" or \"working_days_dk\".")
      .def("is_working_day", &Calendar::is_working_day, py::arg("date"),
           "Whether ``date`` counts (every day does in calendar days).")
      .def("to_units", &Calendar::to_units, py::arg("date"),
           "The unit of ``date``: days since 1900-01-01, or the number of working days before it since then (a "
           "weekend or holiday maps to the next working day's unit).")
      .def("from_units", &Calendar::from_units, py::arg("units"),
           "The datetime.date of a unit (0 to last_unit); a working day in working-day calendars.")
      .def_property_readonly("last_unit", &Calendar::last_unit, "The unit of 2200-12-31.")
      .def("span", &Calendar::span, py::arg("start"), py::arg("end"),
           "Units in the inclusive period [start, end]: its working days (calendar days: end - start + 1); 0 "
           "when it has none or ends before it starts.")
      .def(
          "__eq__", [](const Calendar& a, const Calendar& b) { return a.kind() == b.kind(); }, py::is_operator(),
          "Equal when of the same kind.")
      .def("__ne__", [](const Calendar& a, const Calendar& b) { return a.kind() != b.kind(); }, py::is_operator())
      .def("__hash__", [](const Calendar& self) { return py::hash(py::cast(self.kind())); })
      .def("__repr__",
           [](const Calendar& self) { return "Calendar('" + std::string(calendar_kind_name(self.kind())) + "')"; })
      .def(py::pickle([](const Calendar& self) { return py::make_tuple(self.kind()); },
                      [](const py::tuple& state) { return Calendar(state[0].cast<CalendarKind>()); }));

  m.def(
      "public_holidays",
      [](CalendarKind kind, int year) {
        py::list result;
        for (const auto& holiday : public_holidays(kind, year))
          result.append(py::make_tuple(holiday.date, text(holiday.name_local), text(holiday.name_en)));
        return result;
      },
      py::arg("kind"), py::arg("year"),
      "The official public holidays of Norway (\"working_days_no\") or Denmark (\"working_days_dk\") in "
      "``year``, as (datetime.date, local name, English name) tuples in date order, Sundays included; none "
      "for \"calendar_days\". InvalidArgumentError for a year outside 1900-2200.");

  const auto calendars = tiltak::enum_names<CalendarKind>();
  py::tuple kinds(calendars.size());
  for (std::size_t i = 0; i < kinds.size(); ++i) kinds[i] = py::cast(calendars[i].value);
  m.attr("CALENDARS") = kinds;

  m.def("planned_yearly_values", &planned_yearly_values, py::arg("benefit"), py::arg("currency"),
        "A Benefit's planned profile in money, year by year: list[(year, Money)] (Benefit.planned_value() of "
        "each profile year).");
  m.def("shift_by_days", &shift_by_days, py::arg("amounts"), py::arg("days"),
        "Yearly amounts (a list of (year, Money)) moved ``days`` later (earlier when negative): each year's "
        "amount is spread evenly over its days and re-collected by the years those days fall in after the move. "
        "The total is kept exactly; rounding differences go to the latest year.");
  m.def("yearly_change", &yearly_change, py::arg("before"), py::arg("after"),
        "Year by year, ``after`` minus ``before`` (years in either), leaving out years with no change: "
        "list[(year, Money)].");
}

}  // namespace

void bind_graph(py::module_& module) {
  bind_dependency_graph(module);
  bind_schedule(module);
  bind_impact(module);
  bind_benefit_network(module);
  bind_calendar(module);
}

}  // namespace tiltak_python
