#include "prioritisation/criterion_values.hpp"

#include <algorithm>

#include "graph/downstream_counts.hpp"
#include "tiltak/benefits/appraisal.hpp"
#include "tiltak/benefits/parameters.hpp"
#include "tiltak/graph/dependency_graph.hpp"

namespace tiltak::detail {
namespace {

bool needs(const Criteria& criteria, CriterionKind kind) {
  return std::any_of(criteria.criteria.begin(), criteria.criteria.end(),
                     [&](const Criterion& c) { return c.kind == kind; });
}

PortfolioAppraisal appraise(const Portfolio& portfolio, const std::string& parameter_set) {
  const ParameterSet set =
      parameter_set.empty() ? default_parameter_set(portfolio.currency) : builtin_parameter_set(parameter_set);
  AppraisalOptions options;
  options.internal_rates_of_return = false;  // no criterion reads an IRR
  return appraise_portfolio(portfolio, set, options);
}

}  // namespace

double major_units(Money amount) noexcept {
  return static_cast<double>(amount.minor_units()) / static_cast<double>(minor_per_major(amount.currency()));
}

std::unordered_map<std::string, double> initiative_npvs(const Portfolio& portfolio, const std::string& parameter_set) {
  std::unordered_map<std::string, double> npvs;
  for (const auto& row : appraise(portfolio, parameter_set).initiatives)
    npvs[row.initiative.str()] = major_units(row.appraisal.npv);
  return npvs;
}

CriterionValues::CriterionValues(const Portfolio& portfolio, const Criteria& criteria) : portfolio_(portfolio) {
  for (const auto& goal : portfolio.strategy.goals) {
    goal_weights_[goal.id.str()] = goal.weight;
    goal_weight_sum_ += goal.weight;
  }
  if (needs(criteria, CriterionKind::npv) || needs(criteria, CriterionKind::benefit_cost_ratio)) {
    for (const auto& row : appraise(portfolio, criteria.parameter_set).initiatives) {
      npv_[row.initiative.str()] = major_units(row.appraisal.npv);
      bcr_[row.initiative.str()] = row.appraisal.benefit_cost_ratio;
    }
  }
  if (needs(criteria, CriterionKind::dependants)) {
    const DependencyGraph graph(portfolio);
    const std::vector<std::size_t> counts = downstream_counts(graph);  // near-linear, not one search per node
    for (std::size_t node = 0; node < graph.nodes().size(); ++node)
      if (graph.nodes()[node].kind == GraphNodeKind::initiative)
        dependants_[graph.nodes()[node].id] = static_cast<double>(counts[node]);
  }
}

std::optional<double> CriterionValues::npv(const Initiative& initiative) const {
  const auto it = npv_.find(initiative.id.str());
  if (it == npv_.end()) return std::nullopt;
  return it->second;
}

std::optional<double> CriterionValues::raw(const Criterion& criterion, const Initiative& initiative) const {
  switch (criterion.kind) {
    case CriterionKind::goal_contribution: {
      double sum = 0.0;
      for (const auto& contribution : initiative.goals) {
        const auto it = goal_weights_.find(contribution.goal.str());
        sum += (it == goal_weights_.end() ? 0.0 : it->second) * contribution.score;
      }
      return goal_weight_sum_ > 0 ? sum / goal_weight_sum_ : 0.0;
    }
    case CriterionKind::npv: return npv(initiative);
    case CriterionKind::benefit_cost_ratio: {
      const auto it = bcr_.find(initiative.id.str());
      return it == bcr_.end() ? std::nullopt : it->second;
    }
    case CriterionKind::total_cost: {
      double sum = 0.0;
      for (const auto& line : initiative.costs)
        if (line.basis == CostBasis::plan) sum += major_units(line.amount);
      return sum;
    }
    case CriterionKind::risk: {
      int highest = 0;
      for (const auto& risk : initiative.risks) highest = std::max(highest, risk.score());
      return highest;
    }
    case CriterionKind::mandatory: return initiative.mandatory ? 1.0 : 0.0;
    case CriterionKind::feasibility: {
      if (const auto it = criterion.initiative_values.find(initiative.id.str()); it != criterion.initiative_values.end())
        return it->second;
      double sum = 0.0;
      int count = 0;
      for (const auto& area : initiative.service_areas)
        if (const auto it = criterion.service_area_values.find(area.str()); it != criterion.service_area_values.end()) {
          sum += it->second;
          ++count;
        }
      if (count > 0) return sum / count;
      return criterion.fallback;
    }
    case CriterionKind::dependants: {
      const auto it = dependants_.find(initiative.id.str());
      return it == dependants_.end() ? 0.0 : it->second;
    }
  }
  return std::nullopt;
}

}  // namespace tiltak::detail
