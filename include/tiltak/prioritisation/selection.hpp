#pragma once
// Choosing the portfolio: the subset of candidates with the highest total score (or NPV)
// that keeps the yearly budgets and capacity, forced choices, prerequisites, mutually
// exclusive alternatives and the service areas' shares (docs/prioritisation.md).

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "tiltak/core/id.hpp"
#include "tiltak/core/money.hpp"
#include "tiltak/model/cost.hpp"
#include "tiltak/model/portfolio.hpp"
#include "tiltak/prioritisation/criteria.hpp"

namespace tiltak {

enum class SelectionObjective { score, npv };
enum class SelectionMethod { exact, greedy };
// optimal: proven optimal. time_limit: the best found when the time limit stopped the solver
// (see gap). heuristic: the greedy heuristic's answer, with no bound.
enum class SelectionStatus { optimal, time_limit, heuristic };

template <>
std::span<const EnumName<SelectionObjective>> enum_names<SelectionObjective>() noexcept;
template <>
std::span<const EnumName<SelectionMethod>> enum_names<SelectionMethod>() noexcept;
template <>
std::span<const EnumName<SelectionStatus>> enum_names<SelectionStatus>() noexcept;

// One year's money limits; an absent amount is no limit.
struct YearBudget {
  int year = 0;
  std::optional<Money> investment;
  std::optional<Money> operating;
  bool operator==(const YearBudget&) const = default;
};

// Bounds on a service area's share of the selection's cost (investment and operating in the
// horizon), in basis points. An initiative serving several areas counts equally in each.
struct AreaShare {
  ServiceAreaId area;
  std::optional<int> min_basis_points;
  std::optional<int> max_basis_points;
  bool operator==(const AreaShare&) const = default;
};

struct SelectionOptions {
  SelectionObjective objective = SelectionObjective::score;
  Criteria criteria = default_criteria();  // for the score objective
  std::string parameter_set;               // for the npv objective; empty: the currency's default
  // The years budgets apply to; default: the years of the budgets.
  std::optional<int> first_year;
  std::optional<int> last_year;
  // Absent: the strategy's budget frames. A horizon year without a budget is unlimited.
  std::optional<std::vector<YearBudget>> budgets;
  bool use_capacity = true;  // the strategy's capacity per role and year
  CostBasis cost_basis = CostBasis::plan;
  bool force_mandatory = true;  // initiatives with a mandate are forced in
  std::vector<InitiativeId> forced_in;
  std::vector<InitiativeId> forced_out;
  std::vector<std::vector<InitiativeId>> exclusive;  // at most one of each group
  std::vector<AreaShare> shares;
  SelectionMethod method = SelectionMethod::exact;
  double time_limit_seconds = 30.0;
};

enum class SelectionReason {
  chosen,                // chosen for its value
  forced_in,             // options.forced_in
  mandatory,             // a legal or GDPR obligation
  required,              // a prerequisite of a forced-in or mandatory initiative
  not_chosen,            // left out: a better use of the limits exists
  forced_out,            // options.forced_out
  prerequisite_missing,  // a prerequisite is forced out (or out for that reason)
};
template <>
std::span<const EnumName<SelectionReason>> enum_names<SelectionReason>() noexcept;

struct SelectionDecision {
  InitiativeId id;
  std::string title;
  bool selected = false;
  SelectionReason reason = SelectionReason::not_chosen;
  double value = 0.0;  // its term in the objective (score, or NPV in major units)
  bool operator==(const SelectionDecision&) const = default;
};

struct YearUse {
  int year = 0;
  Money investment{0, Currency::NOK};
  std::optional<Money> investment_budget;
  Money operating{0, Currency::NOK};
  std::optional<Money> operating_budget;
  bool operator==(const YearUse&) const = default;
};

struct CapacityUse {
  int year = 0;
  std::string role;
  long long hours = 0;
  long long available = 0;
  bool operator==(const CapacityUse&) const = default;
};

struct AreaUse {
  ServiceAreaId area;
  double cost = 0.0;  // major units; shared initiatives split equally
  int share_basis_points = 0;
  bool operator==(const AreaUse&) const = default;
};

struct Selection {
  SelectionObjective objective = SelectionObjective::score;
  SelectionMethod method = SelectionMethod::exact;
  SelectionStatus status = SelectionStatus::optimal;
  int first_year = 0;
  int last_year = 0;
  double objective_value = 0.0;
  std::optional<double> best_bound;  // exact only: no selection can do better
  std::optional<double> gap;         // exact only: (bound − value)/max(|value|, 1e-9); 0 when optimal
  double seconds = 0.0;
  std::vector<InitiativeId> selected;         // in portfolio order
  std::vector<SelectionDecision> decisions;   // every candidate, in portfolio order
  std::vector<YearUse> years;
  std::vector<CapacityUse> capacity;
  std::vector<AreaUse> areas;
};

// Throws Error(infeasible) with one Problem per conflict found, each naming the constraints
// that cannot hold together (a year's budget and the mandatory initiatives that exceed it; a
// forced-in initiative and its forced-out prerequisite; ...); Error(not_found) for an id in the
// options that is not a candidate; Error(validation_error) for unusable options (no horizon,
// shares outside 0..100 %, criteria).
Selection select_portfolio(const Portfolio& portfolio, const SelectionOptions& options = {});

}  // namespace tiltak
