#pragma once
// The criteria initiatives are scored by: what each measures, its direction, its
// normalisation and its weight (docs/prioritisation.md).

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tiltak/model/names.hpp"
#include "tiltak/prioritisation/ahp.hpp"

namespace tiltak {

enum class CriterionKind {
  goal_contribution,   // Σ goal weight × contribution score (0..5) / Σ goal weights
  npv,                 // net present value from the benefits appraisal, in major units
  benefit_cost_ratio,  // from the benefits appraisal; missing when there are no costs
  total_cost,          // every cost line of the basis (plan), in major units
  risk,                // the highest risk score (probability × consequence, 0 without risks)
  mandatory,           // 1 for a legal or GDPR obligation, else 0
  feasibility,         // given per initiative or per service area (e.g. digital maturity)
  dependants,          // how many initiatives depend on it, transitively
};

enum class CriterionDirection { maximise, minimise };

enum class Normalisation {
  min_max,  // (x − min)/(max − min), reversed when minimised; 1 for all when max = min
  rank,     // (n − rank)/(n − 1) with ties sharing their mean rank; reversed when minimised
  target,   // 1 − |x − target| / tolerance, floored at 0 (tolerance: max − min by default)
};

template <>
std::span<const EnumName<CriterionKind>> enum_names<CriterionKind>() noexcept;
template <>
std::span<const EnumName<CriterionDirection>> enum_names<CriterionDirection>() noexcept;
template <>
std::span<const EnumName<Normalisation>> enum_names<Normalisation>() noexcept;

struct Criterion {
  std::string id;     // unique, e.g. "goals"
  std::string title;  // for people; the id when empty
  CriterionKind kind = CriterionKind::goal_contribution;
  CriterionDirection direction = CriterionDirection::maximise;
  Normalisation normalisation = Normalisation::min_max;
  std::optional<double> target;     // Normalisation::target only (required there)
  std::optional<double> tolerance;  // Normalisation::target only; > 0
  double weight = 0.0;              // ≥ 0; the weights are normalised to sum 1
  // feasibility: an initiative's own value wins; else the mean over its service areas;
  // else `fallback`; else the value is missing (normalised to 0).
  std::map<std::string, double> initiative_values;
  std::map<std::string, double> service_area_values;
  std::optional<double> fallback;
};

struct Criteria {
  std::vector<Criterion> criteria;
  // When set, the weights came from this pairwise comparison (in the criteria' order).
  std::optional<AhpResult> ahp;
  // The benefits parameter set for npv and benefit_cost_ratio; empty: the currency's default.
  std::string parameter_set;
};

// goals 0.35, npv 0.20, total_cost 0.10 (minimised), risk 0.10 (minimised), mandatory 0.15,
// dependants 0.10, all min–max.
Criteria default_criteria();

// A criteria file (docs/prioritisation.md, "Criteria file"):
//   {"parameter_set": "no-2021",
//    "criteria": [{"id", "title", "kind", "direction", "normalisation", "target", "tolerance",
//                  "weight", "initiative_values", "service_area_values", "default"}],
//    "ahp": {"matrix": [[1, 3], [0.333333, 1]], "allow_inconsistent": false}}
// Weights come from "weight" on each criterion, or from "ahp" (then no criterion may carry a
// weight). Throws Error(parse_error) for malformed JSON (line, column) and
// Error(validation_error) listing every problem with its JSON Pointer, an AHP matrix with
// CR > 0.10 included unless "allow_inconsistent" is true.
Criteria criteria_from_json(std::string_view json, const std::string& source = "<memory>");

// Every rule of the criteria file on a Criteria built in code: unique non-empty ids, weights
// ≥ 0 and not all 0, a target for target normalisation, tolerance > 0. Throws
// Error(validation_error) listing every problem (pointers as in the file).
void validate_criteria(const Criteria& criteria);

}  // namespace tiltak
