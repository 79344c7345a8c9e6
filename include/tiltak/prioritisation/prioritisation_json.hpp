#pragma once
// Rankings and selections as JSON documents for machines, and selection options from JSON:
// the C API, the CLI and the Python module share these forms (docs/prioritisation.md lists
// every field). Conventions as graph_json.hpp: fields always present in a fixed order, null
// for a missing value, amounts as exact decimal strings, enumeration values by name.

#include <string>
#include <string_view>

#include "tiltak/core/currency.hpp"
#include "tiltak/prioritisation/frontier.hpp"
#include "tiltak/prioritisation/plan.hpp"
#include "tiltak/prioritisation/scenario.hpp"
#include "tiltak/prioritisation/scoring.hpp"
#include "tiltak/prioritisation/selection.hpp"
#include "tiltak/prioritisation/sensitivity.hpp"

namespace tiltak {

// {"criteria": [{id, title, kind, direction, normalisation, target, tolerance, weight}],
//  "ahp": {weights, lambda_max, consistency_index, random_index, consistency_ratio} or null,
//  "initiatives": [{id, title, rank, score, criteria: [{criterion, raw, normalised, weight,
//  contribution}]}]}
std::string ranking_to_json(const Ranking& ranking, int indent = 2);

// {"objective", "method", "status", "first_year", "last_year", "objective_value", "best_bound",
//  "gap", "seconds", "selected": [ids], "decisions": [{id, title, selected, reason, value}],
//  "years": [{year, investment, investment_budget, operating, operating_budget}],
//  "capacity": [{year, role, hours, available}], "areas": [{area, cost, share_percent}]}
std::string selection_to_json(const Selection& selection, int indent = 2);

// {"points": [{budget_factor, investment_budget, feasible, objective_value, status, gap,
//  selected}]}
std::string frontier_to_json(const std::vector<FrontierPoint>& points, int indent = 2);

// {"enters", "leaves", "stays", "value_a", "value_b", "years": [{year, investment_a,
//  investment_b, operating_a, operating_b}]}
std::string comparison_to_json(const SelectionComparison& comparison, int indent = 2);

// {"scheduled": [{id, title, planned_year, start_year}], "deferred": [{id, title, reason}]}
std::string plan_to_json(const RealisticPlan& plan, int indent = 2);

// {"criteria": [{id, weight}], "pairs": [{higher, lower, higher_score, lower_score, tied,
//  most_critical: criterion id or null, thresholds: [{criterion, change, relative_percent,
//  feasible, weights_at_threshold: [..] or null}]}], "most_critical": {pair, higher, lower,
//  criterion, change, relative_percent} or null}
std::string weight_thresholds_to_json(const WeightSensitivity& sensitivity, int indent = 2);

// {"model", "concentration", "spread_percent", "draws", "top_k", "seed", "threads", "select",
//  "method", "time_limit_seconds", "criteria": [{id, weight, mean_weight}], "failed_selections",
//  "time_limited_selections", "initiatives": [{id, title, rank, selected, probability_top_k,
//  probability_selected, mean_rank, rank_p5, rank_p95, rank_acceptability: [..]}]}
std::string weight_uncertainty_to_json(const WeightUncertainty& uncertainty, int indent = 2);

// {"model": "dirichlet"|"uniform", "concentration", "spread_percent", "draws", "top_k", "seed",
//  "threads", "select", "method": "greedy"|"exact", "time_limit_seconds"}; every field
// optional (WeightUncertaintyOptions's defaults). Throws Error(parse_error) /
// Error(validation_error) with every problem's pointer (types here; ranges when used).
WeightUncertaintyOptions weight_uncertainty_options_from_json(std::string_view json,
                                                              const std::string& source = "<memory>");

// {"objective": "score"|"npv", "criteria": {a criteria document}, "parameter_set",
//  "first_year", "last_year", "budgets": "frames" | [{"year", "investment", "operating"}],
//  "use_capacity", "cost_basis", "force_mandatory", "forced_in": [ids], "forced_out": [ids],
//  "exclusive": [[ids]], "shares": [{"area", "min_percent", "max_percent"}],
//  "method": "exact"|"greedy", "time_limit_seconds"}; every field optional. Amounts in
// `currency`. Throws Error(parse_error) / Error(validation_error) with every problem's pointer.
SelectionOptions selection_options_from_json(std::string_view json, Currency currency,
                                             const std::string& source = "<memory>");

}  // namespace tiltak
