// Prioritisation and selection through the C API: JSON options in, JSON results out.

#include <vector>

#include "context.hpp"
#include "json_argument.hpp"
#include "portfolio_handle.hpp"
#include "tiltak/prioritisation/prioritisation_json.hpp"
#include "tiltak/tiltak.h"

namespace {

using tiltak::capi::require;
using tiltak::capi::string_result;

using tiltak::capi::optional_json_text;

// `source` names the options in problems ("options"); the C parameters are <source>_json and
// <source>_length.
tiltak::SelectionOptions selection_options(const tiltak::Portfolio& portfolio, const char* json, size_t length,
                                           const std::string& source) {
  const auto text = optional_json_text(json, length, (source + "_json").c_str(), (source + "_length").c_str());
  return text ? tiltak::selection_options_from_json(*text, portfolio.currency, source) : tiltak::SelectionOptions{};
}

tiltak::Criteria criteria_of(const char* json, size_t length) {
  const auto text = optional_json_text(json, length, "criteria_json", "criteria_length");
  return text ? tiltak::criteria_from_json(*text, "criteria") : tiltak::default_criteria();
}

}  // namespace

extern "C" {

int tiltak_portfolio_prioritise(tiltak_context* context, const tiltak_portfolio* portfolio, const char* criteria_json,
                                size_t criteria_length, char** out_json, size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    const tiltak::Criteria criteria = criteria_of(criteria_json, criteria_length);
    return tiltak::ranking_to_json(tiltak::rank_initiatives(portfolio->value, criteria));
  });
}

int tiltak_portfolio_select(tiltak_context* context, const tiltak_portfolio* portfolio, const char* options_json,
                            size_t options_length, char** out_json, size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    const auto options = selection_options(portfolio->value, options_json, options_length, "options");
    return tiltak::selection_to_json(tiltak::select_portfolio(portfolio->value, options));
  });
}

int tiltak_portfolio_plan(tiltak_context* context, const tiltak_portfolio* portfolio, const char* options_json,
                          size_t options_length, char** out_json, size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    const auto options = selection_options(portfolio->value, options_json, options_length, "options");
    const tiltak::Selection selection = tiltak::select_portfolio(portfolio->value, options);
    return tiltak::plan_to_json(tiltak::plan_selection(portfolio->value, options, selection));
  });
}

int tiltak_portfolio_frontier(tiltak_context* context, const tiltak_portfolio* portfolio, const char* options_json,
                              size_t options_length, const double* budget_factors, size_t factor_count,
                              char** out_json, size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    if (factor_count > 0) require(budget_factors, "budget_factors");
    const auto options = selection_options(portfolio->value, options_json, options_length, "options");
    const std::vector<double> factors(budget_factors, budget_factors + factor_count);
    return tiltak::frontier_to_json(tiltak::efficient_frontier(portfolio->value, options, factors));
  });
}

int tiltak_portfolio_compare_selections(tiltak_context* context, const tiltak_portfolio* portfolio,
                                        const char* options_a_json, size_t options_a_length,
                                        const char* options_b_json, size_t options_b_length, char** out_json,
                                        size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    const auto a = selection_options(portfolio->value, options_a_json, options_a_length, "options_a");
    const auto b = selection_options(portfolio->value, options_b_json, options_b_length, "options_b");
    return tiltak::comparison_to_json(
        tiltak::compare_selections(tiltak::select_portfolio(portfolio->value, a), tiltak::select_portfolio(portfolio->value, b)));
  });
}

int tiltak_portfolio_weight_thresholds(tiltak_context* context, const tiltak_portfolio* portfolio,
                                       const char* criteria_json, size_t criteria_length, char** out_json,
                                       size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    const tiltak::Criteria criteria = criteria_of(criteria_json, criteria_length);
    return tiltak::weight_thresholds_to_json(tiltak::weight_thresholds(tiltak::rank_initiatives(portfolio->value, criteria)));
  });
}

int tiltak_portfolio_weight_uncertainty(tiltak_context* context, const tiltak_portfolio* portfolio,
                                        const char* options_json, size_t options_length, const char* uncertainty_json,
                                        size_t uncertainty_length, char** out_json, size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    const auto selection = selection_options(portfolio->value, options_json, options_length, "options");
    const auto text = optional_json_text(uncertainty_json, uncertainty_length, "uncertainty_json", "uncertainty_length");
    const auto uncertainty = text ? tiltak::weight_uncertainty_options_from_json(*text, "uncertainty")
                                  : tiltak::WeightUncertaintyOptions{};
    return tiltak::weight_uncertainty_to_json(tiltak::weight_uncertainty(portfolio->value, selection, uncertainty));
  });
}

}  // extern "C"
