// Why no selection exists: the conflicts among the fixed choices, prerequisites, exclusive
// groups, limits and shares, each named.

#include <algorithm>
#include <cstdio>

#include "prioritisation/selection_problem.hpp"

namespace tiltak::detail {
namespace {

std::string name(const SelectionProblem& problem, std::size_t c) {
  const auto& candidate = problem.candidates[c];
  std::string reason;
  if (candidate.fixed == SelectionReason::mandatory) reason = " (mandatory)";
  else if (candidate.fixed == SelectionReason::forced_in) reason = " (forced in)";
  else if (candidate.fixed == SelectionReason::forced_out) reason = " (forced out)";
  return candidate.initiative->id.str() + reason;
}

std::string percent(double fraction) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f %%", fraction * 100.0);
  return text;
}

class Explainer {
 public:
  explicit Explainer(const SelectionProblem& problem) : problem_(problem) {}

  std::vector<Problem> run() {
    both_ways();
    prerequisites();
    const auto required = problem_.required_closure();
    std::vector<bool> in_required(problem_.candidates.size(), false);
    for (std::size_t c : required) in_required[c] = true;
    exclusive(in_required);
    limits(required);
    shares(in_required);
    return std::move(problems_);
  }

 private:
  void report(std::string pointer, std::string value, std::string message) {
    problems_.push_back({"<selection>", std::move(pointer), 0, 0, std::move(value), std::move(message)});
  }

  void both_ways() {
    for (const auto& candidate : problem_.candidates)
      if (candidate.also_in)
        report("", candidate.initiative->id.str(),
               candidate.initiative->id.str() + " is forced out but also " +
                   (candidate.also_in == SelectionReason::mandatory ? "mandatory (a legal or GDPR obligation)"
                                                                     : "forced in"));
  }

  // A fixed-in initiative that needs, through a chain of prerequisites, one that is out.
  void prerequisites() {
    for (std::size_t c = 0; c < problem_.candidates.size(); ++c) {
      if (!problem_.fixed_in(c)) continue;
      std::vector<std::size_t> parent(problem_.candidates.size(), problem_.candidates.size());
      std::vector<std::size_t> queue{c};
      parent[c] = c;
      for (std::size_t head = 0; head < queue.size(); ++head) {
        const std::size_t current = queue[head];
        const auto& candidate = problem_.candidates[current];
        for (std::size_t p : candidate.prerequisites) {
          if (parent[p] != problem_.candidates.size()) continue;
          parent[p] = current;
          if (problem_.candidates[p].fixed == SelectionReason::forced_out) {
            report("", problem_.candidates[p].initiative->id.str(),
                   path(parent, p) + ": " + name(problem_, c) + " needs " + name(problem_, p));
            continue;
          }
          queue.push_back(p);
        }
      }
    }
  }

  // "A (forced in) → B → C (forced out)", from the fixed-in start to `end`.
  std::string path(const std::vector<std::size_t>& parent, std::size_t end) const {
    std::vector<std::size_t> chain{end};
    while (parent[chain.back()] != chain.back()) chain.push_back(parent[chain.back()]);
    std::string text;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) text += (text.empty() ? "" : " → ") + name(problem_, *it);
    return text;
  }

  void exclusive(const std::vector<bool>& in_required) {
    for (std::size_t g = 0; g < problem_.exclusive.size(); ++g) {
      std::vector<std::string> both;
      for (std::size_t c : problem_.exclusive[g])
        if (in_required[c]) both.push_back(name(problem_, c));
      if (both.size() < 2) continue;
      std::string list;
      for (const auto& item : both) list += (list.empty() ? "" : ", ") + item;
      report("/exclusive/" + std::to_string(g), list,
             "mutually exclusive alternatives are all required: " + list + " (at most one may be selected)");
    }
  }

  void limits(const std::vector<std::size_t>& required) {
    for (const auto& limit : problem_.limits) {
      double used = 0.0;
      std::string list;
      for (const auto& [c, amount] : limit.usage) {
        if (!std::binary_search(required.begin(), required.end(), c)) continue;
        used += amount;
        list += (list.empty() ? "" : ", ") + name(problem_, c) + " " + limit.amount(amount, problem_.currency);
      }
      if (used <= limit.limit) continue;
      report("", limit.amount(used, problem_.currency),
             "the required initiatives need " + limit.amount(used, problem_.currency) + ", more than " +
                 limit.describe() + " (" + limit.amount(limit.limit, problem_.currency) + "): " + list);
    }
  }

  void shares(const std::vector<bool>& in_required) {
    double minimum_sum = 0.0;
    for (const auto& share : problem_.shares) {
      const std::string pointer = "/shares/" + std::to_string(share.option_index);
      minimum_sum += share.min.value_or(0.0);
      // Bounds that hold only for a selection without costs conflict with required costs.
      const bool costs_required = required_cost(in_required) > 0;
      if (share.min && share.max && *share.min > *share.max && costs_required)
        report(pointer, share.area.str(),
               "the minimum share of " + share.area.str() + " (" + percent(*share.min) + ") is above its maximum (" +
                   percent(*share.max) + ")");
      if (share.min && *share.min > 0) {
        const bool possible = std::any_of(share.in_area.begin(), share.in_area.end(), [&](const auto& entry) {
          return !problem_.fixed_out(entry.first) && problem_.candidates[entry.first].cost > 0;
        });
        if (!possible && costs_required)
          report(pointer, share.area.str(),
                 "no selectable initiative with costs in the horizon serves " + share.area.str() +
                     ", so its minimum share of " + percent(*share.min) + " cannot be met");
      }
      if (share.max && *share.max < 1.0) {
        // Required initiatives that lie wholly in the area, with nothing else required or able to
        // dilute them, exceed its maximum.
        double in_area = 0.0;
        for (const auto& [c, fraction] : share.in_area)
          if (in_required[c]) in_area += fraction * problem_.candidates[c].cost;
        if (in_area > 0 && *share.max == 0.0)
          report(pointer, share.area.str(),
                 "required initiatives serve " + share.area.str() + ", whose maximum share is 0 %");
      }
    }
    if (minimum_sum > 1.0 + 1e-12 && required_cost(in_required) > 0)
      report("/shares", percent(minimum_sum),
             "the minimum shares of the service areas add up to " + percent(minimum_sum) + ", more than 100 %");
  }

  double required_cost(const std::vector<bool>& in_required) const {
    double cost = 0.0;
    for (std::size_t c = 0; c < in_required.size(); ++c)
      if (in_required[c]) cost += problem_.candidates[c].cost;
    return cost;
  }

  const SelectionProblem& problem_;
  std::vector<Problem> problems_;
};

}  // namespace

std::vector<Problem> explain_infeasibility(const SelectionProblem& problem) { return Explainer(problem).run(); }

namespace {

// One constraint of the deletion filter: which it is, and how to take it out of a problem.
struct Group {
  enum class Kind { limit, exclusive, share_min, share_max, fixed_in } kind;
  std::size_t index;
};

std::string group_name(const SelectionProblem& problem, const Group& g) {
  switch (g.kind) {
    case Group::Kind::limit: {
      const auto& limit = problem.limits[g.index];
      return limit.describe() + " (" + limit.amount(limit.limit, problem.currency) + ")";
    }
    case Group::Kind::exclusive: return "exclusive group " + std::to_string(g.index + 1);
    case Group::Kind::share_min:
      return "the minimum share of " + problem.shares[g.index].area.str() + " (" + percent(*problem.shares[g.index].min) + ")";
    case Group::Kind::share_max:
      return "the maximum share of " + problem.shares[g.index].area.str() + " (" + percent(*problem.shares[g.index].max) + ")";
    case Group::Kind::fixed_in: break;
  }
  return name(problem, g.index);
}

SelectionProblem with_only(const SelectionProblem& problem, const std::vector<Group>& kept) {
  SelectionProblem reduced = problem;
  reduced.limits.clear();
  reduced.exclusive.clear();
  for (auto& share : reduced.shares) share.min = share.max = std::nullopt;
  for (auto& candidate : reduced.candidates)
    if (candidate.fixed == SelectionReason::forced_in || candidate.fixed == SelectionReason::mandatory)
      candidate.fixed = std::nullopt;
  for (const auto& g : kept) {
    switch (g.kind) {
      case Group::Kind::limit: reduced.limits.push_back(problem.limits[g.index]); break;
      case Group::Kind::exclusive: reduced.exclusive.push_back(problem.exclusive[g.index]); break;
      case Group::Kind::share_min: reduced.shares[g.index].min = problem.shares[g.index].min; break;
      case Group::Kind::share_max: reduced.shares[g.index].max = problem.shares[g.index].max; break;
      case Group::Kind::fixed_in: reduced.candidates[g.index].fixed = problem.candidates[g.index].fixed; break;
    }
  }
  return reduced;
}

}  // namespace

Problem minimal_conflict(const SelectionProblem& problem, double seconds_per_test, std::size_t max_tests) {
  std::vector<Group> groups;
  for (std::size_t i = 0; i < problem.limits.size(); ++i) groups.push_back({Group::Kind::limit, i});
  for (std::size_t i = 0; i < problem.exclusive.size(); ++i) groups.push_back({Group::Kind::exclusive, i});
  for (std::size_t i = 0; i < problem.shares.size(); ++i) {
    if (problem.shares[i].min) groups.push_back({Group::Kind::share_min, i});
    if (problem.shares[i].max) groups.push_back({Group::Kind::share_max, i});
  }
  for (std::size_t c = 0; c < problem.candidates.size(); ++c)
    if (problem.fixed_in(c)) groups.push_back({Group::Kind::fixed_in, c});
  Problem conflict{"<selection>", "", 0, 0, "",
                   "no selection keeps all the constraints together: the budgets, capacity, prerequisites, exclusive "
                   "groups and service-area shares conflict only in combination"};
  if (groups.size() > max_tests) return conflict;
  // Deletion filter: drop each constraint in turn and keep it out when the rest is still
  // infeasible; what remains is a minimal conflicting set (prerequisites and forced-out
  // choices always stay in).
  std::vector<Group> kept = groups;
  for (const auto& g : groups) {
    std::vector<Group> without;
    for (const auto& k : kept)
      if (k.kind != g.kind || k.index != g.index) without.push_back(k);
    const Solution test = solve_exact(with_only(problem, without), seconds_per_test);
    if (test.infeasible) kept = std::move(without);
  }
  std::string list;
  for (const auto& g : kept) list += (list.empty() ? "" : ", ") + group_name(problem, g);
  if (!list.empty()) conflict.message = "these constraints cannot hold together (with the prerequisites): " + list;
  conflict.value = list;
  return conflict;
}

}  // namespace tiltak::detail
