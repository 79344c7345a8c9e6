// Prioritisation and selection through the C API: JSON options in, JSON results out.

#include "context.hpp"
#include "tiltak/prioritisation/prioritisation_json.hpp"
#include "tiltak/tiltak.h"

namespace {

using tiltak::capi::require;
using tiltak::capi::string_result;

// Optional JSON input with its length: NULL means the defaults.
std::optional<std::string_view> optional_text(const char* json, size_t length) {
  if (!json) return std::nullopt;
  return std::string_view(json, length);
}

}  // namespace

extern "C" {

int tiltak_portfolio_prioritise(tiltak_context* context, const tiltak_portfolio* portfolio, const char* criteria_json,
                                size_t criteria_length, char** out_json, size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    const auto text = optional_text(criteria_json, criteria_length);
    const tiltak::Criteria criteria = text ? tiltak::criteria_from_json(*text, "criteria") : tiltak::default_criteria();
    return tiltak::ranking_to_json(tiltak::rank_initiatives(portfolio->value, criteria));
  });
}

int tiltak_portfolio_select(tiltak_context* context, const tiltak_portfolio* portfolio, const char* options_json,
                            size_t options_length, char** out_json, size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    const auto text = optional_text(options_json, options_length);
    const tiltak::SelectionOptions options =
        text ? tiltak::selection_options_from_json(*text, portfolio->value.currency, "options")
             : tiltak::SelectionOptions{};
    return tiltak::selection_to_json(tiltak::select_portfolio(portfolio->value, options));
  });
}

}  // extern "C"
