#pragma once
// A benefit's planned profile in money, year by year: what the schedule's slip impact moves
// (graph) and what the valuation discounts (benefits), from the model, below both.

#include <vector>

#include "tiltak/core/cash_flow.hpp"
#include "tiltak/model/benefit.hpp"

namespace tiltak {

// planned_value() of each year of the profile, in year order (a year given twice: the last).
std::vector<CashFlow> planned_yearly_values(const Benefit& benefit, Currency currency);

}  // namespace tiltak
