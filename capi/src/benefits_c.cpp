// The C API of the benefits area beyond the appraisal: realisation tracking (and the analyses
// that follow it), each handing out the library's JSON form.

#include "context.hpp"
#include "json_argument.hpp"
#include "named_argument.hpp"
#include "portfolio_handle.hpp"
#include "tiltak/benefits/gains_withdrawal.hpp"
#include "tiltak/benefits/payers.hpp"
#include "tiltak/benefits/payers_json.hpp"
#include "tiltak/benefits/plus_minus.hpp"
#include "tiltak/benefits/realisation.hpp"
#include "tiltak/benefits/realisation_json.hpp"
#include "tiltak/benefits/slip_value.hpp"
#include "tiltak/benefits/uncertainty.hpp"
#include "tiltak/tiltak.h"

using tiltak::capi::json_text;
using tiltak::capi::NamedArgument;
using tiltak::capi::require;
using tiltak::capi::string_result;

namespace {

// The analyses that take a parameter set, each shared by its entry point and its _v2.

// The options of the forms that take only a level: NULL for the default.
tiltak::PayersOptions level_options(const char* level) {
  tiltak::PayersOptions options;
  if (!level) return options;
  const auto named = tiltak::enum_from_name<tiltak::PartyLevel>(level);
  if (!named)
    throw tiltak::Error(tiltak::ErrorCode::invalid_argument,
                        std::string("unknown level \"") + level + "\"; expected unit, service_area or member");
  options.level = *named;
  return options;
}

template <class ReadOptions>
int payers(tiltak_context* context, const tiltak_portfolio* portfolio, const NamedArgument& parameters,
           const ReadOptions& read_options, char** out_json, size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    const tiltak::PayersOptions options = read_options();
    const tiltak::ParameterSet set = tiltak::capi::parameter_set(parameters, portfolio->value.currency);
    return tiltak::payers_to_json(tiltak::payers_report(portfolio->value, set, options));
  });
}

int plus_minus(tiltak_context* context, const tiltak_portfolio* portfolio, const NamedArgument& parameters,
               const char* input_json, size_t input_length, char** out_json, size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    const auto input = tiltak::plus_minus_input_from_json(json_text(input_json, input_length, "input_json"), "input");
    const tiltak::ParameterSet set = tiltak::capi::parameter_set(parameters, portfolio->value.currency);
    return tiltak::plus_minus_to_json(tiltak::plus_minus(portfolio->value, set, input));
  });
}

int uncertainty(tiltak_context* context, const tiltak_portfolio* portfolio, const NamedArgument& parameters,
                const char* input_json, size_t input_length, char** out_json, size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    const auto input = tiltak::uncertainty_input_from_json(json_text(input_json, input_length, "input_json"), "input");
    const tiltak::ParameterSet set = tiltak::capi::parameter_set(parameters, portfolio->value.currency);
    return tiltak::uncertainty_to_json(tiltak::uncertainty_analysis(portfolio->value, set, input));
  });
}

int slip_value(tiltak_context* context, const tiltak_portfolio* portfolio, const NamedArgument& parameters,
               const char* id, int days, char** out_json, size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    require(id, "id");
    const tiltak::ParameterSet set = tiltak::capi::parameter_set(parameters, portfolio->value.currency);
    return tiltak::slip_value_change_to_json(
        tiltak::slip_value_change(portfolio->value, tiltak::InitiativeId(id), days, set));
  });
}

}  // namespace

extern "C" {

int tiltak_portfolio_realisation(tiltak_context* context, const tiltak_portfolio* portfolio, const char* benefit,
                                 const char* options_json, size_t options_length, char** out_json,
                                 size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    const auto options =
        tiltak::realisation_options_from_json(json_text(options_json, options_length, "options_json"), "options");
    if (benefit) {
      const auto result = tiltak::benefit_realisation(portfolio->value, tiltak::BenefitId(benefit), options);
      return tiltak::benefit_realisation_to_json(result, options.as_of, portfolio->value.currency);
    }
    return tiltak::portfolio_realisation_to_json(tiltak::portfolio_realisation(portfolio->value, options));
  });
}

int tiltak_portfolio_payers(tiltak_context* context, const tiltak_portfolio* portfolio, const char* parameters,
                            const char* level, char** out_json, size_t* out_length) {
  return payers(context, portfolio, NamedArgument::text(parameters, "parameters"), [&] { return level_options(level); },
                out_json, out_length);
}

int tiltak_portfolio_payers_v2(tiltak_context* context, const tiltak_portfolio* portfolio,
                               const char* parameters_json, size_t parameters_length, const char* level,
                               char** out_json, size_t* out_length) {
  return payers(context, portfolio,
                NamedArgument::json(parameters_json, parameters_length, "parameters_json", "parameters_length"),
                [&] { return level_options(level); }, out_json, out_length);
}

int tiltak_portfolio_payers_v3(tiltak_context* context, const tiltak_portfolio* portfolio,
                               const char* parameters_json, size_t parameters_length, const char* options_json,
                               size_t options_length, char** out_json, size_t* out_length) {
  return payers(
      context, portfolio,
      NamedArgument::json(parameters_json, parameters_length, "parameters_json", "parameters_length"),
      [&] {
        const auto text = tiltak::capi::optional_json_text(options_json, options_length, "options_json", "options_length");
        return text ? tiltak::payers_options_from_json(*text, "options") : tiltak::PayersOptions{};
      },
      out_json, out_length);
}

int tiltak_portfolio_plus_minus(tiltak_context* context, const tiltak_portfolio* portfolio, const char* parameters,
                                const char* input_json, size_t input_length, char** out_json, size_t* out_length) {
  return plus_minus(context, portfolio, NamedArgument::text(parameters, "parameters"), input_json, input_length,
                    out_json, out_length);
}

int tiltak_portfolio_plus_minus_v2(tiltak_context* context, const tiltak_portfolio* portfolio,
                                   const char* parameters_json, size_t parameters_length, const char* input_json,
                                   size_t input_length, char** out_json, size_t* out_length) {
  return plus_minus(context, portfolio,
                    NamedArgument::json(parameters_json, parameters_length, "parameters_json", "parameters_length"),
                    input_json, input_length, out_json, out_length);
}

int tiltak_portfolio_uncertainty(tiltak_context* context, const tiltak_portfolio* portfolio, const char* parameters,
                                 const char* input_json, size_t input_length, char** out_json, size_t* out_length) {
  return uncertainty(context, portfolio, NamedArgument::text(parameters, "parameters"), input_json, input_length,
                     out_json, out_length);
}

int tiltak_portfolio_uncertainty_v2(tiltak_context* context, const tiltak_portfolio* portfolio,
                                    const char* parameters_json, size_t parameters_length, const char* input_json,
                                    size_t input_length, char** out_json, size_t* out_length) {
  return uncertainty(context, portfolio,
                     NamedArgument::json(parameters_json, parameters_length, "parameters_json", "parameters_length"),
                     input_json, input_length, out_json, out_length);
}

int tiltak_portfolio_slip_value(tiltak_context* context, const tiltak_portfolio* portfolio, const char* parameters,
                                const char* id, int days, char** out_json, size_t* out_length) {
  return slip_value(context, portfolio, NamedArgument::text(parameters, "parameters"), id, days, out_json, out_length);
}

int tiltak_portfolio_slip_value_v2(tiltak_context* context, const tiltak_portfolio* portfolio,
                                   const char* parameters_json, size_t parameters_length, const char* id, int days,
                                   char** out_json, size_t* out_length) {
  return slip_value(context, portfolio,
                    NamedArgument::json(parameters_json, parameters_length, "parameters_json", "parameters_length"),
                    id, days, out_json, out_length);
}

}  // extern "C"
