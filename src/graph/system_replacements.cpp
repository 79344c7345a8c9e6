#include "tiltak/graph/system_replacements.hpp"

#include <algorithm>
#include <unordered_map>

#include "tiltak/model/lifecycle.hpp"

namespace tiltak {
namespace {

bool names_dependency(const Initiative& dependent, const InitiativeId& prerequisite) {
  return std::any_of(dependent.dependencies.begin(), dependent.dependencies.end(), [&](const Dependency& dependency) {
    const auto* on = std::get_if<InitiativeId>(&dependency.on);
    return on && *on == prerequisite;
  });
}

// The initiatives (not dropped) that act on each system by `kind`, in portfolio order.
std::unordered_map<std::string, std::vector<const Initiative*>> acting(const Portfolio& portfolio,
                                                                        SystemActionKind kind) {
  std::unordered_map<std::string, std::vector<const Initiative*>> by_system;
  for (const auto& initiative : portfolio.initiatives) {
    if (is_dropped(initiative.stage)) continue;
    for (const auto& action : initiative.system_actions)
      if (action.kind == kind) {
        auto& list = by_system[action.system.str()];
        if (list.empty() || list.back() != &initiative) list.push_back(&initiative);
      }
  }
  return by_system;
}

}  // namespace

std::vector<DerivedDependency> derived_system_dependencies(const Portfolio& portfolio) {
  std::vector<DerivedDependency> derived;
  bool any = false;
  for (const auto& initiative : portfolio.initiatives) any = any || !initiative.system_actions.empty();
  if (!any) return derived;
  const auto decommissioning = acting(portfolio, SystemActionKind::decommissions);
  const auto replacing = acting(portfolio, SystemActionKind::replaces);
  for (const auto& system : portfolio.systems) {
    const auto down = decommissioning.find(system.id.str());
    const auto up = replacing.find(system.id.str());
    if (down == decommissioning.end() || up == replacing.end()) continue;
    for (const Initiative* dependent : down->second)
      for (const Initiative* prerequisite : up->second)
        if (dependent != prerequisite && !names_dependency(*dependent, prerequisite->id))
          derived.push_back({dependent->id, prerequisite->id, system.id});
  }
  return derived;
}

std::optional<ContractEnd> contract_end(const ItSystem& system) {
  std::optional<ContractEnd> latest;
  for (std::size_t c = 0; c < system.contracts.size(); ++c) {
    const auto& end = system.contracts[c].end;
    if (!end) return std::nullopt;  // open-ended: the system may run on
    if (!latest || *end > latest->end) latest = ContractEnd{*end, c};
  }
  return latest;
}

std::vector<ContractDeadline> contract_deadlines(const Portfolio& portfolio, const Schedule& schedule) {
  std::vector<ContractDeadline> deadlines;
  const auto replacing = acting(portfolio, SystemActionKind::replaces);
  for (std::size_t s = 0; s < portfolio.systems.size(); ++s) {
    const auto& system = portfolio.systems[s];
    const auto found = replacing.find(system.id.str());
    if (found == replacing.end()) continue;
    const auto end = contract_end(system);
    if (!end) continue;
    for (const Initiative* initiative : found->second) {
      ContractDeadline deadline;
      deadline.system = system.id;
      deadline.replacement = initiative->id;
      deadline.deadline = end->end;
      deadline.pointer = "/systems/" + std::to_string(s) + "/contracts/" + std::to_string(end->contract) + "/end";
      if (initiative->actual.end)
        deadline.forecast = *initiative->actual.end;
      else if (const auto* scheduled = schedule.find(initiative->id))
        deadline.forecast = scheduled->earliest_finish;
      if (deadline.forecast && *deadline.forecast > deadline.deadline) {
        deadline.missed = true;
        deadline.days_late = static_cast<long>((*deadline.forecast - deadline.deadline).days());
      }
      deadlines.push_back(std::move(deadline));
    }
  }
  return deadlines;
}

}  // namespace tiltak
