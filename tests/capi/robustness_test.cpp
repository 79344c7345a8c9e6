// "Exceptions never cross the boundary": every exported function gets NULLs, garbage,
// truncated and random documents, huge inputs, invalid UTF-8, embedded NULs and JSON of the
// wrong types, and must answer with a status (and no crash or leak; the asan preset runs
// this suite too). Outputs are NULL / 0 after every failure, and a failed edit changes nothing.

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "keepers.hpp"
#include "tiltak/tiltak.h"

namespace {

// Report options the report function accepts (the minimal document has no scope to name).
constexpr char report_options[] = R"({"as_of": "2026-11-23"})";

using namespace tiltak_test;

// Not NULL and not a real object: outputs are set to it before a call that must clear them.
template <class T>
T* sentinel() {
  static char byte;
  return reinterpret_cast<T*>(&byte);
}

bool is_utf8(const std::string& text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80 ? 1 : lead >= 0xC2 && lead < 0xE0 ? 2 : lead >= 0xE0 && lead < 0xF0 ? 3
                                       : lead >= 0xF0 && lead < 0xF5 ? 4 : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k)
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    i += length;
  }
  return true;
}

// After a failed call: a negative status recorded in the context, with a message, and all
// details valid UTF-8.
void expect_failure_recorded(tiltak_context* context, int status) {
  EXPECT_LT(status, 0);
  EXPECT_EQ(tiltak_context_error_code(context), status);
  const std::string message = tiltak_context_error_message(context);
  EXPECT_FALSE(message.empty());
  EXPECT_TRUE(is_utf8(message)) << message;
  EXPECT_TRUE(is_utf8(tiltak_context_error_pointer(context)));
  EXPECT_TRUE(is_utf8(tiltak_context_error_value(context)));
  EXPECT_TRUE(is_utf8(tiltak_context_error_source(context)));
  const std::string problems = error_json(context);
  EXPECT_TRUE(is_utf8(problems)) << problems;
  EXPECT_NE(problems, "[]");
}

// from_json on `text`: returns the status, checks the output and the recorded error.
int from_json(tiltak_context* context, const std::string& text) {
  tiltak_portfolio* out = sentinel<tiltak_portfolio>();
  const int status = tiltak_portfolio_from_json(context, text.data(), text.size(), &out);
  if (status == TILTAK_OK) {
    EXPECT_NE(out, nullptr);
    EXPECT_NE(out, sentinel<tiltak_portfolio>());
    tiltak_portfolio_free(out);
  } else {
    EXPECT_EQ(out, nullptr);
    expect_failure_recorded(context, status);
  }
  return status;
}

// validate_json on `text`: always TILTAK_OK with a report; returns whether it was valid.
bool validates(tiltak_context* context, const std::string& text) {
  CString report;
  EXPECT_EQ(tiltak_validate_json(context, text.data(), text.size(), report.out(), report.out_length()), TILTAK_OK)
      << tiltak_context_error_message(context);
  const std::string body = report.str();
  EXPECT_TRUE(is_utf8(body));
  return body.rfind(R"({"valid":true,)", 0) == 0;
}

// add and update with `text` on `portfolio`: both must fail and leave it unchanged.
void expect_edits_refused(tiltak_context* context, tiltak_portfolio* portfolio, const std::string& text) {
  const std::string before = to_json(context, portfolio);
  int status = tiltak_portfolio_add_initiative(context, portfolio, text.data(), text.size());
  EXPECT_LT(status, 0) << text;
  if (status < 0) expect_failure_recorded(context, status);
  status = tiltak_portfolio_update_initiative(context, portfolio, text.data(), text.size());
  EXPECT_LT(status, 0) << text;
  if (status < 0) expect_failure_recorded(context, status);
  EXPECT_EQ(to_json(context, portfolio), before);
}

// ---- NULL everywhere ------------------------------------------------------------------

TEST(CApiNull, NullContext_EveryFallibleFunctionAnswersInvalidArgumentAndClearsOutputs) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  tiltak_portfolio* p = portfolio.get();
  const std::string doc = minimal_json();
  const std::string item = R"({"id": "T-9", "title": "x", "stage": "idea"})";
  char* text = sentinel<char>();
  std::size_t length = 7;
  tiltak_portfolio* out = sentinel<tiltak_portfolio>();
  std::size_t n = 7;

  auto expect_cleared = [&] {
    EXPECT_EQ(text, nullptr);
    EXPECT_EQ(length, 0u);
    text = sentinel<char>();
    length = 7;
  };
  EXPECT_EQ(tiltak_context_error_json(nullptr, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_new(nullptr, "x", "NOK", &out), TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(out, nullptr);
  out = sentinel<tiltak_portfolio>();
  EXPECT_EQ(tiltak_portfolio_from_json(nullptr, doc.data(), doc.size(), &out), TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(out, nullptr);
  out = sentinel<tiltak_portfolio>();
  EXPECT_EQ(tiltak_portfolio_load(nullptr, data_path("minimal.json").c_str(), &out), TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(out, nullptr);
  EXPECT_EQ(tiltak_portfolio_to_json(nullptr, p, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_save(nullptr, p, "/nonexistent/never-written.json"), TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(tiltak_validate_json(nullptr, doc.data(), doc.size(), &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_initiative_count(nullptr, p, &n), TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(n, 0u);
  EXPECT_EQ(tiltak_portfolio_list_initiatives(nullptr, p, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_get_initiative(nullptr, p, "T-1", &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_add_initiative(nullptr, p, item.data(), item.size()), TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(tiltak_portfolio_update_initiative(nullptr, p, item.data(), item.size()), TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(tiltak_portfolio_remove_initiative(nullptr, p, "T-2"), TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(tiltak_portfolio_summary(nullptr, p, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_graph(nullptr, p, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_schedule(nullptr, p, nullptr, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_slip_impact(nullptr, p, "T-1", 5, nullptr, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_cancel_impact(nullptr, p, "T-1", &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_benefit_network(nullptr, p, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_appraisal(nullptr, p, nullptr, nullptr, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_check(nullptr, p, nullptr, nullptr, nullptr, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  const std::string decision = R"({"initiative": "T-1", "to": "paused", "body": "council", "date": "2026-11-23"})";
  EXPECT_EQ(tiltak_portfolio_advance(nullptr, p, nullptr, decision.data(), decision.size(), &text, &length),
            TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_check_transition(nullptr, p, nullptr, decision.data(), decision.size(), &text, &length),
            TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_verify_decision_log(nullptr, p, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_archive_registration(nullptr, p, "T-1", nullptr, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_archive_decision(nullptr, p, 0, nullptr, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_archive_receipt_read(nullptr, "<a/>", 4, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_apply_archive_receipt(nullptr, p, "<a/>", 4, nullptr), TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(tiltak_portfolio_verify_decision_log_archived(nullptr, p, nullptr, nullptr, nullptr, 0, &text, &length),
            TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_archive_chain_anchor_read(nullptr, "<a/>", 4, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_arkivmelding_problems(nullptr, "<a/>", 4, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_archive_decision_with_documents(nullptr, p, 0, nullptr, "[]", 2, &text, &length),
            TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_replay_decisions(nullptr, p, p), TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(tiltak_portfolio_report(nullptr, p, report_options, std::strlen(report_options), "json", &text, &length),
            TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_prioritise(nullptr, p, nullptr, 0, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_select(nullptr, p, nullptr, 0, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_frontier(nullptr, p, nullptr, 0, nullptr, 0, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_plan(nullptr, p, nullptr, 0, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_compare_selections(nullptr, p, nullptr, 0, nullptr, 0, &text, &length),
            TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  const std::string as_of = R"({"as_of": "2028-01-01"})";
  EXPECT_EQ(tiltak_portfolio_realisation(nullptr, p, nullptr, as_of.data(), as_of.size(), &text, &length),
            TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_payers(nullptr, p, nullptr, nullptr, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_plus_minus(nullptr, p, nullptr, "{}", 2, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_uncertainty(nullptr, p, nullptr, "{}", 2, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_slip_value(nullptr, p, nullptr, "T-1", 5, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_weight_thresholds(nullptr, p, nullptr, 0, &text, &length), TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(tiltak_portfolio_weight_uncertainty(nullptr, p, nullptr, 0, nullptr, 0, &text, &length),
            TILTAK_E_INVALID_ARGUMENT);
  expect_cleared();
  EXPECT_EQ(to_json(context.get(), p), to_json(context.get(), load_minimal(context.get()).get()));
}

TEST(CApiNull, NullContext_GettersAnswerEmptyAndFreeFunctionsAcceptNull) {
  EXPECT_EQ(tiltak_context_error_code(nullptr), TILTAK_E_INVALID_ARGUMENT);
  EXPECT_STREQ(tiltak_context_error_message(nullptr), "");
  EXPECT_STREQ(tiltak_context_error_source(nullptr), "");
  EXPECT_STREQ(tiltak_context_error_pointer(nullptr), "");
  EXPECT_STREQ(tiltak_context_error_value(nullptr), "");
  tiltak_context_free(nullptr);
  tiltak_portfolio_free(nullptr);
  tiltak_string_free(nullptr);
  EXPECT_NE(tiltak_version(), nullptr);
}

// Each case passes NULL for one pointer parameter (the others valid) and names it. Cases
// that pass on the `char**` / `size_t*` they are given must leave them NULL / 0.
enum class Clears { nothing, length, string_and_length };
struct NullCase {
  const char* parameter;
  int (*call)(tiltak_context*, tiltak_portfolio*, char**, std::size_t*);
  Clears clears = Clears::nothing;
};

const std::string& doc() {
  static const std::string text = minimal_json();
  return text;
}
const char null_item[] = R"({"id": "T-9", "title": "x", "stage": "idea"})";

const NullCase null_cases[] = {
    {"out_json", [](tiltak_context* c, tiltak_portfolio*, char**, std::size_t* l) {
       return tiltak_context_error_json(c, nullptr, l);
     }, Clears::length},
    {"name", [](tiltak_context* c, tiltak_portfolio*, char**, std::size_t*) {
       tiltak_portfolio* out = sentinel<tiltak_portfolio>();
       const int status = tiltak_portfolio_new(c, nullptr, "NOK", &out);
       EXPECT_EQ(out, nullptr);
       return status;
     }},
    {"currency", [](tiltak_context* c, tiltak_portfolio*, char**, std::size_t*) {
       tiltak_portfolio* out = sentinel<tiltak_portfolio>();
       const int status = tiltak_portfolio_new(c, "x", nullptr, &out);
       EXPECT_EQ(out, nullptr);
       return status;
     }},
    {"out_portfolio", [](tiltak_context* c, tiltak_portfolio*, char**, std::size_t*) {
       return tiltak_portfolio_new(c, "x", "NOK", nullptr);
     }},
    {"json", [](tiltak_context* c, tiltak_portfolio*, char**, std::size_t*) {
       tiltak_portfolio* out = sentinel<tiltak_portfolio>();
       const int status = tiltak_portfolio_from_json(c, nullptr, 10, &out);
       EXPECT_EQ(out, nullptr);
       return status;
     }},
    {"json", [](tiltak_context* c, tiltak_portfolio*, char**, std::size_t*) {
       tiltak_portfolio* out = sentinel<tiltak_portfolio>();
       const int status = tiltak_portfolio_from_json(c, nullptr, 0, &out);
       EXPECT_EQ(out, nullptr);
       return status;
     }},
    {"out_portfolio", [](tiltak_context* c, tiltak_portfolio*, char**, std::size_t*) {
       return tiltak_portfolio_from_json(c, doc().data(), doc().size(), nullptr);
     }},
    {"path", [](tiltak_context* c, tiltak_portfolio*, char**, std::size_t*) {
       tiltak_portfolio* out = sentinel<tiltak_portfolio>();
       const int status = tiltak_portfolio_load(c, nullptr, &out);
       EXPECT_EQ(out, nullptr);
       return status;
     }},
    {"out_portfolio", [](tiltak_context* c, tiltak_portfolio*, char**, std::size_t*) {
       return tiltak_portfolio_load(c, data_path("minimal.json").c_str(), nullptr);
     }},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_to_json(c, nullptr, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_to_json(c, p, nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char**, std::size_t*) {
       return tiltak_portfolio_save(c, nullptr, "/nonexistent/never-written.json");
     }},
    {"path", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t*) {
       return tiltak_portfolio_save(c, p, nullptr);
     }},
    {"json", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_validate_json(c, nullptr, 5, t, l);
     }, Clears::string_and_length},
    {"out_report", [](tiltak_context* c, tiltak_portfolio*, char**, std::size_t* l) {
       return tiltak_validate_json(c, doc().data(), doc().size(), nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char**, std::size_t*) {
       std::size_t n = 7;
       const int status = tiltak_portfolio_initiative_count(c, nullptr, &n);
       EXPECT_EQ(n, 0u);
       return status;
     }},
    {"out_count", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t*) {
       return tiltak_portfolio_initiative_count(c, p, nullptr);
     }},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_list_initiatives(c, nullptr, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_list_initiatives(c, p, nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_get_initiative(c, nullptr, "T-1", t, l);
     }, Clears::string_and_length},
    {"id", [](tiltak_context* c, tiltak_portfolio* p, char** t, std::size_t* l) {
       return tiltak_portfolio_get_initiative(c, p, nullptr, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_get_initiative(c, p, "T-1", nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char**, std::size_t*) {
       return tiltak_portfolio_add_initiative(c, nullptr, null_item, sizeof null_item - 1);
     }},
    {"json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t*) {
       return tiltak_portfolio_add_initiative(c, p, nullptr, sizeof null_item - 1);
     }},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char**, std::size_t*) {
       return tiltak_portfolio_update_initiative(c, nullptr, null_item, sizeof null_item - 1);
     }},
    {"json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t*) {
       return tiltak_portfolio_update_initiative(c, p, nullptr, sizeof null_item - 1);
     }},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char**, std::size_t*) {
       return tiltak_portfolio_remove_initiative(c, nullptr, "T-2");
     }},
    {"id", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t*) {
       return tiltak_portfolio_remove_initiative(c, p, nullptr);
     }},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_summary(c, nullptr, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_summary(c, p, nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_graph(c, nullptr, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_graph(c, p, nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_schedule(c, nullptr, nullptr, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_schedule(c, p, "working_days_no", nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_slip_impact(c, nullptr, "T-1", 5, nullptr, t, l);
     }, Clears::string_and_length},
    {"id", [](tiltak_context* c, tiltak_portfolio* p, char** t, std::size_t* l) {
       return tiltak_portfolio_slip_impact(c, p, nullptr, 5, nullptr, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_slip_impact(c, p, "T-1", 5, nullptr, nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_cancel_impact(c, nullptr, "T-1", t, l);
     }, Clears::string_and_length},
    {"id", [](tiltak_context* c, tiltak_portfolio* p, char** t, std::size_t* l) {
       return tiltak_portfolio_cancel_impact(c, p, nullptr, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_cancel_impact(c, p, "T-1", nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_benefit_network(c, nullptr, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_benefit_network(c, p, nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_appraisal(c, nullptr, nullptr, nullptr, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_appraisal(c, p, "no-2021", "T-1", nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_check(c, nullptr, nullptr, nullptr, nullptr, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_check(c, p, "no-default", "2026-11-23", "en", nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_advance(c, nullptr, nullptr, "{}", 2, t, l);
     }, Clears::string_and_length},
    {"decision_json", [](tiltak_context* c, tiltak_portfolio* p, char** t, std::size_t* l) {
       return tiltak_portfolio_advance(c, p, nullptr, nullptr, 2, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_advance(c, p, nullptr, "{}", 2, nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_check_transition(c, nullptr, nullptr, "{}", 2, t, l);
     }, Clears::string_and_length},
    {"decision_json", [](tiltak_context* c, tiltak_portfolio* p, char** t, std::size_t* l) {
       return tiltak_portfolio_check_transition(c, p, nullptr, nullptr, 2, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_check_transition(c, p, nullptr, "{}", 2, nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_verify_decision_log(c, nullptr, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_verify_decision_log(c, p, nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_archive_registration(c, nullptr, "T-1", nullptr, t, l);
     }, Clears::string_and_length},
    {"id", [](tiltak_context* c, tiltak_portfolio* p, char** t, std::size_t* l) {
       return tiltak_portfolio_archive_registration(c, p, nullptr, nullptr, t, l);
     }, Clears::string_and_length},
    {"out_xml", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_archive_registration(c, p, "T-1", nullptr, nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_archive_decision(c, nullptr, 0, nullptr, t, l);
     }, Clears::string_and_length},
    {"out_xml", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_archive_decision(c, p, 0, nullptr, nullptr, l);
     }, Clears::length},
    {"xml", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_archive_receipt_read(c, nullptr, 4, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio*, char**, std::size_t* l) {
       return tiltak_archive_receipt_read(c, "<a/>", 4, nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_verify_decision_log_archived(c, nullptr, nullptr, nullptr, nullptr, 0, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_verify_decision_log_archived(c, p, nullptr, nullptr, nullptr, 0, nullptr, l);
     }, Clears::length},
    {"xml", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_archive_chain_anchor_read(c, nullptr, 4, t, l);
     }, Clears::string_and_length},
    {"xml", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_arkivmelding_problems(c, nullptr, 4, t, l);
     }, Clears::string_and_length},
    {"documents_json", [](tiltak_context* c, tiltak_portfolio* p, char** t, std::size_t* l) {
       return tiltak_portfolio_archive_decision_with_documents(c, p, 0, nullptr, nullptr, 0, t, l);
     }, Clears::string_and_length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char**, std::size_t*) {
       return tiltak_portfolio_apply_archive_receipt(c, nullptr, "<a/>", 4, nullptr);
     }, Clears::nothing},
    {"xml", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t*) {
       return tiltak_portfolio_apply_archive_receipt(c, p, nullptr, 4, nullptr);
     }, Clears::nothing},
    {"initial", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t*) {
       return tiltak_portfolio_replay_decisions(c, nullptr, p);
     }, Clears::nothing},
    {"logged", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t*) {
       return tiltak_portfolio_replay_decisions(c, p, nullptr);
     }, Clears::nothing},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_report(c, nullptr, report_options, std::strlen(report_options), "json", t, l);
     }, Clears::string_and_length},
    {"options_json", [](tiltak_context* c, tiltak_portfolio* p, char** t, std::size_t* l) {
       return tiltak_portfolio_report(c, p, nullptr, 0, "json", t, l);
     }, Clears::string_and_length},
    {"format", [](tiltak_context* c, tiltak_portfolio* p, char** t, std::size_t* l) {
       return tiltak_portfolio_report(c, p, report_options, std::strlen(report_options), nullptr, t, l);
     }, Clears::string_and_length},
    {"out_text", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_report(c, p, report_options, std::strlen(report_options), "json", nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_prioritise(c, nullptr, nullptr, 0, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_prioritise(c, p, nullptr, 0, nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_select(c, nullptr, nullptr, 0, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_select(c, p, nullptr, 0, nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_frontier(c, nullptr, nullptr, 0, nullptr, 0, t, l);
     }, Clears::string_and_length},
    {"budget_factors", [](tiltak_context* c, tiltak_portfolio* p, char** t, std::size_t* l) {
       return tiltak_portfolio_frontier(c, p, nullptr, 0, nullptr, 2, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_frontier(c, p, nullptr, 0, nullptr, 0, nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_compare_selections(c, nullptr, nullptr, 0, nullptr, 0, t, l);
     }, Clears::string_and_length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_plan(c, nullptr, nullptr, 0, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_plan(c, p, nullptr, 0, nullptr, l);
     }, Clears::length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_compare_selections(c, p, nullptr, 0, nullptr, 0, nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_weight_thresholds(c, nullptr, nullptr, 0, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_weight_thresholds(c, p, nullptr, 0, nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_weight_uncertainty(c, nullptr, nullptr, 0, nullptr, 0, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_weight_uncertainty(c, p, nullptr, 0, nullptr, 0, nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_realisation(c, nullptr, nullptr, "{}", 2, t, l);
     }, Clears::string_and_length},
    {"options_json", [](tiltak_context* c, tiltak_portfolio* p, char** t, std::size_t* l) {
       return tiltak_portfolio_realisation(c, p, nullptr, nullptr, 0, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_realisation(c, p, nullptr, "{}", 2, nullptr, l);
     }, Clears::length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_payers(c, nullptr, nullptr, nullptr, t, l);
     }, Clears::string_and_length},
    {"out_json", [](tiltak_context* c, tiltak_portfolio* p, char**, std::size_t* l) {
       return tiltak_portfolio_payers(c, p, nullptr, nullptr, nullptr, l);
     }, Clears::length},
    {"input_json", [](tiltak_context* c, tiltak_portfolio* p, char** t, std::size_t* l) {
       return tiltak_portfolio_plus_minus(c, p, nullptr, nullptr, 0, t, l);
     }, Clears::string_and_length},
    {"input_json", [](tiltak_context* c, tiltak_portfolio* p, char** t, std::size_t* l) {
       return tiltak_portfolio_uncertainty(c, p, nullptr, nullptr, 0, t, l);
     }, Clears::string_and_length},
    {"portfolio", [](tiltak_context* c, tiltak_portfolio*, char** t, std::size_t* l) {
       return tiltak_portfolio_uncertainty(c, nullptr, nullptr, "{}", 2, t, l);
     }, Clears::string_and_length},
    {"id", [](tiltak_context* c, tiltak_portfolio* p, char** t, std::size_t* l) {
       return tiltak_portfolio_slip_value(c, p, nullptr, nullptr, 5, t, l);
     }, Clears::string_and_length},
};

TEST(CApiNull, NullPointerParameter_IsInvalidArgumentNamingItAndChangesNothing) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string before = to_json(context.get(), portfolio.get());
  for (std::size_t i = 0; i < std::size(null_cases); ++i) {
    SCOPED_TRACE("case " + std::to_string(i) + " (" + null_cases[i].parameter + ")");
    char* text = sentinel<char>();
    std::size_t length = 7;
    const int status = null_cases[i].call(context.get(), portfolio.get(), &text, &length);
    EXPECT_EQ(status, TILTAK_E_INVALID_ARGUMENT);
    if (null_cases[i].clears == Clears::string_and_length) {
      EXPECT_EQ(text, nullptr);
    }
    if (null_cases[i].clears != Clears::nothing) {
      EXPECT_EQ(length, 0u);
    }
    if (std::string(null_cases[i].parameter) != "out_json" || i != 0) {  // error_json keeps the error it reports
      EXPECT_EQ(tiltak_context_error_code(context.get()), TILTAK_E_INVALID_ARGUMENT);
      EXPECT_EQ(std::string(tiltak_context_error_message(context.get())),
                std::string(null_cases[i].parameter) + " must not be NULL");
    }
  }
  EXPECT_EQ(to_json(context.get(), portfolio.get()), before);
}

// ---- Truncated, garbage, random and mutated documents ---------------------------------

TEST(CApiGarbage, EveryPrefixOfTheMinimalDocument_IsAParseErrorUntilItIsComplete) {
  auto context = new_context();
  const std::string text = minimal_json();
  const std::size_t complete = text.rfind('}') + 1;
  for (std::size_t n = 0; n < text.size(); ++n) {
    SCOPED_TRACE("prefix of " + std::to_string(n) + " bytes");
    const std::string prefix = text.substr(0, n);
    EXPECT_EQ(from_json(context.get(), prefix), n < complete ? TILTAK_E_PARSE : TILTAK_OK);
    EXPECT_EQ(validates(context.get(), prefix), n >= complete);
    if (HasFailure()) break;  // one failing prefix tells the story
  }
}

TEST(CApiGarbage, EveryPrefixOfAnInitiative_IsRefusedAndChangesNothing) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string text = R"({"id": "T-1", "title": "Min side", "stage": "idea", "costs": [{"year": 2026, "kind": "investment", "amount": "5.00"}]})";
  for (std::size_t n = 0; n + 1 < text.size(); ++n) {
    SCOPED_TRACE("prefix of " + std::to_string(n) + " bytes");
    expect_edits_refused(context.get(), portfolio.get(), text.substr(0, n));
  }
}

TEST(CApiGarbage, RandomBytes_AreRefusedWithAStatus) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  std::mt19937_64 random(20260101);  // seeded: a failure is reproducible
  std::uniform_int_distribution<int> byte(0, 255), length(0, 400);
  const std::string before = to_json(context.get(), portfolio.get());
  for (int round = 0; round < 2000; ++round) {
    std::string text(static_cast<std::size_t>(length(random)), '\0');
    for (auto& c : text) c = static_cast<char>(byte(random));
    SCOPED_TRACE("round " + std::to_string(round));
    const int status = from_json(context.get(), text);
    EXPECT_TRUE(status == TILTAK_E_PARSE || status == TILTAK_E_VALIDATION) << status;
    EXPECT_FALSE(validates(context.get(), text));
    EXPECT_LT(tiltak_portfolio_add_initiative(context.get(), portfolio.get(), text.data(), text.size()), 0);
    EXPECT_LT(tiltak_portfolio_update_initiative(context.get(), portfolio.get(), text.data(), text.size()), 0);
    // An id of random bytes (NUL-terminated) is simply not there.
    const std::string id = text.c_str();
    CString out;
    EXPECT_EQ(tiltak_portfolio_get_initiative(context.get(), portfolio.get(), id.c_str(), out.out(), out.out_length()),
              id == "T-1" || id == "T-2" ? TILTAK_OK : TILTAK_E_NOT_FOUND);
    EXPECT_EQ(tiltak_portfolio_remove_initiative(context.get(), portfolio.get(), id.c_str()), TILTAK_E_NOT_FOUND);
    EXPECT_LT(tiltak_portfolio_prioritise(context.get(), portfolio.get(), text.data(), text.size(), out.out(),
                                          out.out_length()),
              0);
    EXPECT_LT(tiltak_portfolio_select(context.get(), portfolio.get(), text.data(), text.size(), out.out(),
                                      out.out_length()),
              0);
    EXPECT_LT(tiltak_portfolio_plan(context.get(), portfolio.get(), text.data(), text.size(), out.out(),
                                    out.out_length()),
              0);
    EXPECT_LT(tiltak_portfolio_compare_selections(context.get(), portfolio.get(), nullptr, 0, text.data(),
                                                  text.size(), out.out(), out.out_length()),
              0);
    EXPECT_LT(tiltak_portfolio_weight_thresholds(context.get(), portfolio.get(), text.data(), text.size(), out.out(),
                                                 out.out_length()),
              0);
    EXPECT_LT(tiltak_portfolio_weight_uncertainty(context.get(), portfolio.get(), nullptr, 0, text.data(), text.size(),
                                                  out.out(), out.out_length()),
              0);
    if (HasFailure()) break;
  }
  EXPECT_EQ(to_json(context.get(), portfolio.get()), before);
}

TEST(CApiGarbage, MutatedDocuments_LoadOrFailWithAStatusAndLoadedOnesWork) {
  auto context = new_context();
  const std::string original = minimal_json();
  std::mt19937_64 random(4242);
  std::uniform_int_distribution<std::size_t> position(0, original.size() - 1);
  std::uniform_int_distribution<int> byte(0, 255), edits(1, 4), kind(0, 3);
  const char interesting[] = "{}[]\",:0-.e\\ \x00\xff";
  std::uniform_int_distribution<std::size_t> pick(0, sizeof interesting - 1);
  int loaded = 0;
  for (int round = 0; round < 2000; ++round) {
    std::string text = original;
    for (int e = edits(random); e > 0; --e) {
      const std::size_t at = position(random) % text.size();
      switch (kind(random)) {
        case 0: text[at] = static_cast<char>(byte(random)); break;
        case 1: text[at] = interesting[pick(random)]; break;
        case 2: text.erase(at, 1); break;
        default: text.insert(at, 1, interesting[pick(random)]); break;
      }
    }
    SCOPED_TRACE("round " + std::to_string(round));
    tiltak_portfolio* raw = nullptr;
    const int status = tiltak_portfolio_from_json(context.get(), text.data(), text.size(), &raw);
    Portfolio portfolio(raw);
    if (status == TILTAK_E_INTERNAL &&
        std::string(tiltak_context_error_message(context.get())).find("Year is out of valid range") != std::string::npos)
      continue;  // a known bug of the core, pinned down by UnreadableBenefitDate_IsAValidationProblem below
    EXPECT_TRUE(status == TILTAK_OK || status == TILTAK_E_PARSE || status == TILTAK_E_VALIDATION) << status;
    if (status != TILTAK_OK) expect_failure_recorded(context.get(), status);
    EXPECT_EQ(validates(context.get(), text), status == TILTAK_OK);
    if (status == TILTAK_OK) {
      ++loaded;  // whatever survived the mutation must work all the way through
      const std::string saved = to_json(context.get(), portfolio.get());
      tiltak_portfolio* again = nullptr;
      EXPECT_EQ(tiltak_portfolio_from_json(context.get(), saved.data(), saved.size(), &again), TILTAK_OK);
      tiltak_portfolio_free(again);
      CString summary;
      EXPECT_EQ(tiltak_portfolio_summary(context.get(), portfolio.get(), summary.out(), summary.out_length()),
                TILTAK_OK);
    }
    if (HasFailure()) break;
  }
  EXPECT_GT(loaded, 0);  // some mutations (inside strings) keep the document valid
}

// Found by the mutation test above: a benefit whose baseline date cannot be read makes the
// validator format that (not-a-)date for a later rule, and Boost throws, so the caller got
// TILTAK_E_INTERNAL ("a bug in tiltak") instead of the problem with its pointer.
TEST(CApiGarbage, UnreadableBenefitDate_IsAValidationProblem) {
  auto context = new_context();
  std::string text = minimal_json();
  const std::string baseline = R"("baseline": {"value": 120, "date": "2026-01-01"})";
  text.replace(text.find(baseline), baseline.size(), R"("baseline": {"value": 120, "date": "206-01-01"})");
  EXPECT_EQ(from_json(context.get(), text), TILTAK_E_VALIDATION) << tiltak_context_error_message(context.get());
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/benefits/0/baseline/date");
}

// ---- Huge inputs ----------------------------------------------------------------------

constexpr std::size_t huge = 50u << 20;  // 50 MB

TEST(CApiHuge, FiftyMegabytesOfOpenBrackets_IsAParseErrorAtTheNestingLimit) {
  auto context = new_context();
  const std::string text(huge, '[');
  EXPECT_EQ(from_json(context.get(), text), TILTAK_E_PARSE);
  EXPECT_NE(std::string(tiltak_context_error_message(context.get())).find("nested deeper than"), std::string::npos);
  EXPECT_FALSE(validates(context.get(), text));
}

TEST(CApiHuge, DeeplyNestedButBalancedArrays_AreAParseErrorNotAStackOverflow) {
  auto context = new_context();
  std::string text(huge / 2, '[');
  text.append(huge / 2, ']');
  EXPECT_EQ(from_json(context.get(), text), TILTAK_E_PARSE);
  // Nested objects inside an otherwise fine document, and inside an initiative.
  std::string nested;
  for (int i = 0; i < 100000; ++i) nested += R"({"a":)";
  nested += "1";
  nested.append(100000, '}');
  std::string document = minimal_json();
  document.insert(document.rfind('}'), R"(, "extra": )" + nested);
  EXPECT_EQ(from_json(context.get(), document), TILTAK_E_PARSE);
  EXPECT_FALSE(validates(context.get(), document));
  auto portfolio = load_minimal(context.get());
  expect_edits_refused(context.get(), portfolio.get(), R"({"id": "T-1", "title": "x", "stage": "idea", "x": )" + nested + "}");
}

TEST(CApiHuge, NestingUpToTheLimitInAnUnknownField_IsAnOrdinaryProblem) {
  auto context = new_context();
  std::string document = minimal_json();
  // The document is one level; 127 more reach the limit of 128 exactly.
  document.insert(document.rfind('}'), R"(, "extra": )" + std::string(127, '[') + std::string(127, ']'));
  EXPECT_EQ(from_json(context.get(), document), TILTAK_E_VALIDATION);
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/extra");
}

// The nesting check reads 64 bytes at a time: wherever the brackets fall, the limit is exact,
// and brackets, quotes and backslashes inside strings do not count.
TEST(CApiHuge, NestingLimit_IsExactWhereverTheBracketsFallAndStringsDoNotCount) {
  auto context = new_context();
  const std::string base = minimal_json();
  // Pieces of JSON string text: brackets, an escaped quote, an escaped backslash.
  const char* pieces[] = {"[", "{", R"(\")", R"(\\)", "]", "}", "["};
  for (std::size_t pad = 0; pad < 140; ++pad) {
    SCOPED_TRACE("pad " + std::to_string(pad));
    tiltak_portfolio* out = nullptr;
    const std::string deep = std::string(pad, ' ') + std::string(129, '[');
    ASSERT_EQ(tiltak_portfolio_from_json(context.get(), deep.data(), deep.size(), &out), TILTAK_E_PARSE);
    const std::string problems = error_json(context.get());
    EXPECT_NE(problems.find("\"column\":" + std::to_string(pad + 129) + ","), std::string::npos) << problems;
    std::string strings;  // `pad` bytes of strings full of brackets, then the nesting
    for (std::size_t k = 0; k < pad; ++k) {
      strings += '"';
      for (std::size_t piece = 0; piece < k % 8; ++piece) strings += pieces[(k + piece) % std::size(pieces)];
      strings += "\",";
    }
    for (const std::size_t levels : {127u, 128u}) {  // the document's own object is the first level
      std::string document = base;
      document.insert(document.rfind('}'), R"(, "extra": )" + std::string(levels, '[') + strings + "1" +
                                               std::string(levels, ']'));
      EXPECT_EQ(from_json(context.get(), document), levels == 127 ? TILTAK_E_VALIDATION : TILTAK_E_PARSE);
    }
  }
}

// The same check, against the simplest byte-by-byte reading of the rule, on random text of
// brackets, quotes and backslashes: both must find the same first bracket too deep.
TEST(CApiHuge, NestingCheck_AgreesWithAByteByByteReading) {
  auto context = new_context();
  const auto first_too_deep = [](const std::string& text) -> std::size_t {
    std::size_t depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (in_string) {
        if (c == '\\')
          ++i;
        else if (c == '"')
          in_string = false;
      } else if (c == '"') {
        in_string = true;
      } else if (c == '[' || c == '{') {
        if (++depth > 128) return i;
      } else if ((c == ']' || c == '}') && depth > 0) {
        --depth;
      }
    }
    return std::string::npos;
  };
  std::mt19937_64 random(128);
  const char alphabet[] = "[]{}\"\\ab";
  for (int round = 0; round < 20000; ++round) {
    std::string text(random() % 160, '[');
    text.resize(text.size() + random() % 400);
    for (std::size_t i = text.size(); i-- > 0 && text[i] == '\0';) text[i] = alphabet[random() % (sizeof alphabet - 1)];
    const std::size_t expected = first_too_deep(text);
    tiltak_portfolio* out = nullptr;
    ASSERT_LT(tiltak_portfolio_from_json(context.get(), text.data(), text.size(), &out), 0);  // "[]" is JSON
    const std::string message = tiltak_context_error_message(context.get());
    if (expected == std::string::npos) {
      EXPECT_EQ(message.find("nested deeper"), std::string::npos) << text;
    } else {
      EXPECT_NE(message.find("column " + std::to_string(expected + 1) + ": not valid JSON: nested deeper"),
                std::string::npos)
          << message << "\n" << text;
    }
    if (HasFailure()) break;
  }
}

TEST(CApiHuge, FiftyMegabyteStringValue_LoadsAndRoundTrips) {
  auto context = new_context();
  std::string document = minimal_json();
  const std::string name = R"("name": "Testvik kommune")";
  document.replace(document.find(name), name.size(), "\"name\": \"" + std::string(huge, 'x') + "\"");
  tiltak_portfolio* raw = nullptr;
  ASSERT_EQ(tiltak_portfolio_from_json(context.get(), document.data(), document.size(), &raw), TILTAK_OK)
      << tiltak_context_error_message(context.get());
  Portfolio portfolio(raw);
  CString summary;
  ASSERT_EQ(tiltak_portfolio_summary(context.get(), portfolio.get(), summary.out(), summary.out_length()), TILTAK_OK);
  EXPECT_GT(summary.length(), huge);
  // A huge title that breaks a rule is reported with a shortened value.
  const std::string item = R"({"id": "T-1", "title": )" + std::string("[\"") + std::string(huge, 'y') + "\"], \"stage\": \"idea\"}";
  expect_edits_refused(context.get(), portfolio.get(), item);
  EXPECT_LT(std::strlen(tiltak_context_error_value(context.get())), 1000u);
}

TEST(CApiHuge, FiftyMegabytesOfWhitespaceAroundAValidDocument_Loads) {
  auto context = new_context();
  const std::string text = std::string(huge / 2, ' ') + minimal_json() + std::string(huge / 2, '\n');
  EXPECT_EQ(from_json(context.get(), text), TILTAK_OK);
}

// ---- Encodings and NULs ---------------------------------------------------------------

TEST(CApiText, InvalidUtf8InTheDocument_IsAParseErrorReportedAsUtf8) {
  auto context = new_context();
  const char* bad[] = {"\xff\xfe", "\xc3\x28", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80", "\xe2\x82"};
  for (const char* bytes : bad) {
    SCOPED_TRACE(bytes);
    std::string document = minimal_json();
    document.replace(document.find("Testvik kommune"), 7, bytes);
    EXPECT_EQ(from_json(context.get(), document), TILTAK_E_PARSE);  // details checked as UTF-8 there
    EXPECT_FALSE(validates(context.get(), document));
    auto portfolio = load_minimal(context.get());
    expect_edits_refused(context.get(), portfolio.get(),
                         std::string(R"({"id": "T-9", "title": ")") + bytes + R"(", "stage": "idea"})");
  }
}

TEST(CApiText, InvalidUtf8InIdsAndPaths_IsNotFoundOrIoErrorReportedAsUtf8) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString out;
  EXPECT_EQ(tiltak_portfolio_get_initiative(context.get(), portfolio.get(), "T-\xff", out.out(), out.out_length()),
            TILTAK_E_NOT_FOUND);
  expect_failure_recorded(context.get(), TILTAK_E_NOT_FOUND);
  EXPECT_EQ(tiltak_portfolio_remove_initiative(context.get(), portfolio.get(), "T-\xc3"), TILTAK_E_NOT_FOUND);
  expect_failure_recorded(context.get(), TILTAK_E_NOT_FOUND);
  tiltak_portfolio* raw = sentinel<tiltak_portfolio>();
  EXPECT_EQ(tiltak_portfolio_load(context.get(), "/nonexistent/\xff\xfe.json", &raw), TILTAK_E_IO);
  EXPECT_EQ(raw, nullptr);
  expect_failure_recorded(context.get(), TILTAK_E_IO);
  EXPECT_EQ(tiltak_portfolio_save(context.get(), portfolio.get(), "/nonexistent/\xff.json"), TILTAK_E_IO);
  expect_failure_recorded(context.get(), TILTAK_E_IO);
}

TEST(CApiText, EmbeddedNulBytes_AreParseErrorsAndTheLengthIsRespected) {
  auto context = new_context();
  const std::string document = minimal_json();
  std::string with_nul = document;
  with_nul.insert(with_nul.find("\"name\""), 1, '\0');
  EXPECT_EQ(from_json(context.get(), with_nul), TILTAK_E_PARSE);
  std::string nul_in_string = document;
  nul_in_string.insert(nul_in_string.find("Testvik"), 1, '\0');
  EXPECT_EQ(from_json(context.get(), nul_in_string), TILTAK_E_PARSE);
  // The length, not a NUL, ends the input: a complete document followed by a NUL and
  // garbage is not accepted (the JSON library alone would stop reading at the NUL) ...
  std::string followed = document + std::string("\0garbage", 8);
  EXPECT_EQ(from_json(context.get(), followed), TILTAK_E_PARSE);
  tiltak_portfolio* out = nullptr;
  EXPECT_EQ(tiltak_portfolio_from_json(context.get(), followed.data(), document.size(), &out), TILTAK_OK);
  tiltak_portfolio_free(out);
  // ... and an escaped NUL is ordinary text that survives a round trip.
  std::string escaped = document;
  escaped.replace(escaped.find("Min side"), 3, "Min\\u0000");
  tiltak_portfolio* raw = nullptr;
  ASSERT_EQ(tiltak_portfolio_from_json(context.get(), escaped.data(), escaped.size(), &raw), TILTAK_OK);
  Portfolio portfolio(raw);
  const std::string saved = to_json(context.get(), portfolio.get());
  EXPECT_NE(saved.find("Min\\u0000 side"), std::string::npos);
  EXPECT_EQ(std::strlen(saved.c_str()), saved.size());  // the output text has no raw NUL
}

// ---- Wrong JSON types -----------------------------------------------------------------

TEST(CApiTypes, InitiativesOfTheWrongJsonTypes_AreRefusedAndChangeNothing) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const char* wrong[] = {
      "null", "true", "42", "-1.5e300", R"("T-1")", "[]", R"([{"id": "T-1"}])", "{}",
      R"({"id": 1, "title": "x", "stage": "idea"})",
      R"({"id": "", "title": "x", "stage": "idea"})",
      R"({"id": "T-1", "title": null, "stage": "idea"})",
      R"({"id": "T-1", "title": "x", "stage": 3})",
      R"({"id": "T-1", "title": "x", "stage": "idea", "costs": {}})",
      R"({"id": "T-1", "title": "x", "stage": "idea", "costs": [5]})",
      R"({"id": "T-1", "title": "x", "stage": "idea", "costs": [{"year": "2026", "kind": "investment", "amount": "1"}]})",
      R"({"id": "T-1", "title": "x", "stage": "idea", "costs": [{"year": 2026, "kind": "investment", "amount": "1e3"}]})",
      R"({"id": "T-1", "title": "x", "stage": "idea", "costs": [{"year": 2026, "kind": "investment", "amount": "99999999999999999999"}]})",
      R"({"id": "T-1", "title": "x", "stage": "idea", "costs": [{"year": 1e10, "kind": "investment", "amount": "1"}]})",
      R"({"id": "T-1", "title": "x", "stage": "idea", "risks": "high"})",
      R"({"id": "T-1", "title": "x", "stage": "idea", "risks": [{"id": "R", "title": "r", "probability": 9, "consequence": -1}]})",
      R"({"id": "T-1", "title": "x", "stage": "idea", "dependencies": [{"initiative": 5}]})",
      R"({"id": "T-1", "title": "x", "stage": "idea", "dependencies": [{"initiative": "T-2", "lag_days": 1.5}]})",
      R"({"id": "T-1", "title": "x", "stage": "idea", "planned": {"start": 20260101}})",
      R"({"id": "T-1", "title": "x", "stage": "idea", "planned": {"start": "2026-02-30"}})",
      R"({"id": "T-1", "title": "x", "stage": "idea", "security": []})",
      R"({"id": "T-1", "title": "x", "stage": "idea", "security": {"cloud_service": "yes"}})",
      R"({"id": "T-1", "title": "x", "stage": "idea", "goals": [{"goal": "g1", "score": 99}]})",
      R"({"id": "T-1", "title": "x", "stage": "idea", "service_areas": "helse"})",
      R"({"id": "T-1", "title": "x", "stage": "idea", "mandatory": {"reason": ["law"]}})",
      R"({"id": "T-1", "title": "x", "stage": "idea", "status": [{"dimension": "cost", "rag": "blue", "date": "x"}]})",
  };
  for (const char* text : wrong) {
    SCOPED_TRACE(text);
    expect_edits_refused(context.get(), portfolio.get(), text);
  }
}

TEST(CApiTypes, DocumentsOfTheWrongJsonTypes_AreRefused) {
  auto context = new_context();
  const std::string document = minimal_json();
  const std::pair<const char*, const char*> swaps[] = {
      {R"("initiatives": [)", R"("initiatives": {"x": [)"},
      {R"("schema_version": 1)", R"("schema_version": "1")"},
      {R"("schema_version": 1)", R"("schema_version": 3)"},  // one beyond the newest (2)
      {R"("currency": "NOK")", R"("currency": 578)"},
      {R"("organisation": {)", R"("organisation": [{)"},
      {R"("value_per_unit": "650.00")", R"("value_per_unit": 650)"},
      {R"("share": "60")", R"("share": "60.001")"},
      {R"("share": "60")", R"("share": "160")"},
      {R"("weight": 0.6)", R"("weight": -1)"},
  };
  EXPECT_EQ(from_json(context.get(), "null"), TILTAK_E_VALIDATION);
  EXPECT_EQ(from_json(context.get(), "[]"), TILTAK_E_VALIDATION);
  EXPECT_EQ(from_json(context.get(), "\"portfolio\""), TILTAK_E_VALIDATION);
  for (const auto& [from, to] : swaps) {
    SCOPED_TRACE(to);
    std::string text = document;
    const auto at = text.find(from);
    ASSERT_NE(at, std::string::npos);
    text.replace(at, std::strlen(from), to);
    const int status = from_json(context.get(), text);
    EXPECT_TRUE(status == TILTAK_E_PARSE || status == TILTAK_E_VALIDATION) << status;
  }
}

TEST(CApiTypes, SavingToUnusablePaths_IsIoError) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  EXPECT_EQ(tiltak_portfolio_save(context.get(), portfolio.get(), ""), TILTAK_E_IO);
  expect_failure_recorded(context.get(), TILTAK_E_IO);
  // Over a directory: the temporary file goes beside it, so use a scratch one.
  const auto scratch = std::filesystem::temp_directory_path() / ("tiltak_capi_save_" + std::to_string(::getpid()));
  std::filesystem::create_directories(scratch / "a directory");
  EXPECT_EQ(tiltak_portfolio_save(context.get(), portfolio.get(), (scratch / "a directory").c_str()), TILTAK_E_IO);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(scratch), std::filesystem::directory_iterator{}), 1);
  std::filesystem::remove_all(scratch);
  tiltak_portfolio* out = sentinel<tiltak_portfolio>();
  EXPECT_EQ(tiltak_portfolio_load(context.get(), "", &out), TILTAK_E_IO);
  EXPECT_EQ(out, nullptr);
  out = sentinel<tiltak_portfolio>();
  EXPECT_LT(tiltak_portfolio_load(context.get(), TILTAK_TEST_DATA_DIR, &out), 0);  // a directory
  EXPECT_EQ(out, nullptr);
}

}  // namespace
