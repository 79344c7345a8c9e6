// The C API over the C++ core: argument checks, the guard, and JSON in and out.

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string_view>

#include "context.hpp"
#include "json_argument.hpp"
#include "named_argument.hpp"
#include "portfolio_handle.hpp"
#include "tiltak/benefits/appraisal.hpp"
#include "tiltak/benefits/appraisal_json.hpp"
#include "tiltak/graph/benefit_network.hpp"
#include "tiltak/graph/graph_json.hpp"
#include "tiltak/graph/impact.hpp"
#include "tiltak/graph/schedule.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/io/problem_json.hpp"
#include "tiltak/model/editing.hpp"
#include "tiltak/model/lifecycle.hpp"
#include "tiltak/model/validation.hpp"
#include "tiltak/reporting/summary.hpp"
#include "tiltak/tiltak.h"

namespace {

using tiltak::capi::guard;
using tiltak::capi::NamedArgument;
using tiltak::capi::string_result;
using tiltak::capi::require;

template <class T>
void clear_output(T** out) noexcept {
  if (out) *out = nullptr;
}
void clear_output(char** out, size_t* out_length) noexcept {
  if (out) *out = nullptr;
  if (out_length) *out_length = 0;
}

// The caller's JSON text: NULL is refused here, everything else by the parser.
std::string_view text(const char* json, size_t length) { return tiltak::capi::json_text(json, length, "json"); }

// The calendar a caller names, NULL meaning calendar days.
tiltak::ScheduleOptions schedule_options(const char* calendar) {
  tiltak::ScheduleOptions options;
  if (!calendar) return options;
  const auto kind = tiltak::calendar_kind_from_name(calendar);
  if (!kind)
    throw tiltak::Error(tiltak::ErrorCode::invalid_argument,
                        std::string("unknown calendar \"") + calendar +
                            "\"; expected calendar_days, working_days_no or working_days_dk");
  options.calendar = *kind;
  return options;
}

const std::string empty;

const char* detail(const tiltak_context* context, const std::string tiltak_context::*field) noexcept {
  return context ? (context->*field).c_str() : empty.c_str();
}

// The appraisal's parameters_json (_v2) may carry its one option beside a built-in's id or the
// default: {"internal_rates_of_return": false} or {"id": "no-2021", "internal_rates_of_return":
// false}. Then `reference` is what is left ({"id": ...} or nothing) and `options` says it; any
// other text is the parameter set's reference or document, read as before.
struct AppraisalRequest {
  std::string reference;
  bool has_option = false;
  tiltak::AppraisalOptions options;
};

AppraisalRequest appraisal_request(const char* json, size_t length) {
  AppraisalRequest request;
  const auto text = tiltak::capi::optional_json_text(json, length, "parameters_json", "parameters_length");
  if (!text) return request;
  const auto document = nlohmann::json::parse(*text, nullptr, false);
  if (!document.is_object() || !document.contains("internal_rates_of_return")) return request;
  for (const auto& [key, value] : document.items())
    if (key != "id" && key != "internal_rates_of_return") return request;  // a parameter set's document
  const auto& irr = document.at("internal_rates_of_return");
  if (!irr.is_boolean())
    throw tiltak::Error(tiltak::ErrorCode::invalid_argument,
                        "parameters_json: internal_rates_of_return must be true or false, got " + irr.dump());
  request.has_option = true;
  request.options.internal_rates_of_return = irr.get<bool>();
  if (document.contains("id")) request.reference = nlohmann::json{{"id", document.at("id")}}.dump();
  return request;
}

// The appraisal, shared by its entry point and its _v2: `choose(run)` calls run(parameters,
// options) with what the caller asked for, under the guard.
template <class Choose>
int appraisal(tiltak_context* context, const tiltak_portfolio* portfolio, Choose&& choose, const char* initiative,
              char** out_json, size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    return choose([&](const NamedArgument& parameters, const tiltak::AppraisalOptions& options) {
      require(portfolio, "portfolio");
      const tiltak::ParameterSet set = tiltak::capi::parameter_set(parameters, portfolio->value.currency);
      if (initiative) {
        const auto result =
            tiltak::appraise_initiative(portfolio->value, tiltak::InitiativeId(initiative), set, options);
        return tiltak::initiative_appraisal_to_json(result, 2);
      }
      const auto result = tiltak::appraise_portfolio(portfolio->value, set, options);
      return tiltak::portfolio_appraisal_to_json(result, 2);
    });
  });
}

}  // namespace

extern "C" {

void tiltak_string_free(char* string) { std::free(string); }

tiltak_context* tiltak_context_new(void) { return new (std::nothrow) tiltak_context(); }

void tiltak_context_free(tiltak_context* context) { delete context; }

int tiltak_context_error_code(const tiltak_context* context) {
  return context ? context->code : TILTAK_E_INVALID_ARGUMENT;
}
const char* tiltak_context_error_message(const tiltak_context* context) {
  return detail(context, &tiltak_context::message);
}
const char* tiltak_context_error_source(const tiltak_context* context) {
  return detail(context, &tiltak_context::source);
}
const char* tiltak_context_error_pointer(const tiltak_context* context) {
  return detail(context, &tiltak_context::pointer);
}
const char* tiltak_context_error_value(const tiltak_context* context) {
  return detail(context, &tiltak_context::value);
}

int tiltak_context_set_max_input_bytes(tiltak_context* context, uint64_t max_bytes) {
  return guard(context, [&](tiltak_context& checked) {
    checked.max_input_bytes = max_bytes;
    return TILTAK_OK;
  });
}

int tiltak_context_error_json(tiltak_context* context, char** out_json, size_t* out_length) {
  clear_output(out_json, out_length);
  if (!context) return TILTAK_E_INVALID_ARGUMENT;
  if (!out_json) return TILTAK_E_INVALID_ARGUMENT;
  // Reading the error must not clear it, so this does not go through guard().
  try {
    std::string json = tiltak::problems_to_json(context->problems);
    if (context->problems.empty() && context->code != TILTAK_OK) {
      // An error without located problems (a NULL argument, an unknown currency ...) is still
      // one problem, so that callers that show this array never show an error as "[]".
      tiltak::Problem problem;
      problem.message = context->message;
      json = tiltak::problems_to_json({problem});
    }
    char* copy = static_cast<char*>(std::malloc(json.size() + 1));
    if (!copy) return TILTAK_E_NO_MEMORY;
    std::copy(json.begin(), json.end(), copy);
    copy[json.size()] = '\0';
    *out_json = copy;
    if (out_length) *out_length = json.size();
    return TILTAK_OK;
  } catch (...) {
    return TILTAK_E_NO_MEMORY;
  }
}

int tiltak_portfolio_new(tiltak_context* context, const char* name, const char* currency,
                         tiltak_portfolio** out_portfolio) {
  clear_output(out_portfolio);
  return guard(context, [&](tiltak_context&) {
    require(name, "name");
    require(currency, "currency");
    require(out_portfolio, "out_portfolio");
    if (!tiltak::capi::is_utf8(name)) throw tiltak::Error(tiltak::ErrorCode::invalid_argument, "name must be UTF-8");
    const auto code = tiltak::currency_from_code(currency);
    if (!code)
      throw tiltak::Error(tiltak::ErrorCode::invalid_argument,
                          std::string("unknown currency \"") + currency + "\"; expected NOK, DKK, EUR or SEK");
    auto portfolio = std::make_unique<tiltak_portfolio>();
    portfolio->value.name = name;
    portfolio->value.organisation.name = name;
    portfolio->value.currency = *code;
    tiltak::require_valid(portfolio->value);
    *out_portfolio = portfolio.release();
    return TILTAK_OK;
  });
}

int tiltak_portfolio_from_json(tiltak_context* context, const char* json, size_t length,
                               tiltak_portfolio** out_portfolio) {
  clear_output(out_portfolio);
  return guard(context, [&](tiltak_context&) {
    require(out_portfolio, "out_portfolio");
    auto portfolio = std::make_unique<tiltak_portfolio>(tiltak_portfolio{tiltak::parse_portfolio(text(json, length))});
    *out_portfolio = portfolio.release();
    return TILTAK_OK;
  });
}

int tiltak_portfolio_load(tiltak_context* context, const char* path, tiltak_portfolio** out_portfolio) {
  clear_output(out_portfolio);
  return guard(context, [&](tiltak_context& checked) {
    require(path, "path");
    require(out_portfolio, "out_portfolio");
    auto portfolio =
        std::make_unique<tiltak_portfolio>(tiltak_portfolio{tiltak::load_portfolio(path, checked.max_input_bytes)});
    *out_portfolio = portfolio.release();
    return TILTAK_OK;
  });
}

void tiltak_portfolio_free(tiltak_portfolio* portfolio) { delete portfolio; }

int tiltak_portfolio_to_json(tiltak_context* context, const tiltak_portfolio* portfolio, char** out_json,
                             size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    return tiltak::to_json(portfolio->value);
  });
}

int tiltak_portfolio_save(tiltak_context* context, const tiltak_portfolio* portfolio, const char* path) {
  return guard(context, [&](tiltak_context&) {
    require(portfolio, "portfolio");
    require(path, "path");
    tiltak::save_portfolio(portfolio->value, path);
    return TILTAK_OK;
  });
}

int tiltak_validate_json(tiltak_context* context, const char* json, size_t length, char** out_report,
                         size_t* out_length) {
  return string_result(context, out_report, out_length, "out_report", [&] {
    require(json, "json");
    nlohmann::ordered_json report{{"valid", true}, {"problems", nlohmann::ordered_json::array()}};
    try {
      tiltak::parse_portfolio(text(json, length));
    } catch (const tiltak::Error& error) {
      if (error.code() != tiltak::ErrorCode::parse_error && error.code() != tiltak::ErrorCode::validation_error) throw;
      report["valid"] = false;
      report["problems"] = nlohmann::ordered_json::parse(tiltak::problems_to_json(error.problems()));
    }
    return report.dump();
  });
}

int tiltak_portfolio_initiative_count(tiltak_context* context, const tiltak_portfolio* portfolio, size_t* out_count) {
  if (out_count) *out_count = 0;
  return guard(context, [&](tiltak_context&) {
    require(portfolio, "portfolio");
    require(out_count, "out_count");
    *out_count = portfolio->value.initiatives.size();
    return TILTAK_OK;
  });
}

int tiltak_portfolio_list_initiatives(tiltak_context* context, const tiltak_portfolio* portfolio, char** out_json,
                                      size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    auto list = nlohmann::ordered_json::array();
    for (const auto& initiative : portfolio->value.initiatives)
      list.push_back({{"id", initiative.id.str()},
                      {"title", initiative.title},
                      {"stage", tiltak::stage_name(initiative.stage)}});
    return list.dump();
  });
}

int tiltak_portfolio_get_initiative(tiltak_context* context, const tiltak_portfolio* portfolio, const char* id,
                                    char** out_json, size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    require(id, "id");
    const auto* initiative = portfolio->value.find_initiative(tiltak::InitiativeId(id));
    if (!initiative) {
      tiltak::Problem problem;
      problem.value = std::string("\"") + id + "\"";
      problem.message = "no initiative has this id";
      throw tiltak::Error(tiltak::ErrorCode::not_found, std::move(problem));
    }
    return tiltak::to_json(*initiative);
  });
}

int tiltak_portfolio_add_initiative(tiltak_context* context, tiltak_portfolio* portfolio, const char* json,
                                    size_t length) {
  return guard(context, [&](tiltak_context&) {
    require(portfolio, "portfolio");
    tiltak::add_initiative(portfolio->value, tiltak::parse_initiative(text(json, length), portfolio->value.currency));
    return TILTAK_OK;
  });
}

int tiltak_portfolio_update_initiative(tiltak_context* context, tiltak_portfolio* portfolio, const char* json,
                                       size_t length) {
  return guard(context, [&](tiltak_context&) {
    require(portfolio, "portfolio");
    tiltak::update_initiative(portfolio->value,
                              tiltak::parse_initiative(text(json, length), portfolio->value.currency));
    return TILTAK_OK;
  });
}

int tiltak_portfolio_remove_initiative(tiltak_context* context, tiltak_portfolio* portfolio, const char* id) {
  return guard(context, [&](tiltak_context&) {
    require(portfolio, "portfolio");
    require(id, "id");
    tiltak::remove_initiative(portfolio->value, tiltak::InitiativeId(id));
    return TILTAK_OK;
  });
}

int tiltak_portfolio_summary(tiltak_context* context, const tiltak_portfolio* portfolio, char** out_json,
                             size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    return tiltak::summary_to_json(tiltak::summarise(portfolio->value));
  });
}

int tiltak_portfolio_graph(tiltak_context* context, const tiltak_portfolio* portfolio, char** out_json,
                           size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    return tiltak::graph_to_json(tiltak::DependencyGraph(portfolio->value));
  });
}

int tiltak_portfolio_schedule(tiltak_context* context, const tiltak_portfolio* portfolio, const char* calendar,
                              char** out_json, size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    const auto schedule = tiltak::compute_schedule(portfolio->value, schedule_options(calendar));
    return tiltak::schedule_to_json(schedule);
  });
}

int tiltak_portfolio_slip_impact(tiltak_context* context, const tiltak_portfolio* portfolio, const char* id, int days,
                                 const char* calendar, char** out_json, size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    require(id, "id");
    const auto impact =
        tiltak::slip_impact(portfolio->value, tiltak::InitiativeId(id), days, schedule_options(calendar));
    return tiltak::slip_impact_to_json(impact);
  });
}

int tiltak_portfolio_cancel_impact(tiltak_context* context, const tiltak_portfolio* portfolio, const char* id,
                                   char** out_json, size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    require(id, "id");
    const auto impact = tiltak::cancel_impact(portfolio->value, tiltak::InitiativeId(id));
    return tiltak::cancel_impact_to_json(impact);
  });
}

int tiltak_portfolio_benefit_network(tiltak_context* context, const tiltak_portfolio* portfolio, char** out_json,
                                     size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    return tiltak::benefit_network_to_json(tiltak::analyse_benefit_network(portfolio->value));
  });
}

int tiltak_portfolio_appraisal(tiltak_context* context, const tiltak_portfolio* portfolio, const char* parameters,
                               const char* initiative, char** out_json, size_t* out_length) {
  return appraisal(
      context, portfolio,
      [&](auto&& run) { return run(NamedArgument::text(parameters, "parameters"), tiltak::AppraisalOptions{}); },
      initiative, out_json, out_length);
}

int tiltak_portfolio_appraisal_v2(tiltak_context* context, const tiltak_portfolio* portfolio,
                                  const char* parameters_json, size_t parameters_length, const char* initiative,
                                  char** out_json, size_t* out_length) {
  return appraisal(
      context, portfolio,
      [&](auto&& run) {
        const AppraisalRequest request = appraisal_request(parameters_json, parameters_length);
        if (!request.has_option)
          return run(NamedArgument::json(parameters_json, parameters_length, "parameters_json", "parameters_length"),
                     request.options);
        const char* reference = request.reference.empty() ? nullptr : request.reference.data();
        return run(NamedArgument::json(reference, request.reference.size(), "parameters_json", "parameters_length"),
                   request.options);
      },
      initiative, out_json, out_length);
}

}  // extern "C"
