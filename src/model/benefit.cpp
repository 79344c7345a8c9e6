#include "tiltak/model/benefit.hpp"

namespace tiltak {

Money planned_value(const Benefit& benefit, const PlannedBenefit& planned, Currency currency) {
  if (!benefit.value_per_unit) return Money::zero(currency);
  return round_to_minor(static_cast<long double>(planned.quantity) * benefit.value_per_unit->minor_units(), currency);
}

Money planned_value_total(const Benefit& benefit, Currency currency) {
  Money total = Money::zero(currency);
  for (const auto& planned : benefit.profile) total += planned_value(benefit, planned, currency);
  return total;
}

}  // namespace tiltak
