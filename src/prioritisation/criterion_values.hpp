#pragma once
// The raw value of each criterion for an initiative, from the model, the benefits appraisal
// and the dependency graph (each computed once, only when a criterion needs it).

#include <optional>
#include <string>
#include <unordered_map>

#include "tiltak/model/portfolio.hpp"
#include "tiltak/prioritisation/criteria.hpp"

namespace tiltak::detail {

class CriterionValues {
 public:
  CriterionValues(const Portfolio& portfolio, const Criteria& criteria);

  std::optional<double> raw(const Criterion& criterion, const Initiative& initiative) const;
  // NPV in major units (computed on first need by the constructor when a criterion asks).
  std::optional<double> npv(const Initiative& initiative) const;

 private:
  const Portfolio& portfolio_;
  std::unordered_map<std::string, double> goal_weights_;
  double goal_weight_sum_ = 0.0;
  std::unordered_map<std::string, double> npv_;
  std::unordered_map<std::string, std::optional<double>> bcr_;
  std::unordered_map<std::string, double> dependants_;
};

// Whole appraisals of every initiative, in major units: {id → npv}. `parameter_set` empty:
// the currency's default.
std::unordered_map<std::string, double> initiative_npvs(const Portfolio& portfolio, const std::string& parameter_set);

double major_units(Money amount) noexcept;

}  // namespace tiltak::detail
