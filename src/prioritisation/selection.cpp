#include "tiltak/prioritisation/selection.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>

#include "prioritisation/criterion_values.hpp"
#include "prioritisation/selection_problem.hpp"

namespace tiltak {

template <>
std::span<const EnumName<SelectionObjective>> enum_names() noexcept {
  static constexpr EnumName<SelectionObjective> names[] = {{SelectionObjective::score, "score"},
                                                           {SelectionObjective::npv, "npv"}};
  return names;
}

template <>
std::span<const EnumName<SelectionMethod>> enum_names() noexcept {
  static constexpr EnumName<SelectionMethod> names[] = {{SelectionMethod::exact, "exact"},
                                                        {SelectionMethod::greedy, "greedy"}};
  return names;
}

template <>
std::span<const EnumName<SelectionStatus>> enum_names() noexcept {
  static constexpr EnumName<SelectionStatus> names[] = {{SelectionStatus::optimal, "optimal"},
                                                        {SelectionStatus::time_limit, "time_limit"},
                                                        {SelectionStatus::heuristic, "heuristic"}};
  return names;
}

template <>
std::span<const EnumName<SelectionReason>> enum_names() noexcept {
  static constexpr EnumName<SelectionReason> names[] = {{SelectionReason::chosen, "chosen"},
                                                        {SelectionReason::forced_in, "forced_in"},
                                                        {SelectionReason::mandatory, "mandatory"},
                                                        {SelectionReason::required, "required"},
                                                        {SelectionReason::not_chosen, "not_chosen"},
                                                        {SelectionReason::forced_out, "forced_out"},
                                                        {SelectionReason::prerequisite_missing, "prerequisite_missing"}};
  return names;
}

namespace {

using detail::SelectionProblem;

// The deletion filter that names a conflict runs one solve per constraint: beyond this many
// constraints the explanation stays generic.
constexpr std::size_t max_conflict_tests = 200;

void describe_use(const Portfolio& portfolio, const SelectionOptions& options, const SelectionProblem& problem,
                  const std::vector<bool>& chosen, Selection& selection) {
  const Currency currency = portfolio.currency;
  std::map<int, YearUse> years;
  for (int year = problem.first_year; year <= problem.last_year; ++year)
    years[year] = {year, Money::zero(currency), std::nullopt, Money::zero(currency), std::nullopt};
  for (const auto& budget : problem.budgets)
    if (auto it = years.find(budget.year); it != years.end()) {
      it->second.investment_budget = budget.investment;
      it->second.operating_budget = budget.operating;
    }
  std::map<std::pair<int, std::string>, long long> hours;
  std::vector<double> area_cost(options.shares.size(), 0.0);
  double total_cost = 0.0;
  for (std::size_t c = 0; c < problem.candidates.size(); ++c) {
    if (!chosen[c]) continue;
    total_cost += problem.candidates[c].cost;
    for (const auto& line : problem.candidates[c].initiative->costs) {
      const auto it = years.find(line.year);
      if (line.basis != options.cost_basis || it == years.end()) continue;
      if (line.kind == CostKind::investment) it->second.investment += line.amount;
      if (line.kind == CostKind::operating) it->second.operating += line.amount;
      if (line.kind == CostKind::internal_hours) hours[{line.year, line.role}] += line.hours;
    }
  }
  for (auto& [year, use] : years) selection.years.push_back(use);
  for (const auto& limit : problem.limits)
    if (limit.kind == detail::Limit::Kind::hours)
      selection.capacity.push_back({limit.year, limit.role, hours[{limit.year, limit.role}],
                                    static_cast<long long>(limit.limit)});
  for (const auto& share : problem.shares) {
    double in_area = 0.0;
    for (const auto& [c, fraction] : share.in_area)
      if (chosen[c]) in_area += fraction * problem.candidates[c].cost;
    const int basis_points = total_cost > 0 ? static_cast<int>(std::lround(in_area / total_cost * 10000.0)) : 0;
    selection.areas.push_back({share.area, in_area / static_cast<double>(minor_per_major(currency)), basis_points});
  }
}

SelectionReason reason_of(const SelectionProblem& problem, std::size_t c, bool chosen, const std::vector<bool>& required) {
  const auto& fixed = problem.candidates[c].fixed;
  if (fixed) return *fixed;
  if (chosen) return required[c] ? SelectionReason::required : SelectionReason::chosen;
  return SelectionReason::not_chosen;
}

}  // namespace

Selection select_portfolio(const Portfolio& portfolio, const SelectionOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  const SelectionProblem problem = detail::build_selection_problem(portfolio, options);
  if (auto conflicts = detail::explain_infeasibility(problem); !conflicts.empty())
    throw Error(ErrorCode::infeasible, std::move(conflicts));

  const detail::Solution solution = options.method == SelectionMethod::exact
                                        ? detail::solve_exact(problem, options.time_limit_seconds)
                                        : detail::solve_greedy(problem);
  if (solution.infeasible) {
    if (options.method == SelectionMethod::exact)
      throw Error(ErrorCode::infeasible, detail::minimal_conflict(problem, std::min(options.time_limit_seconds, 5.0),
                                                                  max_conflict_tests));
    throw Error(ErrorCode::infeasible,
                Problem{"<selection>", "", 0, 0, "",
                        "the greedy heuristic found no selection that keeps every constraint (the service-area "
                        "shares are the usual cause); the exact method may find one"});
  }

  Selection selection;
  selection.objective = options.objective;
  selection.method = options.method;
  selection.first_year = problem.first_year;
  selection.last_year = problem.last_year;
  selection.objective_value = solution.objective;
  if (options.method == SelectionMethod::greedy) {
    selection.status = SelectionStatus::heuristic;
  } else {
    selection.status = solution.proven_optimal ? SelectionStatus::optimal : SelectionStatus::time_limit;
    selection.best_bound = solution.bound;
    if (solution.bound)
      selection.gap = solution.proven_optimal
                          ? 0.0
                          : (*solution.bound - solution.objective) / std::max(std::abs(solution.objective), 1e-9);
  }
  std::vector<bool> required(problem.candidates.size(), false);
  for (std::size_t c : problem.required_closure()) required[c] = true;
  for (std::size_t c = 0; c < problem.candidates.size(); ++c) {
    const auto& candidate = problem.candidates[c];
    const bool chosen = solution.chosen[c];
    if (chosen) selection.selected.push_back(candidate.initiative->id);
    selection.decisions.push_back({candidate.initiative->id, candidate.initiative->title, chosen,
                                   reason_of(problem, c, chosen, required), candidate.value});
  }
  describe_use(portfolio, options, problem, solution.chosen, selection);
  selection.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return selection;
}

}  // namespace tiltak
