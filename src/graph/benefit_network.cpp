#include "tiltak/graph/benefit_network.hpp"

#include <algorithm>
#include <unordered_map>

#include "io/enum_names.hpp"

namespace tiltak {
namespace {

template <class T>
void add_unique(std::vector<T>& items, const T& item) {
  if (std::find(items.begin(), items.end(), item) == items.end()) items.push_back(item);
}

// Why an initiative might not deliver; empty when nothing points that way.
std::vector<std::string> risk_reasons(const Initiative& initiative,
                                      const std::unordered_map<std::string, const Initiative*>& by_id) {
  std::vector<std::string> reasons;
  if (initiative.stage == Stage::paused || is_dropped(initiative.stage))
    reasons.emplace_back(stage_name(initiative.stage));
  // The newest report per dimension; red there means trouble now.
  for (const StatusDimension dimension :
       {StatusDimension::schedule, StatusDimension::cost, StatusDimension::scope, StatusDimension::risk}) {
    const StatusReport* newest = nullptr;
    for (const auto& report : initiative.status)
      if (report.dimension == dimension && (!newest || report.date >= newest->date)) newest = &report;
    if (newest && newest->rag == Rag::red)
      reasons.push_back("red status (" + std::string(detail::enum_name(dimension)) + ")");
  }
  for (const auto& dependency : initiative.dependencies) {
    const auto* on = std::get_if<InitiativeId>(&dependency.on);
    if (!on) continue;
    auto it = by_id.find(on->str());
    if (it != by_id.end() && (it->second->stage == Stage::paused || is_dropped(it->second->stage)))
      reasons.push_back("depends on " + std::string(stage_name(it->second->stage)) + " " + on->str());
  }
  return reasons;
}

}  // namespace

BenefitNetwork analyse_benefit_network(const Portfolio& portfolio) {
  std::unordered_map<std::string, const Initiative*> by_id;
  for (const auto& initiative : portfolio.initiatives) by_id.emplace(initiative.id.str(), &initiative);
  auto approved = [&](const InitiativeId& id) {
    auto it = by_id.find(id.str());
    return it != by_id.end() && is_approved(it->second->stage);
  };

  BenefitNetwork network;
  for (const auto& goal : portfolio.strategy.goals) {
    GoalCoverage coverage{goal.id, {}, {}, {}, false};
    for (const auto& benefit : portfolio.benefits) {
      if (std::find(benefit.goals.begin(), benefit.goals.end(), goal.id) == benefit.goals.end()) continue;
      coverage.benefits.push_back(benefit.id);
      for (const auto& contribution : benefit.contributors)
        if (approved(contribution.initiative)) add_unique(coverage.approved_contributors, contribution.initiative);
    }
    for (const auto& initiative : portfolio.initiatives)
      for (const auto& score : initiative.goals)
        if (score.goal == goal.id && score.score > 0 && is_approved(initiative.stage))
          add_unique(coverage.direct_contributors, initiative.id);
    coverage.covered = !coverage.approved_contributors.empty() || !coverage.direct_contributors.empty();
    if (!coverage.covered) network.uncovered_goals.push_back(goal.id);
    network.goals.push_back(std::move(coverage));
  }

  for (const auto& benefit : portfolio.benefits) {
    if (benefit.contributors.empty()) {
      network.benefits_without_contributors.push_back(benefit.id);
      continue;
    }
    BenefitAtRisk at_risk{benefit.id, {}};
    for (const auto& contribution : benefit.contributors) {
      auto it = by_id.find(contribution.initiative.str());
      if (it == by_id.end()) continue;
      auto reasons = risk_reasons(*it->second, by_id);
      if (reasons.empty()) break;
      at_risk.contributors.push_back({contribution.initiative, std::move(reasons)});
    }
    if (at_risk.contributors.size() == benefit.contributors.size())
      network.benefits_at_risk.push_back(std::move(at_risk));
  }
  return network;
}

}  // namespace tiltak
