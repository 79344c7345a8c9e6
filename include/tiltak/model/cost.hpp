#pragma once
// Cost lines of an initiative: money per year by kind, and internal hours per role.

#include <optional>
#include <string>

#include "tiltak/core/id.hpp"
#include "tiltak/core/money.hpp"

namespace tiltak {

enum class CostKind {
  investment,      // one-off: acquisition, implementation, external consultants
  operating,       // recurring: licences, operations, support
  internal_hours,  // the organisation's own people; counted in hours against capacity
};

// Plan is the approved budget, actual what has been booked, forecast the current expectation.
enum class CostBasis { plan, actual, forecast };

struct CostLine {
  int year = 0;
  CostKind kind = CostKind::investment;
  CostBasis basis = CostBasis::plan;
  // For investment and operating: the amount. For internal hours: their valued cost (may be zero).
  Money amount{0, Currency::NOK};
  long long hours = 0;        // internal hours only
  std::string role;           // internal hours only: the resource role drawn on
  std::optional<UnitId> bearer;  // who pays; empty = shared by the members' cost-sharing key
  std::string description;
  bool operator==(const CostLine&) const = default;
};

}  // namespace tiltak
