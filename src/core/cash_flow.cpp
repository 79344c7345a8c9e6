#include "tiltak/core/cash_flow.hpp"

#include <algorithm>
#include <map>

#include "tiltak/core/date.hpp"

namespace tiltak {
namespace {

long day_number(int year, int month, int day) {
  return static_cast<long>(Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                                static_cast<unsigned short>(day))
                               .day_number());
}

int year_of(long day_number) {
  using calendar = boost::gregorian::gregorian_calendar;
  return static_cast<int>(calendar::from_day_number(static_cast<calendar::date_int_type>(day_number)).year);
}

std::vector<CashFlow> from_map(const std::map<int, Money>& by_year) {
  std::vector<CashFlow> out;
  for (const auto& [year, amount] : by_year) out.push_back({year, amount});
  return out;
}

}  // namespace

std::vector<CashFlow> shift_by_days(const std::vector<CashFlow>& amounts, long days) {
  if (days == 0 || amounts.empty()) return amounts;
  const Currency currency = amounts.front().amount.currency();
  std::map<int, Money> moved;
  for (const auto& [year, amount] : amounts) {
    const long first = day_number(year, 1, 1) + days;
    const long last = day_number(year, 12, 31) + days;  // inclusive
    const long length = last - first + 1;
    Money placed = Money::zero(currency);
    // The target years, from the first day's year to the last day's.
    const int first_year = year_of(first), last_year = year_of(last);
    for (int target = first_year; target <= last_year; ++target) {
      const long overlap = std::min(last, day_number(target, 12, 31)) - std::max(first, day_number(target, 1, 1)) + 1;
      const Money part = target == last_year ? amount - placed
                                             : round_to_minor(static_cast<long double>(amount.minor_units()) * overlap /
                                                                  static_cast<long double>(length),
                                                              currency);
      placed += part;
      auto [it, inserted] = moved.try_emplace(target, part);
      if (!inserted) it->second += part;
    }
  }
  return from_map(moved);
}

std::vector<CashFlow> yearly_change(const std::vector<CashFlow>& before, const std::vector<CashFlow>& after) {
  std::map<int, Money> change;
  for (const auto& [year, amount] : after) change.insert_or_assign(year, amount);
  for (const auto& [year, amount] : before) {
    auto [it, inserted] = change.try_emplace(year, -amount);
    if (!inserted) it->second -= amount;
  }
  std::erase_if(change, [](const auto& entry) { return entry.second.is_zero(); });
  return from_map(change);
}

}  // namespace tiltak
