// The C API's JSON and XML entry points (capi/include/tiltak/tiltak.h), called as a .NET or Java
// host calls them: the first byte chooses the function, the rest is its (text, length) input.
// Beyond "no crash": every status is a documented one and never TILTAK_E_INTERNAL, a success
// returns a string of exactly the length given, a failure clears the outputs and leaves its
// status and a message in the context, and a failed edit leaves the portfolio as it was.
//
// Left out: tiltak_portfolio_uncertainty and tiltak_portfolio_weight_uncertainty, whose
// inputs choose a draw count up to 10 000 000, so their run time is legitimately beyond any
// fuzzing timeout; their readers are fuzzed by the uncertainty harness and the unit tests.

#include <cstring>
#include <string>

#include "harness.hpp"
#include "tiltak/tiltak.h"

namespace {

using tiltak_fuzz::require;

// What outputs hold before a call: not NULL and not a result, so a failure must clear them.
char unset = 0;

tiltak_context* context() {
  static tiltak_context* const instance = tiltak_context_new();
  return instance;
}

const tiltak_portfolio* fixture() {
  static tiltak_portfolio* const instance = [] {
    tiltak_portfolio* loaded = nullptr;
    require(tiltak_portfolio_load(context(), TILTAK_FUZZ_SOURCE_DIR "/tests/data/minimal.json", &loaded) == TILTAK_OK,
            "the fixture portfolio loads");
    return loaded;
  }();
  return instance;
}

std::string document(const tiltak_portfolio* portfolio) {
  char* json = nullptr;
  std::size_t length = 0;
  require(tiltak_portfolio_to_json(context(), portfolio, &json, &length) == TILTAK_OK, "to_json succeeds");
  std::string copy(json, length);
  tiltak_string_free(json);
  return copy;
}

// A fresh copy of the fixture for the functions that edit it.
tiltak_portfolio* editable() {
  static const std::string json = document(fixture());
  tiltak_portfolio* copy = nullptr;
  require(tiltak_portfolio_from_json(context(), json.data(), json.size(), &copy) == TILTAK_OK, "the fixture copies");
  return copy;
}

// The fixture with one logged decision, for the functions that file or verify decisions.
const tiltak_portfolio* decided() {
  static tiltak_portfolio* const instance = [] {
    tiltak_portfolio* portfolio = editable();
    const std::string decision =
        R"({"initiative": "T-1", "to": "paused", "body": "council", "date": "2026-12-01", "case_reference": "2026/1"})";
    char* entry = nullptr;
    std::size_t entry_length = 0;
    require(tiltak_portfolio_advance(context(), portfolio, nullptr, decision.data(), decision.size(), &entry,
                                     &entry_length) == TILTAK_OK,
            "the fixture's decision is logged");
    tiltak_string_free(entry);
    return portfolio;
  }();
  return instance;
}

void check_status(int status) {
  require(status == TILTAK_OK || (status >= TILTAK_E_INFEASIBLE && status <= TILTAK_E_INVALID_ARGUMENT) ||
              status == TILTAK_E_NO_MEMORY,
          "a documented status, never TILTAK_E_INTERNAL");
  require(tiltak_context_error_code(context()) == status, "the context records the status");
  if (status != TILTAK_OK) require(*tiltak_context_error_message(context()) != '\0', "a failure has a message");
}

// A call with a string output: its status and outputs as promised. The outputs are taken by
// reference so they are read after the call, whatever the order of evaluating arguments.
void check_output(int status, char*& out, const std::size_t& length) {
  check_status(status);
  if (status == TILTAK_OK) {
    require(out != nullptr && out != &unset && std::strlen(out) == length, "a result of the length given");
  } else {
    require(out == nullptr && length == 0, "a failure clears the outputs");
  }
  tiltak_string_free(out);
}

// An edit: on failure the portfolio is unchanged.
template <class Edit>
void check_edit(Edit edit) {
  tiltak_portfolio* portfolio = editable();
  const std::string before = document(portfolio);
  const int status = edit(portfolio);
  check_status(status);
  if (status != TILTAK_OK) require(document(portfolio) == before, "a failed edit changes nothing");
  tiltak_portfolio_free(portfolio);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t selector = data[0];
  const char* text = reinterpret_cast<const char*>(data + 1);
  const std::size_t length = size - 1;
  tiltak_context* const c = context();
  char* out = &unset;
  std::size_t out_length = 1;
  switch (selector % 20) {
    case 0: {
      auto* portfolio = reinterpret_cast<tiltak_portfolio*>(&unset);
      const int status = tiltak_portfolio_from_json(c, text, length, &portfolio);
      check_status(status);
      require(status == TILTAK_OK ? portfolio != nullptr && portfolio != reinterpret_cast<tiltak_portfolio*>(&unset)
                                  : portfolio == nullptr,
              "a portfolio exactly on success");
      tiltak_portfolio_free(portfolio);
      return 0;
    }
    case 1:
      check_output(tiltak_validate_json(c, text, length, &out, &out_length), out, out_length);
      return 0;
    case 2:
      check_edit([&](tiltak_portfolio* p) { return tiltak_portfolio_add_initiative(c, p, text, length); });
      return 0;
    case 3:
      check_edit([&](tiltak_portfolio* p) { return tiltak_portfolio_update_initiative(c, p, text, length); });
      return 0;
    case 4:
      check_output(tiltak_portfolio_check_transition(c, fixture(), nullptr, text, length, &out, &out_length), out,
                   out_length);
      return 0;
    case 5:
      check_edit([&](tiltak_portfolio* p) {
        char* entry = nullptr;
        std::size_t entry_length = 0;
        const int status = tiltak_portfolio_advance_v2(c, p, nullptr, 0, text, length, &entry, &entry_length);
        tiltak_string_free(entry);
        return status;
      });
      return 0;
    case 6:
      // A rulebook in JSON, with its length (or {"id": ...} naming a built-in one).
      check_output(tiltak_portfolio_check_v2(c, fixture(), text, length, "2026-11-23", "en", &out, &out_length), out,
                   out_length);
      return 0;
    case 7:
      check_output(tiltak_archive_receipt_read(c, text, length, &out, &out_length), out, out_length);
      return 0;
    case 8:
      check_edit([&](tiltak_portfolio* p) { return tiltak_portfolio_apply_archive_receipt(c, p, text, length, nullptr); });
      return 0;
    case 9: {
      constexpr const char* formats[] = {"json", "md", "csv", "html"};
      check_output(tiltak_portfolio_report(c, fixture(), text, length, formats[(selector / 20) % 4], &out, &out_length),
                   out, out_length);
      return 0;
    }
    case 10:
      check_output(tiltak_portfolio_prioritise(c, fixture(), text, length, &out, &out_length), out, out_length);
      return 0;
    case 11:
      check_output(tiltak_portfolio_weight_thresholds(c, fixture(), text, length, &out, &out_length), out, out_length);
      return 0;
    case 12:
      check_output(tiltak_portfolio_realisation(c, fixture(), nullptr, text, length, &out, &out_length), out,
                   out_length);
      return 0;
    case 13:
      check_output(tiltak_portfolio_select(c, fixture(), text, length, &out, &out_length), out, out_length);
      return 0;
    case 14:
      check_output(tiltak_portfolio_plan(c, fixture(), text, length, &out, &out_length), out, out_length);
      return 0;
    case 15:
      // The input as an archived copy of decision 1's message.
      check_output(tiltak_portfolio_verify_decision_log_archived(c, decided(), nullptr, &text, &length, 1, &out,
                                                                 &out_length),
                   out, out_length);
      return 0;
    case 16:
      check_output(tiltak_archive_chain_anchor_read(c, text, length, &out, &out_length), out, out_length);
      return 0;
    case 17:
      check_output(tiltak_arkivmelding_problems(c, text, length, &out, &out_length), out, out_length);
      return 0;
    case 18:
      check_output(tiltak_portfolio_archive_decision_with_documents(c, decided(), 0, nullptr, text, length, &out,
                                                                    &out_length),
                   out, out_length);
      return 0;
    default:
      check_output(tiltak_portfolio_plus_minus_v2(c, fixture(), nullptr, 0, text, length, &out, &out_length), out,
                   out_length);
      return 0;
  }
}
