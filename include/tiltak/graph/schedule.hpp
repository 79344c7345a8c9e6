#pragma once
// The portfolio schedule by the critical-path method: earliest and latest dates, floats and the
// critical path(s), over the dependency graph with its four constraint types and lags, fixed
// dates (shared components' availability, actual and contractual starts) and planned starts.
//
// Units: durations, lags and floats are counted in the calendar's units (calendar days, or
// Norwegian or Danish working days). A period's finish is its last day (inclusive).

#include <optional>
#include <string>
#include <vector>

#include "tiltak/core/date.hpp"
#include "tiltak/graph/calendar.hpp"
#include "tiltak/graph/dependency_graph.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak {

struct ScheduleOptions {
  CalendarKind calendar = CalendarKind::calendar_days;
  std::size_t critical_path_limit = 20;  // report at most this many critical paths
};

struct ScheduledInitiative {
  InitiativeId id;
  long duration = 0;  // in calendar units
  Date earliest_start, earliest_finish;
  Date latest_start, latest_finish;
  long total_float = 0;  // how far it can slip without moving the portfolio's finish
  long free_float = 0;   // how far it can slip without moving any dependent
  bool critical = false;  // total float ≤ 0
  bool fixed = false;     // its start is a fact or a contract: actual start or fixed_start
  // How much later than its planned start its prerequisites let it start (0 when on plan).
  long delay_vs_plan = 0;
  bool operator==(const ScheduledInitiative&) const = default;
};

// A fixed start that a prerequisite does not allow: the plan cannot be carried out as fixed.
struct ScheduleConflict {
  InitiativeId initiative;
  std::string prerequisite;  // initiative or component id
  Date fixed_start;
  Date earliest_allowed;     // what the prerequisite allows
  std::string message;       // plain language, naming both
  bool operator==(const ScheduleConflict&) const = default;
};

struct Schedule {
  CalendarKind calendar = CalendarKind::calendar_days;
  std::vector<ScheduledInitiative> initiatives;  // the scheduled ones, in portfolio order
  std::vector<InitiativeId> unscheduled;         // without dates to schedule by (ideas, ...)
  std::optional<Date> start, finish;             // of the scheduled initiatives
  std::vector<std::vector<InitiativeId>> critical_paths;
  std::vector<ScheduleConflict> conflicts;
  std::vector<GraphIssue> warnings;  // dependencies on rejected or cancelled initiatives

  const ScheduledInitiative* find(const InitiativeId& id) const noexcept;
  bool operator==(const Schedule&) const = default;
};

// Throws Error(validation_error) naming the initiatives for dependency cycles, self-dependencies,
// unknown prerequisites, periods that end before they start, lags longer than the supported
// dates, and dates that the schedule would put outside them (core/date.hpp: a long lag or chain
// past 2200-12-31, or a latest start before 1900 through fixed starts); never a date held to
// the range's ends.
Schedule compute_schedule(const Portfolio& portfolio, const ScheduleOptions& options = {});

}  // namespace tiltak
