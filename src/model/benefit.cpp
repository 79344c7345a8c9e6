#include "tiltak/model/benefit.hpp"

#include <map>

#include "tiltak/model/planned_values.hpp"

namespace tiltak {

Money planned_value(const Benefit& benefit, const PlannedBenefit& planned, Currency currency) {
  if (!benefit.value_per_unit) return Money::zero(currency);
  return round_to_minor(static_cast<long double>(planned.quantity) * benefit.value_per_unit->minor_units(), currency);
}

double annual_level(const IndicatorValue& measurement) noexcept {
  if (!measurement.period_start || measurement.period_start->is_special() || measurement.date.is_special())
    return measurement.value;
  const long days = static_cast<long>((measurement.date - *measurement.period_start).days()) + 1;
  return days > 0 ? measurement.value * 365.0 / static_cast<double>(days) : measurement.value;
}

Money planned_value_total(const Benefit& benefit, Currency currency) {
  Money total = Money::zero(currency);
  for (const auto& planned : benefit.profile) total += planned_value(benefit, planned, currency);
  return total;
}

std::vector<CashFlow> planned_yearly_values(const Benefit& benefit, Currency currency) {
  std::map<int, Money> by_year;
  for (const auto& planned : benefit.profile)
    by_year.insert_or_assign(planned.year, planned_value(benefit, planned, currency));
  std::vector<CashFlow> out;
  for (const auto& [year, amount] : by_year) out.push_back({year, amount});
  return out;
}

}  // namespace tiltak
