#pragma once
// Traffic-light status reports per dimension, as project managers give them.

#include <string>

#include "tiltak/core/date.hpp"

namespace tiltak {

enum class StatusDimension { schedule, cost, scope, risk };
enum class Rag { green, yellow, red };

// One report in a dimension. An initiative keeps its history; the newest per dimension is
// its current status.
struct StatusReport {
  StatusDimension dimension = StatusDimension::schedule;
  Rag rag = Rag::green;
  std::string comment;
  Date date;
  bool operator==(const StatusReport&) const = default;
};

}  // namespace tiltak
