// The fast heuristic: candidates by value per use of the limits, each taken together with its
// unchosen prerequisites when everything still holds.

#include <algorithm>
#include <numeric>

#include "prioritisation/selection_problem.hpp"

namespace tiltak::detail {
namespace {

class Greedy {
 public:
  explicit Greedy(const SelectionProblem& problem)
      : problem_(problem), chosen_(problem.candidates.size(), false), used_(problem.limits.size(), 0.0),
        usage_(problem.candidates.size()) {
    for (std::size_t l = 0; l < problem.limits.size(); ++l)
      for (const auto& [c, amount] : problem.limits[l].usage) usage_[c].emplace_back(l, amount);
  }

  Solution run() {
    Solution solution;
    const auto required = problem_.required_closure();
    for (std::size_t c : required) take(c);
    if (!holds_hard()) {
      solution.infeasible = true;
      return solution;
    }
    for (std::size_t c : by_density()) {
      if (chosen_[c] || problem_.fixed_out(c)) continue;
      const auto group = with_prerequisites(c);
      if (!group) continue;
      double value = 0.0;
      for (std::size_t g : *group) value += problem_.candidates[g].value;
      if (value <= 0.0) continue;
      for (std::size_t g : *group) take(g);
      if (!holds_hard() || !holds_max_shares()) {
        for (std::size_t g : *group) drop(g);
      }
    }
    solution.chosen = chosen_;
    solution.infeasible = !satisfies(problem_, chosen_);
    for (std::size_t c = 0; c < chosen_.size(); ++c)
      if (chosen_[c]) solution.objective += problem_.candidates[c].value;
    return solution;
  }

 private:
  // Value per share of the limits it uses (plus one, so that free candidates rank by value).
  std::vector<std::size_t> by_density() const {
    std::vector<double> density(problem_.candidates.size());
    for (std::size_t c = 0; c < density.size(); ++c) {
      double weight = 1.0;
      for (const auto& [l, amount] : usage_[c])
        weight += problem_.limits[l].limit > 0 ? amount / problem_.limits[l].limit : amount;
      density[c] = problem_.candidates[c].value / weight;
    }
    std::vector<std::size_t> order(density.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return density[a] > density[b]; });
    return order;
  }

  // `c` and its unchosen prerequisites, transitively; nothing when one of them is out.
  std::optional<std::vector<std::size_t>> with_prerequisites(std::size_t c) const {
    std::vector<std::size_t> group{c}, stack{c};
    std::vector<bool> seen(chosen_.size(), false);
    seen[c] = true;
    while (!stack.empty()) {
      const std::size_t current = stack.back();
      stack.pop_back();
      for (std::size_t p : problem_.candidates[current].prerequisites) {
        if (seen[p] || chosen_[p]) continue;
        if (problem_.fixed_out(p)) return std::nullopt;
        seen[p] = true;
        group.push_back(p);
        stack.push_back(p);
      }
    }
    return group;
  }

  void take(std::size_t c) {
    if (chosen_[c]) return;
    chosen_[c] = true;
    for (const auto& [l, amount] : usage_[c]) used_[l] += amount;
  }
  void drop(std::size_t c) {
    chosen_[c] = false;
    for (const auto& [l, amount] : usage_[c]) used_[l] -= amount;
  }

  bool holds_hard() const {
    for (std::size_t l = 0; l < used_.size(); ++l)
      if (used_[l] > problem_.limits[l].limit) return false;
    for (const auto& group : problem_.exclusive)
      if (std::count_if(group.begin(), group.end(), [&](std::size_t c) { return chosen_[c]; }) > 1) return false;
    return true;
  }

  bool holds_max_shares() const {
    double total = 0.0;
    for (std::size_t c = 0; c < chosen_.size(); ++c)
      if (chosen_[c]) total += problem_.candidates[c].cost;
    for (const auto& share : problem_.shares) {
      if (!share.max) continue;
      double in_area = 0.0;
      for (const auto& [c, fraction] : share.in_area)
        if (chosen_[c]) in_area += fraction * problem_.candidates[c].cost;
      if (in_area > *share.max * total + 1e-9 * std::max(total, 1.0)) return false;
    }
    return true;
  }

  const SelectionProblem& problem_;
  std::vector<bool> chosen_;
  std::vector<double> used_;
  std::vector<std::vector<std::pair<std::size_t, double>>> usage_;  // per candidate: (limit, amount)
};

}  // namespace

Solution solve_greedy(const SelectionProblem& problem) { return Greedy(problem).run(); }

}  // namespace tiltak::detail
