#pragma once
// Dated amounts: an amount in one calendar year, and how a profile of them moves in time. A core
// concept (QuantLib's dated cash flow), so that the schedule's slip impact (graph) and valuation
// (benefits) share one type. Sign convention where it matters: a gain positive, a cost negative.

#include <vector>

#include "tiltak/core/money.hpp"

namespace tiltak {

// An amount in one calendar year (fixed prices of the analysis' price year).
struct CashFlow {
  int year = 0;
  Money amount{0, Currency::NOK};
  bool operator==(const CashFlow&) const = default;
};

// The same amounts moved `days` later (earlier when negative), each year's amount taken as
// spread evenly over that year's days and re-collected by the years its days fall in after
// the move. The total is kept exactly: rounding differences go to the latest year.
std::vector<CashFlow> shift_by_days(const std::vector<CashFlow>& amounts, long days);

// Year by year, `after` minus `before` (years in either), leaving out years with no change.
std::vector<CashFlow> yearly_change(const std::vector<CashFlow>& before, const std::vector<CashFlow>& after);

}  // namespace tiltak
