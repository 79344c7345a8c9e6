#include "prioritisation/selection_problem.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "prioritisation/criterion_values.hpp"
#include "tiltak/core/locale.hpp"
#include "tiltak/core/problem_value.hpp"
#include "tiltak/prioritisation/scoring.hpp"

namespace tiltak::detail {
namespace {

std::vector<double> candidate_values(const Portfolio& portfolio, const SelectionOptions& options,
                                     const std::vector<const Initiative*>& initiatives) {
  std::unordered_map<std::string, double> by_id;
  if (options.objective == SelectionObjective::npv) {
    by_id = initiative_npvs(portfolio, options.parameter_set);
  } else {
    for (const auto& scored : rank_initiatives(portfolio, options.criteria).initiatives)
      by_id[scored.id.str()] = scored.score;
  }
  std::vector<double> values;
  for (const auto* initiative : initiatives) values.push_back(by_id[initiative->id.str()]);
  return values;
}

// The horizon: the options' years, else the span of the budgets' years.
std::pair<int, int> horizon(const SelectionOptions& options, const std::vector<YearBudget>& budgets) {
  int first = options.first_year.value_or(0), last = options.last_year.value_or(0);
  if (!options.first_year || !options.last_year) {
    if (budgets.empty())
      throw Error(ErrorCode::validation_error,
                  Problem{"<options>", "/horizon", 0, 0, "", "no horizon: give first and last year, or budgets"});
    const auto [lo, hi] = std::minmax_element(budgets.begin(), budgets.end(),
                                              [](const YearBudget& a, const YearBudget& b) { return a.year < b.year; });
    if (!options.first_year) first = lo->year;
    if (!options.last_year) last = hi->year;
  }
  if (first > last)
    throw Error(ErrorCode::validation_error, Problem{"<options>", "/horizon", 0, 0,
                                                     std::to_string(first) + "-" + std::to_string(last),
                                                     "the first year comes after the last"});
  return {first, last};
}

std::vector<YearBudget> budgets_of(const Portfolio& portfolio, const SelectionOptions& options) {
  if (options.budgets) return *options.budgets;
  std::vector<YearBudget> budgets;
  for (const auto& frame : portfolio.strategy.budget_frames)
    budgets.push_back({frame.year, frame.investment, frame.operating});
  return budgets;
}

}  // namespace

std::string Limit::describe() const {
  switch (kind) {
    case Kind::investment: return "the investment budget of " + std::to_string(year);
    case Kind::operating: return "the operating budget of " + std::to_string(year);
    case Kind::hours: break;
  }
  return "the capacity of " + role + " in " + std::to_string(year);
}

std::string Limit::amount(double value, Currency currency) const {
  if (kind == Kind::hours) return std::to_string(std::llround(value)) + " hours";
  return format_money(Money(std::llround(value), currency), Language::en, true);
}

bool SelectionProblem::fixed_in(std::size_t c) const {
  const auto& fixed = candidates[c].fixed;
  return fixed == SelectionReason::forced_in || fixed == SelectionReason::mandatory;
}

bool SelectionProblem::fixed_out(std::size_t c) const {
  const auto& fixed = candidates[c].fixed;
  return fixed == SelectionReason::forced_out || fixed == SelectionReason::prerequisite_missing;
}

std::vector<std::size_t> SelectionProblem::required_closure() const {
  std::vector<bool> seen(candidates.size(), false);
  std::vector<std::size_t> stack;
  for (std::size_t c = 0; c < candidates.size(); ++c)
    if (fixed_in(c)) {
      seen[c] = true;
      stack.push_back(c);
    }
  while (!stack.empty()) {
    const std::size_t c = stack.back();
    stack.pop_back();
    for (std::size_t p : candidates[c].prerequisites)
      if (!seen[p]) {
        seen[p] = true;
        stack.push_back(p);
      }
  }
  std::vector<std::size_t> closure;
  for (std::size_t c = 0; c < candidates.size(); ++c)
    if (seen[c]) closure.push_back(c);
  return closure;
}

SelectionProblem build_selection_problem(const Portfolio& portfolio, const SelectionOptions& options) {
  SelectionProblem problem;
  problem.currency = portfolio.currency;
  problem.budgets = budgets_of(portfolio, options);
  const auto& budgets = problem.budgets;
  std::tie(problem.first_year, problem.last_year) = horizon(options, budgets);
  const auto in_horizon = [&](int year) { return year >= problem.first_year && year <= problem.last_year; };

  std::vector<const Initiative*> initiatives;
  std::unordered_map<std::string, std::size_t> index;
  for (const auto& initiative : portfolio.initiatives)
    if (is_candidate(initiative)) {
      index[initiative.id.str()] = initiatives.size();
      initiatives.push_back(&initiative);
    }
  const std::vector<double> values = candidate_values(portfolio, options, initiatives);
  std::unordered_map<std::string, const Initiative*> all;
  for (const auto& initiative : portfolio.initiatives) all[initiative.id.str()] = &initiative;

  for (std::size_t c = 0; c < initiatives.size(); ++c) {
    Candidate candidate;
    candidate.initiative = initiatives[c];
    candidate.value = values[c];
    for (const auto& dependency : initiatives[c]->dependencies) {
      const auto* on = std::get_if<InitiativeId>(&dependency.on);
      if (!on) continue;  // shared components are not chosen here
      if (const auto it = index.find(on->str()); it != index.end() && it->second != c)
        candidate.prerequisites.push_back(it->second);
    }
    if (options.force_mandatory && initiatives[c]->mandatory) candidate.fixed = SelectionReason::mandatory;
    problem.candidates.push_back(std::move(candidate));
  }

  std::vector<Problem> problems;
  auto lookup = [&](const InitiativeId& id, const std::string& pointer) -> std::optional<std::size_t> {
    if (const auto it = index.find(id.str()); it != index.end()) return it->second;
    problems.push_back({"<options>", pointer, 0, 0, problem_value(id.str()),
                        all.contains(id.str()) ? "not a candidate (finished or dropped)" : "no initiative with this id"});
    return std::nullopt;
  };
  for (std::size_t i = 0; i < options.forced_in.size(); ++i)
    if (auto c = lookup(options.forced_in[i], "/forced_in/" + std::to_string(i)))
      problem.candidates[*c].fixed = SelectionReason::forced_in;
  // Forced out wins over forced in here; explain_infeasibility names the clash.
  std::vector<std::size_t> forced_out;
  for (std::size_t i = 0; i < options.forced_out.size(); ++i)
    if (auto c = lookup(options.forced_out[i], "/forced_out/" + std::to_string(i))) forced_out.push_back(*c);
  for (std::size_t g = 0; g < options.exclusive.size(); ++g) {
    std::vector<std::size_t> group;
    for (std::size_t i = 0; i < options.exclusive[g].size(); ++i)
      if (auto c = lookup(options.exclusive[g][i], "/exclusive/" + std::to_string(g) + "/" + std::to_string(i)))
        group.push_back(*c);
    problem.exclusive.push_back(std::move(group));
  }
  for (std::size_t i = 0; i < options.shares.size(); ++i) {
    const auto& share = options.shares[i];
    for (const auto& bound : {share.min_basis_points, share.max_basis_points})
      if (bound && (*bound < 0 || *bound > 10000))
        problems.push_back({"<options>", "/shares/" + std::to_string(i), 0, 0, std::to_string(*bound),
                            "a share must lie between 0 and 100 %"});
  }
  if (!problems.empty()) {
    const bool unknown = std::any_of(problems.begin(), problems.end(), [](const Problem& p) {
      return p.pointer.find("/shares/") == std::string::npos;
    });
    throw Error(unknown ? ErrorCode::not_found : ErrorCode::validation_error, std::move(problems));
  }
  for (std::size_t c : forced_out) {
    auto& candidate = problem.candidates[c];
    if (candidate.fixed) candidate.also_in = candidate.fixed;
    candidate.fixed = SelectionReason::forced_out;
  }

  // A candidate whose prerequisite is out is out too (prerequisites first: the
  // loop repeats until nothing changes, which also settles chains in any order).
  for (bool changed = true; changed;) {
    changed = false;
    for (auto& candidate : problem.candidates) {
      if (candidate.fixed == SelectionReason::forced_out || candidate.fixed == SelectionReason::prerequisite_missing)
        continue;
      const bool missing = std::any_of(candidate.prerequisites.begin(), candidate.prerequisites.end(),
                                       [&](std::size_t p) { return problem.fixed_out(p); });
      if (missing && !(candidate.fixed == SelectionReason::forced_in || candidate.fixed == SelectionReason::mandatory)) {
        candidate.fixed = SelectionReason::prerequisite_missing;
        changed = true;
      }
    }
  }

  // Limits: budgets in the horizon, capacity in the horizon.
  std::map<std::tuple<int, int, std::string>, Limit> limits;
  auto add_limit = [&](Limit::Kind kind, int year, const std::string& role, double limit) {
    Limit l;
    l.kind = kind;
    l.year = year;
    l.role = role;
    l.limit = limit;
    limits[{year, static_cast<int>(kind), role}] = std::move(l);
  };
  for (const auto& budget : budgets) {
    if (!in_horizon(budget.year)) continue;
    if (budget.investment)
      add_limit(Limit::Kind::investment, budget.year, "", static_cast<double>(budget.investment->minor_units()));
    if (budget.operating)
      add_limit(Limit::Kind::operating, budget.year, "", static_cast<double>(budget.operating->minor_units()));
  }
  if (options.use_capacity)
    for (const auto& capacity : portfolio.strategy.capacity)
      if (in_horizon(capacity.year))
        add_limit(Limit::Kind::hours, capacity.year, capacity.role, static_cast<double>(capacity.hours));

  for (std::size_t c = 0; c < problem.candidates.size(); ++c) {
    std::map<std::tuple<int, int, std::string>, double> use;
    for (const auto& line : problem.candidates[c].initiative->costs) {
      if (line.basis != options.cost_basis || !in_horizon(line.year)) continue;
      switch (line.kind) {
        case CostKind::investment:
        case CostKind::operating: {
          const auto kind = line.kind == CostKind::investment ? Limit::Kind::investment : Limit::Kind::operating;
          const auto amount = static_cast<double>(line.amount.minor_units());
          use[{line.year, static_cast<int>(kind), ""}] += amount;
          problem.candidates[c].cost += amount;
          break;
        }
        case CostKind::internal_hours:
          use[{line.year, static_cast<int>(Limit::Kind::hours), line.role}] += static_cast<double>(line.hours);
          break;
      }
    }
    for (const auto& [key, amount] : use)
      if (const auto it = limits.find(key); it != limits.end() && amount > 0) it->second.usage.emplace_back(c, amount);
  }
  for (auto& [key, limit] : limits) problem.limits.push_back(std::move(limit));

  for (std::size_t i = 0; i < options.shares.size(); ++i) {
    const auto& share = options.shares[i];
    ShareBound bound;
    bound.area = share.area;
    bound.option_index = i;
    if (share.min_basis_points) bound.min = *share.min_basis_points / 10000.0;
    if (share.max_basis_points) bound.max = *share.max_basis_points / 10000.0;
    for (std::size_t c = 0; c < problem.candidates.size(); ++c) {
      const auto& areas = problem.candidates[c].initiative->service_areas;
      const auto count = std::count(areas.begin(), areas.end(), share.area);
      if (count > 0) bound.in_area.emplace_back(c, static_cast<double>(count) / static_cast<double>(areas.size()));
    }
    problem.shares.push_back(std::move(bound));
  }
  return problem;
}

bool satisfies(const SelectionProblem& problem, const std::vector<bool>& chosen) {
  for (std::size_t c = 0; c < problem.candidates.size(); ++c) {
    if (chosen[c] && problem.fixed_out(c)) return false;
    if (!chosen[c] && problem.fixed_in(c)) return false;
    if (chosen[c])
      for (std::size_t p : problem.candidates[c].prerequisites)
        if (!chosen[p]) return false;
  }
  for (const auto& limit : problem.limits) {
    double used = 0;  // sums of integers below 2^53: exact
    for (const auto& [c, amount] : limit.usage)
      if (chosen[c]) used += amount;
    if (used > limit.limit) return false;
  }
  for (const auto& group : problem.exclusive)
    if (std::count_if(group.begin(), group.end(), [&](std::size_t c) { return chosen[c]; }) > 1) return false;
  double total = 0;
  for (std::size_t c = 0; c < problem.candidates.size(); ++c)
    if (chosen[c]) total += problem.candidates[c].cost;
  for (const auto& share : problem.shares) {
    double in_area = 0;
    for (const auto& [c, fraction] : share.in_area)
      if (chosen[c]) in_area += fraction * problem.candidates[c].cost;
    const double slack = 1e-9 * std::max(total, 1.0);
    if (share.min && in_area < *share.min * total - slack) return false;
    if (share.max && in_area > *share.max * total + slack) return false;
  }
  return true;
}

}  // namespace tiltak::detail
