#pragma once
// The selection as a 0–1 problem over the candidates: values, fixed choices, prerequisites,
// limits on summed usage (budgets, capacity), exclusive groups and share bounds. Built once
// from the portfolio and the options; the exact solver, the heuristic and the infeasibility
// explanations all read this one form.

#include <optional>
#include <string>
#include <vector>

#include "tiltak/core/error.hpp"
#include "tiltak/prioritisation/selection.hpp"

namespace tiltak::detail {

// Σ usage·x ≤ limit: one year's investment or operating budget, or one role's hours in a year.
struct Limit {
  enum class Kind { investment, operating, hours } kind = Kind::investment;
  int year = 0;
  std::string role;  // hours only
  double limit = 0;  // minor units or hours
  std::vector<std::pair<std::size_t, double>> usage;  // (candidate, amount), amounts > 0
  std::string describe() const;  // "the investment budget of 2027", "developer hours in 2027"
  std::string amount(double value, Currency currency) const;  // "1 250 000 kr" or "1 200 hours"
};

// min·Σ cost·x ≤ Σ in_area·cost·x ≤ max·Σ cost·x, with in_area the candidate's share of the area.
struct ShareBound {
  ServiceAreaId area;
  std::optional<double> min;  // fractions 0..1
  std::optional<double> max;
  std::size_t option_index = 0;
  std::vector<std::pair<std::size_t, double>> in_area;  // (candidate, fraction of it in the area)
};

struct Candidate {
  const Initiative* initiative = nullptr;
  double value = 0.0;
  std::optional<SelectionReason> fixed;  // forced_in, mandatory, forced_out or prerequisite_missing
  std::optional<SelectionReason> also_in;  // forced out, yet also forced in or mandatory: a conflict
  // Candidates it needs. Finished prerequisites are met; dependencies on dropped or unknown
  // initiatives do not bind here (the dependency graph and validation report them).
  std::vector<std::size_t> prerequisites;
  double cost = 0.0;  // investment + operating in the horizon, minor units
};

struct SelectionProblem {
  Currency currency = Currency::NOK;
  int first_year = 0, last_year = 0;
  std::vector<YearBudget> budgets;  // the options', else the strategy's frames
  std::vector<Candidate> candidates;  // in portfolio order
  std::vector<Limit> limits;
  std::vector<std::vector<std::size_t>> exclusive;  // candidate indices, in options order
  std::vector<ShareBound> shares;

  bool fixed_in(std::size_t c) const;
  bool fixed_out(std::size_t c) const;
  // The fixed-in candidates and everything they need, transitively (sorted).
  std::vector<std::size_t> required_closure() const;
};

// Throws Error(not_found) for option ids that are not candidates, Error(validation_error) for
// unusable options.
SelectionProblem build_selection_problem(const Portfolio& portfolio, const SelectionOptions& options);

// Whether `chosen` (one flag per candidate) keeps every constraint; exact for budgets and
// hours (integer sums), shares with a relative tolerance of 1e-9.
bool satisfies(const SelectionProblem& problem, const std::vector<bool>& chosen);

// What a solver returns.
struct Solution {
  std::vector<bool> chosen;
  double objective = 0.0;
  std::optional<double> bound;
  bool proven_optimal = false;
  bool infeasible = false;  // proven: no selection exists
};

Solution solve_exact(const SelectionProblem& problem, double time_limit_seconds);
Solution solve_greedy(const SelectionProblem& problem);

// One Problem per conflict found among the constraints (empty when none is found).
std::vector<Problem> explain_infeasibility(const SelectionProblem& problem);

// For a problem proven infeasible: a minimal set of constraints (budgets, capacities,
// exclusive groups, share bounds, forced choices) that cannot hold together, found by a
// deletion filter (each test a solve of at most `seconds_per_test`), as one Problem naming
// them; a generic Problem when the set cannot be found within `max_tests` solves.
Problem minimal_conflict(const SelectionProblem& problem, double seconds_per_test, std::size_t max_tests);

}  // namespace tiltak::detail
