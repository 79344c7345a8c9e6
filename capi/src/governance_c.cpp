// The C API of the governance area: compliance check, lifecycle gates, decision log and the
// KS Fiks Arkiv link (docs/governance.md).

#include <string_view>

#include "context.hpp"
#include "language_argument.hpp"
#include "named_argument.hpp"
#include "portfolio_handle.hpp"
#include "tiltak/governance/governance_json.hpp"
#include "tiltak/governance/lifecycle_gates.hpp"
#include "tiltak/model/names.hpp"
#include "tiltak/reporting/labels.hpp"
#include "tiltak/tiltak.h"

namespace {

using tiltak::capi::guard;
using tiltak::capi::language_of;
using tiltak::capi::NamedArgument;
using tiltak::capi::rulebook_of;
using tiltak::capi::require;
using tiltak::capi::string_result;

tiltak::Date date_of(const char* iso, const char* parameter) {
  if (!iso) return boost::gregorian::day_clock::local_day();
  if (const auto date = tiltak::parse_iso_date(iso)) return *date;
  throw tiltak::Error(tiltak::ErrorCode::invalid_argument,
                      std::string(parameter) + " must be an ISO date such as 2026-11-23, not \"" + iso + "\"");
}

// The rulebook's functions, each shared by its entry point and its _v2.

int check(tiltak_context* context, const tiltak_portfolio* portfolio, const NamedArgument& rulebook, const char* as_of,
           const char* language, char** out_json, size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    const auto& p = portfolio->value;
    return tiltak::compliance_to_json(
        tiltak::check(p, rulebook_of(rulebook, p.currency), date_of(as_of, "as_of"), language_of(language, p.currency)));
  });
}

int advance(tiltak_context* context, tiltak_portfolio* portfolio, const NamedArgument& rulebook,
            const char* decision_json, size_t length, char** out_json, size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    require(decision_json, "decision_json");
    auto& p = portfolio->value;
    const auto request = tiltak::decision_request_from_json({decision_json, length}, p.currency);
    tiltak::Portfolio updated = p;  // the handle changes only when the whole call succeeds
    tiltak::advance(updated, rulebook_of(rulebook, p.currency), request.initiative, request.to, request.decision,
                    request.language.value_or(tiltak::default_language(p.currency)));
    std::string entry = tiltak::decision_to_json(updated.decisions.back());
    p = std::move(updated);
    return entry;
  });
}

int check_transition(tiltak_context* context, const tiltak_portfolio* portfolio, const NamedArgument& rulebook,
                     const char* decision_json, size_t length, char** out_json, size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    require(decision_json, "decision_json");
    const auto& p = portfolio->value;
    const auto request = tiltak::decision_request_from_json({decision_json, length}, p.currency);
    return tiltak::transition_check_to_json(
        tiltak::check_transition(p, rulebook_of(rulebook, p.currency), request.initiative, request.to, request.decision,
                                 request.language.value_or(tiltak::default_language(p.currency))));
  });
}

}  // namespace

extern "C" {

int tiltak_portfolio_check(tiltak_context* context, const tiltak_portfolio* portfolio, const char* rulebook,
                           const char* as_of, const char* language, char** out_json, size_t* out_length) {
  return check(context, portfolio, NamedArgument::text(rulebook, "rulebook"), as_of, language, out_json, out_length);
}

int tiltak_portfolio_check_v2(tiltak_context* context, const tiltak_portfolio* portfolio, const char* rulebook_json,
                              size_t rulebook_length, const char* as_of, const char* language, char** out_json,
                              size_t* out_length) {
  return check(context, portfolio, NamedArgument::json(rulebook_json, rulebook_length, "rulebook_json", "rulebook_length"), as_of, language, out_json, out_length);
}

int tiltak_portfolio_advance(tiltak_context* context, tiltak_portfolio* portfolio, const char* rulebook,
                             const char* decision_json, size_t length, char** out_json, size_t* out_length) {
  return advance(context, portfolio, NamedArgument::text(rulebook, "rulebook"), decision_json, length, out_json, out_length);
}

int tiltak_portfolio_advance_v2(tiltak_context* context, tiltak_portfolio* portfolio, const char* rulebook_json,
                                size_t rulebook_length, const char* decision_json, size_t length, char** out_json,
                                size_t* out_length) {
  return advance(context, portfolio, NamedArgument::json(rulebook_json, rulebook_length, "rulebook_json", "rulebook_length"), decision_json, length, out_json, out_length);
}

int tiltak_portfolio_check_transition(tiltak_context* context, const tiltak_portfolio* portfolio, const char* rulebook,
                                      const char* decision_json, size_t length, char** out_json, size_t* out_length) {
  return check_transition(context, portfolio, NamedArgument::text(rulebook, "rulebook"), decision_json, length, out_json, out_length);
}

int tiltak_portfolio_check_transition_v2(tiltak_context* context, const tiltak_portfolio* portfolio,
                                         const char* rulebook_json, size_t rulebook_length, const char* decision_json,
                                         size_t length, char** out_json, size_t* out_length) {
  return check_transition(context, portfolio, NamedArgument::json(rulebook_json, rulebook_length, "rulebook_json", "rulebook_length"), decision_json, length, out_json, out_length);
}

int tiltak_portfolio_verify_decision_log(tiltak_context* context, const tiltak_portfolio* portfolio, char** out_json,
                                         size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    const auto& p = portfolio->value;
    return tiltak::log_verification_to_json(
        tiltak::verify_decision_log(p, {}, tiltak::default_language(p.currency)));
  });
}

int tiltak_portfolio_replay_decisions(tiltak_context* context, tiltak_portfolio* initial,
                                      const tiltak_portfolio* logged) {
  return guard(context, [&](tiltak_context&) {
    require(initial, "initial");
    require(logged, "logged");
    initial->value = tiltak::replay_decisions(initial->value, logged->value.decisions);
    return TILTAK_OK;
  });
}

int tiltak_portfolio_archive_registration(tiltak_context* context, const tiltak_portfolio* portfolio, const char* id,
                                          const char* system, char** out_xml, size_t* out_length) {
  return string_result(context, out_xml, out_length, "out_xml", [&] {
    require(portfolio, "portfolio");
    require(id, "id");
    return tiltak::arkivmelding_for_registration(portfolio->value, tiltak::InitiativeId(id), system ? system : "tiltak");
  });
}

int tiltak_portfolio_archive_decision(tiltak_context* context, const tiltak_portfolio* portfolio, size_t index,
                                      const char* system, char** out_xml, size_t* out_length) {
  return string_result(context, out_xml, out_length, "out_xml", [&] {
    require(portfolio, "portfolio");
    return tiltak::arkivmelding_for_decision(portfolio->value, index, system ? system : "tiltak");
  });
}

int tiltak_archive_receipt_read(tiltak_context* context, const char* xml, size_t length, char** out_json,
                                size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(xml, "xml");
    return tiltak::archive_receipt_to_json(tiltak::read_archive_receipt({xml, length}));
  });
}

int tiltak_portfolio_apply_archive_receipt(tiltak_context* context, tiltak_portfolio* portfolio, const char* xml,
                                           size_t length, const char* system) {
  return guard(context, [&](tiltak_context&) {
    require(portfolio, "portfolio");
    require(xml, "xml");
    tiltak::apply_archive_receipt(portfolio->value, tiltak::read_archive_receipt({xml, length}),
                                  system ? system : "tiltak");
    return TILTAK_OK;
  });
}

}  // extern "C"
