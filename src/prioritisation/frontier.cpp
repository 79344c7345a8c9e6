#include "tiltak/prioritisation/frontier.hpp"

#include <cmath>

#include "tiltak/core/error.hpp"

namespace tiltak {
namespace {

std::optional<Money> scaled(const std::optional<Money>& amount, double factor) {
  if (!amount) return std::nullopt;
  return round_to_minor(static_cast<long double>(amount->minor_units()) * factor, amount->currency());
}

}  // namespace

std::vector<FrontierPoint> efficient_frontier(const Portfolio& portfolio, const SelectionOptions& options,
                                              const std::vector<double>& budget_factors) {
  std::vector<YearBudget> base = options.budgets ? *options.budgets : std::vector<YearBudget>{};
  if (!options.budgets)
    for (const auto& frame : portfolio.strategy.budget_frames) base.push_back({frame.year, frame.investment, frame.operating});
  std::vector<FrontierPoint> points;
  for (const double factor : budget_factors) {
    if (!std::isfinite(factor) || factor < 0)
      throw Error(ErrorCode::invalid_argument, "a budget factor must be a finite number ≥ 0");
    SelectionOptions level = options;
    level.budgets = base;
    FrontierPoint point;
    point.budget_factor = factor;
    point.investment_budget = Money::zero(portfolio.currency);
    for (auto& budget : *level.budgets) {
      budget.investment = scaled(budget.investment, factor);
      budget.operating = scaled(budget.operating, factor);
      const bool in_horizon = (!options.first_year || budget.year >= *options.first_year) &&
                              (!options.last_year || budget.year <= *options.last_year);
      if (budget.investment && in_horizon) point.investment_budget += *budget.investment;
    }
    try {
      const Selection selection = select_portfolio(portfolio, level);
      point.feasible = true;
      point.objective_value = selection.objective_value;
      point.status = selection.status;
      point.gap = selection.gap;
      point.selected = selection.selected;
    } catch (const Error& error) {
      if (error.code() != ErrorCode::infeasible) throw;
    }
    points.push_back(std::move(point));
  }
  return points;
}

}  // namespace tiltak
