#include "tiltak/prioritisation/plan.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "prioritisation/selection_problem.hpp"

namespace tiltak {
namespace {

using Key = std::tuple<int, int, std::string>;  // year, limit kind, role

struct Item {
  const Initiative* initiative = nullptr;
  double value = 0.0;
  bool forced = false;
  std::vector<std::pair<Key, double>> lines;  // amounts by (planned year, kind, role)
  int first = 0, last = 0;                    // planned first and last cost year
  std::vector<std::pair<std::size_t, DependencyType>> prerequisites;
};

class Planner {
 public:
  Planner(const Portfolio& portfolio, const SelectionOptions& options, const Selection& selection)
      : problem_(detail::build_selection_problem(portfolio, options)) {
    for (const auto& limit : problem_.limits) remaining_[key_of(limit)] = limit;
    std::unordered_map<std::string, std::size_t> index;
    std::map<std::string, const SelectionDecision*> decisions;
    for (const auto& d : selection.decisions) decisions[d.id.str()] = &d;
    for (const auto& id : selection.selected) {
      const Initiative* initiative = portfolio.find_initiative(id);
      if (!initiative) continue;
      index[id.str()] = items_.size();
      Item item;
      item.initiative = initiative;
      if (const auto it = decisions.find(id.str()); it != decisions.end()) {
        item.value = it->second->value;
        item.forced = it->second->reason == SelectionReason::mandatory || it->second->reason == SelectionReason::forced_in ||
                      it->second->reason == SelectionReason::required;
      }
      bool any = false;
      std::map<Key, double> lines;
      for (const auto& line : initiative->costs) {
        if (line.basis != options.cost_basis) continue;
        const int kind = line.kind == CostKind::investment ? 0 : line.kind == CostKind::operating ? 1 : 2;
        const double amount = kind == 2 ? static_cast<double>(line.hours) : static_cast<double>(line.amount.minor_units());
        if (amount <= 0) continue;
        lines[{line.year, kind, kind == 2 ? line.role : ""}] += amount;
        item.first = any ? std::min(item.first, line.year) : line.year;
        item.last = any ? std::max(item.last, line.year) : line.year;
        any = true;
      }
      if (!any) item.first = item.last = problem_.first_year;
      item.lines.assign(lines.begin(), lines.end());
      items_.push_back(std::move(item));
    }
    for (auto& item : items_)
      for (const auto& dependency : item.initiative->dependencies)
        if (const auto* on = std::get_if<InitiativeId>(&dependency.on))
          if (const auto it = index.find(on->str()); it != index.end())
            item.prerequisites.emplace_back(it->second, dependency.type);
  }

  RealisticPlan run() {
    RealisticPlan plan;
    start_.assign(items_.size(), std::nullopt);
    std::vector<bool> done(items_.size(), false), deferred(items_.size(), false);
    for (std::size_t placed = 0; placed < items_.size(); ++placed) {
      const std::size_t next = pick(done);
      done[next] = true;
      const Item& item = items_[next];
      std::string reason;
      int earliest = item.first;
      for (const auto& [p, type] : item.prerequisites) {
        if (deferred[p]) {
          reason = "its prerequisite " + items_[p].initiative->id.str() + " is deferred";
          break;
        }
        if (!done[p]) continue;  // a cycle: placed in value order
        const int shift = *start_[p] - items_[p].first;
        earliest = std::max(earliest, type == DependencyType::finish_to_start ? items_[p].last + shift : *start_[p]);
      }
      if (reason.empty()) {
        const int latest = std::max(problem_.last_year, item.first);
        for (int start = earliest; start <= latest && !start_[next]; ++start) {
          const auto blocker = blocking(item, start - item.first);
          if (!blocker) {
            take(item, start - item.first);
            start_[next] = start;
            plan.scheduled.push_back({item.initiative->id, item.initiative->title, item.first, start});
          } else if (start == earliest) {
            reason = "starting in " + std::to_string(start) + ", " + *blocker + "; no later start up to " +
                     std::to_string(latest) + " fits either";
          }
        }
        if (earliest > latest)
          reason = "its prerequisites end too late for a start by " + std::to_string(latest);
      }
      if (!start_[next]) {
        deferred[next] = true;
        plan.deferred.push_back({item.initiative->id, item.initiative->title, reason});
      }
    }
    return plan;
  }

 private:
  static Key key_of(const detail::Limit& limit) { return {limit.year, static_cast<int>(limit.kind), limit.role}; }

  // The next to place: every prerequisite placed, then forced before chosen, then by value.
  std::size_t pick(const std::vector<bool>& done) const {
    std::optional<std::size_t> best;
    bool best_ready = false;
    for (std::size_t i = 0; i < items_.size(); ++i) {
      if (done[i]) continue;
      const bool ready = std::all_of(items_[i].prerequisites.begin(), items_[i].prerequisites.end(),
                                     [&](const auto& p) { return done[p.first]; });
      const auto better = [&](std::size_t a, std::size_t b) {
        if (items_[a].forced != items_[b].forced) return items_[a].forced;
        return items_[a].value > items_[b].value;
      };
      if (!best || (ready && !best_ready) || (ready == best_ready && better(i, *best))) {
        best = i;
        best_ready = ready;
      }
    }
    return *best;
  }

  // The first limit the item, moved by `shift` years, would break, described; none when it fits.
  std::optional<std::string> blocking(const Item& item, int shift) const {
    for (const auto& [key, amount] : item.lines) {
      const auto& [year, kind, role] = key;
      if (year + shift > problem_.last_year || year < problem_.first_year) continue;  // outside the horizon
      const auto it = remaining_.find({year + shift, kind, role});
      if (it == remaining_.end() || amount <= it->second.limit) continue;
      return it->second.describe() + " has " + it->second.amount(it->second.limit, problem_.currency) +
             " left and it needs " + it->second.amount(amount, problem_.currency);
    }
    return std::nullopt;
  }

  void take(const Item& item, int shift) {
    for (const auto& [key, amount] : item.lines) {
      const auto& [year, kind, role] = key;
      if (year < problem_.first_year) continue;
      if (auto it = remaining_.find({year + shift, kind, role}); it != remaining_.end()) it->second.limit -= amount;
    }
  }

  detail::SelectionProblem problem_;
  std::map<Key, detail::Limit> remaining_;  // limit = what is left
  std::vector<Item> items_;
  std::vector<std::optional<int>> start_;
};

}  // namespace

RealisticPlan plan_selection(const Portfolio& portfolio, const SelectionOptions& options, const Selection& selection) {
  return Planner(portfolio, options, selection).run();
}

}  // namespace tiltak
