#pragma once
// A realistic plan for a selection: start years that keep every year's budgets and capacity
// and the dependencies, and what had to be deferred past the horizon, and why.

#include <string>
#include <vector>

#include "tiltak/prioritisation/selection.hpp"

namespace tiltak {

struct PlannedStart {
  InitiativeId id;
  std::string title;
  int planned_year = 0;  // the first year of its cost lines as planned
  int start_year = 0;    // the first year in this plan
  bool operator==(const PlannedStart&) const = default;
};

struct Deferral {
  InitiativeId id;
  std::string title;
  std::string reason;  // the limit that blocked it, or the deferred prerequisite
  bool operator==(const Deferral&) const = default;
};

struct RealisticPlan {
  std::vector<PlannedStart> scheduled;  // in the order they were placed
  std::vector<Deferral> deferred;
  bool operator==(const RealisticPlan&) const = default;
};

// Places the selected initiatives one at a time: prerequisites first, then by their value in
// `selection` (forced and mandatory first). Each keeps the shape of its cost profile and moves
// as a whole by whole years, never earlier than planned: the smallest delay at which every
// shifted amount fits what is left of its year's budget or role's capacity (over the horizon
// of `options`) and it starts no earlier than each prerequisite starts (start-to-start and the
// like) or ends (finish-to-start). One that cannot start by the horizon's last year is deferred.
// Throws what select_portfolio's option checks throw.
RealisticPlan plan_selection(const Portfolio& portfolio, const SelectionOptions& options, const Selection& selection);

}  // namespace tiltak
