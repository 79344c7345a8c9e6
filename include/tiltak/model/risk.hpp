#pragma once
// A risk on an initiative, scored on the customary 5×5 matrix.

#include <optional>
#include <string>

#include "tiltak/core/date.hpp"
#include "tiltak/core/id.hpp"
#include "tiltak/core/money.hpp"

namespace tiltak {

struct Risk {
  RiskId id;
  std::string title;
  int probability = 1;  // 1 (very unlikely) .. 5 (very likely)
  int consequence = 1;  // 1 (insignificant) .. 5 (critical)
  std::optional<PersonId> owner;
  std::string mitigation;
  std::optional<Date> last_assessed;
  // Financial consequence if it occurs (feeds the Danish business case model's risk pool).
  std::optional<Money> financial_consequence;

  int score() const noexcept { return probability * consequence; }
  bool operator==(const Risk&) const = default;
};

}  // namespace tiltak
