#pragma once
// A schedule kept up to date under small changes: one initiative's dates, one dependency.
// Each change recomputes only the initiatives whose dates or floats it moves; the result is
// always what compute_schedule() would give for the changed portfolio.

#include <memory>

#include "tiltak/graph/schedule.hpp"

namespace tiltak {

class IncrementalSchedule {
 public:
  // Throws like compute_schedule().
  explicit IncrementalSchedule(const Portfolio& portfolio, const ScheduleOptions& options = {});
  ~IncrementalSchedule();
  IncrementalSchedule(IncrementalSchedule&&) noexcept;
  IncrementalSchedule& operator=(IncrementalSchedule&&) noexcept;

  // New planned and actual dates and fixed start of one initiative. Error(not_found) for an
  // initiative that is not in the schedule, Error(validation_error) for a period that ends
  // before it starts; nothing changes on error.
  void set_dates(const InitiativeId& id, const Period& planned, const Period& actual,
                 const std::optional<Date>& fixed_start);
  // A new dependency of `dependent`. Error(validation_error) naming the initiatives when it
  // would close a cycle; Error(not_found) for unknown ids.
  void add_dependency(const InitiativeId& dependent, const Dependency& dependency);
  // Error(not_found) when `dependent` has no such dependency.
  void remove_dependency(const InitiativeId& dependent, const Dependency& dependency);

  Schedule schedule() const;
  // One initiative's schedule; Error(not_found) when it is not scheduled.
  ScheduledInitiative initiative(const InitiativeId& id) const;
  // How many initiatives and components the last change recomputed.
  std::size_t last_change_recomputed() const noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tiltak
