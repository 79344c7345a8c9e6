#pragma once
// The efficient frontier: the best attainable value at each budget level.

#include <optional>
#include <vector>

#include "tiltak/prioritisation/selection.hpp"

namespace tiltak {

struct FrontierPoint {
  double budget_factor = 1.0;         // every year's budgets (investment and operating) times this
  Money investment_budget{0, Currency::NOK};  // the horizon's scaled investment budgets, summed
  bool feasible = false;              // false: the mandatory initiatives do not fit this level
  double objective_value = 0.0;
  SelectionStatus status = SelectionStatus::optimal;
  std::optional<double> gap;
  std::vector<InitiativeId> selected;
  bool operator==(const FrontierPoint&) const = default;
};

// One selection per factor (in the given order), with `options` otherwise unchanged; amounts
// scaled and rounded to the minor unit. Budget years without an amount stay unlimited.
// Throws what select_portfolio throws, except Error(infeasible), which marks a point infeasible;
// Error(invalid_argument) for a factor that is negative or not finite.
std::vector<FrontierPoint> efficient_frontier(const Portfolio& portfolio, const SelectionOptions& options,
                                              const std::vector<double>& budget_factors);

}  // namespace tiltak
