#pragma once
// Amounts per budget year, and how they move when the work behind them moves in time.

#include <vector>

#include "tiltak/core/money.hpp"
#include "tiltak/model/benefit.hpp"

namespace tiltak {

struct YearAmount {
  int year = 0;
  Money amount{0, Currency::NOK};
  bool operator==(const YearAmount&) const = default;
};

// A benefit's planned profile in money, year by year (planned_value() of each year).
std::vector<YearAmount> planned_yearly_values(const Benefit& benefit, Currency currency);

// The same amounts moved `days` later (earlier when negative), each year's amount taken as
// spread evenly over that year's days and re-collected by the years its days fall in after
// the move. The total is kept exactly: rounding differences go to the latest year.
std::vector<YearAmount> shift_by_days(const std::vector<YearAmount>& amounts, long days);

// Year by year, `after` minus `before` (years in either), leaving out years with no change.
std::vector<YearAmount> yearly_change(const std::vector<YearAmount>& before, const std::vector<YearAmount>& after);

}  // namespace tiltak
