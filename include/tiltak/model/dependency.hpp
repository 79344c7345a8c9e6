#pragma once
// A dependency of an initiative on another initiative or on a shared national component.

#include <variant>

#include "tiltak/core/id.hpp"

namespace tiltak {

// Precedence types of the critical-path method. "finish_to_start": this initiative starts
// after the other finishes (plus lag).
enum class DependencyType { finish_to_start, start_to_start, finish_to_finish, start_to_finish };

struct Dependency {
  std::variant<InitiativeId, ComponentId> on;
  DependencyType type = DependencyType::finish_to_start;
  int lag_days = 0;  // may be negative (a lead)
  bool operator==(const Dependency&) const = default;
};

}  // namespace tiltak
