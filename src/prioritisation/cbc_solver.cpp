// The exact selection with COIN-OR CBC through its C interface (docs/architecture.md says why).

#include <coin/Cbc_C_Interface.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>

#include "prioritisation/selection_problem.hpp"

namespace tiltak::detail {
namespace {

struct ModelDeleter {
  void operator()(Cbc_Model* model) const noexcept { Cbc_deleteModel(model); }
};
using Model = std::unique_ptr<Cbc_Model, ModelDeleter>;

// CBC's solver driver (CbcMain1, behind Cbc_solve) keeps parameter tables in static storage in
// the 2.10 series, so solves are serialised: one at a time per process.
std::mutex& solver_mutex() {
  static std::mutex mutex;
  return mutex;
}

void add_row(Cbc_Model* model, const std::vector<int>& columns, const std::vector<double>& coefficients, char sense,
             double rhs) {
  if (columns.empty()) return;
  Cbc_addRow(model, "", static_cast<int>(columns.size()), columns.data(), coefficients.data(), sense, rhs);
}

Model build(const SelectionProblem& problem, double scale) {
  Model model(Cbc_newModel());
  Cbc_setObjSense(model.get(), -1);  // maximise
  for (std::size_t c = 0; c < problem.candidates.size(); ++c) {
    const double lower = problem.fixed_in(c) ? 1.0 : 0.0, upper = problem.fixed_out(c) ? 0.0 : 1.0;
    Cbc_addCol(model.get(), "", lower, std::max(lower, upper), problem.candidates[c].value * scale, 1, 0, nullptr,
               nullptr);
  }
  for (std::size_t c = 0; c < problem.candidates.size(); ++c)
    for (std::size_t p : problem.candidates[c].prerequisites)
      add_row(model.get(), {static_cast<int>(c), static_cast<int>(p)}, {1.0, -1.0}, 'L', 0.0);
  for (const auto& limit : problem.limits) {
    std::vector<int> columns;
    std::vector<double> coefficients;
    for (const auto& [c, amount] : limit.usage) {
      columns.push_back(static_cast<int>(c));
      coefficients.push_back(amount);
    }
    add_row(model.get(), columns, coefficients, 'L', limit.limit);
  }
  for (const auto& group : problem.exclusive) {
    std::vector<int> columns(group.begin(), group.end());
    add_row(model.get(), columns, std::vector<double>(columns.size(), 1.0), 'L', 1.0);
  }
  for (const auto& share : problem.shares) {
    std::vector<double> fraction(problem.candidates.size(), 0.0);
    for (const auto& [c, f] : share.in_area) fraction[c] = f;
    for (const auto& [bound, sense] : {std::pair{share.min, 'G'}, std::pair{share.max, 'L'}}) {
      if (!bound) continue;
      std::vector<int> columns;
      std::vector<double> coefficients;
      for (std::size_t c = 0; c < problem.candidates.size(); ++c) {
        const double coefficient = (fraction[c] - *bound) * problem.candidates[c].cost;
        if (coefficient == 0.0) continue;
        columns.push_back(static_cast<int>(c));
        coefficients.push_back(coefficient);
      }
      add_row(model.get(), columns, coefficients, sense, 0.0);
      // With no cost in the selection at all the share is vacuous: 0 ≥ 0 holds.
    }
  }
  return model;
}

}  // namespace

Solution solve_exact(const SelectionProblem& problem, double time_limit_seconds) {
  Solution solution;
  const std::size_t n = problem.candidates.size();
  solution.chosen.assign(n, false);
  // Values are scaled so the largest is 10^6: CBC's default tolerances and cut-off increment
  // are absolute and would otherwise blur scores (0..1) together.
  double largest = 0.0;
  for (const auto& candidate : problem.candidates) largest = std::max(largest, std::abs(candidate.value));
  const double scale = largest > 0 ? 1e6 / largest : 1.0;

  Model model = build(problem, scale);
  Cbc_setLogLevel(model.get(), 0);
  Cbc_setMaximumSeconds(model.get(), std::max(time_limit_seconds, 0.01));
  Cbc_setAllowableGap(model.get(), 1e-6);
  Cbc_setAllowableFractionGap(model.get(), 0.0);
  const Solution start = solve_greedy(problem);
  if (!start.infeasible) {
    std::vector<int> columns(n);
    std::vector<double> values(n);
    for (std::size_t c = 0; c < n; ++c) {
      columns[c] = static_cast<int>(c);
      values[c] = start.chosen[c] ? 1.0 : 0.0;
    }
    Cbc_setMIPStartI(model.get(), static_cast<int>(n), columns.data(), values.data());
  }
  {
    const std::lock_guard lock(solver_mutex());
    Cbc_solve(model.get());
  }
  const double* best = Cbc_bestSolution(model.get());
  if (!best) {
    // No selection found: proven when the search finished, else the time limit came first.
    solution.infeasible = Cbc_isProvenInfeasible(model.get()) || !Cbc_isSecondsLimitReached(model.get());
    if (!solution.infeasible && !start.infeasible) return start;
    return solution;
  }
  for (std::size_t c = 0; c < n; ++c) {
    solution.chosen[c] = best[c] > 0.5;
    if (solution.chosen[c]) solution.objective += problem.candidates[c].value;
  }
  solution.proven_optimal = Cbc_isProvenOptimal(model.get()) != 0;
  const double bound = Cbc_getBestPossibleObjValue(model.get()) / scale;
  solution.bound = solution.proven_optimal ? solution.objective : std::max(bound, solution.objective);
  return solution;
}

}  // namespace tiltak::detail
