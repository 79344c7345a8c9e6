#pragma once
// What the IT-system register (model/system.hpp) means for the plan (issue 23):
//  - a decommissioning waits for its replacement: an initiative that decommissions a system
//    depends (finish to start) on every other initiative that replaces that system. The
//    dependency graph derives these edges beside the written dependencies (docs/scheduling.md,
//    "Derived from the system register");
//  - a system's contract end is a deadline for the go-live of the initiatives that replace it,
//    and the schedule's forecast may pass it.

#include <optional>
#include <string>
#include <vector>

#include "tiltak/core/date.hpp"
#include "tiltak/graph/schedule.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak {

// "`dependent` decommissions `system`, which `prerequisite` replaces": `dependent` starts after
// `prerequisite` finishes. Not derived where `dependent` already names `prerequisite` among its
// dependencies (whatever the type: the written one holds), nor between rejected or cancelled
// initiatives. In the order of the systems, then of the decommissioning initiatives, then of
// the replacing ones.
struct DerivedDependency {
  InitiativeId dependent;
  InitiativeId prerequisite;
  SystemId system;
  bool operator==(const DerivedDependency&) const = default;
};
std::vector<DerivedDependency> derived_system_dependencies(const Portfolio& portfolio);

// The end of a system's contracts: the latest end of its contracts, none when it has no
// contract or one of them is open-ended. `contract` is the position of the contract that ends.
struct ContractEnd {
  Date end;
  std::size_t contract = 0;
};
std::optional<ContractEnd> contract_end(const ItSystem& system);

// A replacement's go-live against the end of the contract of the system it replaces. The
// forecast go-live is the schedule's earliest finish of the replacing initiative (its actual
// end once it has one); it misses the deadline when it falls after the contract's last day.
struct ContractDeadline {
  SystemId system;
  InitiativeId replacement;       // the initiative whose action replaces the system
  Date deadline;                  // the contract's end, its last day
  std::optional<Date> forecast;   // none when the schedule has no dates for the initiative
  long days_late = 0;             // forecast - deadline when missed, else 0
  bool missed = false;
  std::string pointer;            // "/systems/2/contracts/0/end"
  bool operator==(const ContractDeadline&) const = default;
};
// Every replacement of a system with a contract end, in the order of the systems and then of
// the initiatives (rejected and cancelled ones left out).
std::vector<ContractDeadline> contract_deadlines(const Portfolio& portfolio, const Schedule& schedule);

}  // namespace tiltak
