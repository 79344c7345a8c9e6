// The _v2 entry points (issue 18: "options always JSON"): a parameter set or rulebook given as
// JSON with its length, a built-in named as {"id": ...}. Each gives what its deprecated entry
// point gives for the same choice, reads no byte past the length, and refuses what is wrong
// with the status and the parameter's name.

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "keepers.hpp"

namespace {

using namespace tiltak_test;

// One call either way: `text` for the deprecated form (NULL for the default), `json` and
// `length` for the _v2 form.
using TextCall = std::function<int(tiltak_context*, const char* text, CString& out)>;
using JsonCall = std::function<int(tiltak_context*, const char* json, size_t length, CString& out)>;

class JsonOnlyArguments : public ::testing::Test {
 protected:
  // The _v2 call gives byte for byte what the deprecated call gives, for the default, a
  // built-in by id and a whole document; the JSON is followed by bytes it must not read.
  void expect_same(const TextCall& by_text, const JsonCall& by_json, const std::string& builtin,
                   const std::string& document) {
    struct Case {
      const char* text;
      std::string json;
    };
    const std::vector<Case> cases = {{nullptr, ""},
                                     {builtin.c_str(), R"({"id": ")" + builtin + R"("})"},
                                     {document.c_str(), document}};
    for (const auto& [text, json] : cases) {
      SCOPED_TRACE(text ? text : "NULL");
      CString expected, actual;
      ASSERT_EQ(by_text(context.get(), text, expected), TILTAK_OK) << tiltak_context_error_message(context.get());
      const std::string followed = json + "}{ not JSON";
      ASSERT_EQ(by_json(context.get(), text ? followed.data() : nullptr, json.size(), actual), TILTAK_OK)
          << tiltak_context_error_message(context.get());
      EXPECT_EQ(actual.str(), expected.str());
    }
  }

  // What the _v2 call refuses: an unknown built-in, malformed JSON, NULL with a length.
  void expect_refusals(const JsonCall& by_json, const std::string& parameter) {
    CString out;
    const std::string unknown = R"({"id": "xx-1999"})";
    EXPECT_EQ(by_json(context.get(), unknown.data(), unknown.size(), out), TILTAK_E_NOT_FOUND);
    EXPECT_NE(std::string(tiltak_context_error_message(context.get())).find("xx-1999"), std::string::npos);
    const std::string malformed = R"({"id": )";
    EXPECT_EQ(by_json(context.get(), malformed.data(), malformed.size(), out), TILTAK_E_PARSE);
    EXPECT_EQ(by_json(context.get(), nullptr, 7, out), TILTAK_E_INVALID_ARGUMENT);
    const std::string message = tiltak_context_error_message(context.get());
    EXPECT_NE(message.find(parameter + "_json is NULL but " + parameter + "_length is 7"), std::string::npos)
        << message;
    EXPECT_EQ(out.get(), nullptr);
  }

  Context context = new_context();
  Portfolio portfolio = load_example(context.get());
};

// A whole parameter set: no-2021 with another horizon, so it differs from the built-in.
const std::string custom_parameters = R"({"id": "kommune-2026", "based_on": "no-2021", "analysis_period_years": 12})";
// A whole rulebook with one rule.
const std::string custom_rulebook = R"({"rulebook": "mine", "rules": [{"id": "no-case", "severity": "info",
  "scope": "initiative", "condition": {"empty": "case_reference"}, "at": "case_reference",
  "message": {"nb": "{id} mangler saksnummer", "da": "{id} mangler sagsnummer", "en": "{id} has no case number"}}]})";

TEST_F(JsonOnlyArguments, AppraisalV2IsTheAppraisal) {
  const auto p = portfolio.get();
  const TextCall by_text = [&](tiltak_context* c, const char* text, CString& out) {
    return tiltak_portfolio_appraisal(c, p, text, nullptr, out.out(), out.out_length());
  };
  const JsonCall by_json = [&](tiltak_context* c, const char* json, size_t length, CString& out) {
    return tiltak_portfolio_appraisal_v2(c, p, json, length, nullptr, out.out(), out.out_length());
  };
  expect_same(by_text, by_json, "dk-2023", custom_parameters);
  expect_refusals(by_json, "parameters");
}

TEST_F(JsonOnlyArguments, PayersPlusMinusUncertaintyAndSlipValueV2AreTheirFirstForms) {
  const auto p = portfolio.get();
  const std::string input = R"({"seed": 7, "draws": 200})";
  const std::string assessments = R"({"assessments": []})";
  const std::vector<std::pair<TextCall, JsonCall>> pairs = {
      {[&](tiltak_context* c, const char* text, CString& out) {
         return tiltak_portfolio_payers(c, p, text, "service_area", out.out(), out.out_length());
       },
       [&](tiltak_context* c, const char* json, size_t length, CString& out) {
         return tiltak_portfolio_payers_v2(c, p, json, length, "service_area", out.out(), out.out_length());
       }},
      {[&](tiltak_context* c, const char* text, CString& out) {
         return tiltak_portfolio_plus_minus(c, p, text, assessments.data(), assessments.size(), out.out(),
                                           out.out_length());
       },
       [&](tiltak_context* c, const char* json, size_t length, CString& out) {
         return tiltak_portfolio_plus_minus_v2(c, p, json, length, assessments.data(), assessments.size(), out.out(),
                                              out.out_length());
       }},
      {[&](tiltak_context* c, const char* text, CString& out) {
         return tiltak_portfolio_uncertainty(c, p, text, input.data(), input.size(), out.out(), out.out_length());
       },
       [&](tiltak_context* c, const char* json, size_t length, CString& out) {
         return tiltak_portfolio_uncertainty_v2(c, p, json, length, input.data(), input.size(), out.out(),
                                                out.out_length());
       }},
      {[&](tiltak_context* c, const char* text, CString& out) {
         return tiltak_portfolio_slip_value(c, p, text, "T-001", 90, out.out(), out.out_length());
       },
       [&](tiltak_context* c, const char* json, size_t length, CString& out) {
         return tiltak_portfolio_slip_value_v2(c, p, json, length, "T-001", 90, out.out(), out.out_length());
       }},
  };
  for (const auto& [by_text, by_json] : pairs) {
    expect_same(by_text, by_json, "no-2021", custom_parameters);
    expect_refusals(by_json, "parameters");
  }
}

TEST_F(JsonOnlyArguments, CheckAndDecisionRecordV2AreTheirFirstForms) {
  const auto p = portfolio.get();
  const std::vector<std::pair<TextCall, JsonCall>> pairs = {
      {[&](tiltak_context* c, const char* text, CString& out) {
         return tiltak_portfolio_check(c, p, text, "2026-11-23", "en", out.out(), out.out_length());
       },
       [&](tiltak_context* c, const char* json, size_t length, CString& out) {
         return tiltak_portfolio_check_v2(c, p, json, length, "2026-11-23", "en", out.out(), out.out_length());
       }},
      {[&](tiltak_context* c, const char* text, CString& out) {
         return tiltak_portfolio_verify_decision_log_archived(c, p, text, nullptr, nullptr, 0, out.out(),
                                                              out.out_length());
       },
       [&](tiltak_context* c, const char* json, size_t length, CString& out) {
         return tiltak_portfolio_verify_decision_log_archived_v2(c, p, json, length, nullptr, nullptr, 0, out.out(),
                                                                 out.out_length());
       }},
  };
  for (const auto& [by_text, by_json] : pairs) {
    expect_same(by_text, by_json, "dk-default", custom_rulebook);
    expect_refusals(by_json, "rulebook");
  }
}

TEST_F(JsonOnlyArguments, TransitionsV2AreTheirFirstForms) {
  const std::string decision = R"({"initiative": "T-001", "to": "paused", "body": "council", "date": "2026-11-24",
    "case_reference": "2026/1234", "reason": "Venter", "language": "en"})";
  const auto p = portfolio.get();
  const TextCall check_by_text = [&](tiltak_context* c, const char* text, CString& out) {
    return tiltak_portfolio_check_transition(c, p, text, decision.data(), decision.size(), out.out(),
                                             out.out_length());
  };
  const JsonCall check_by_json = [&](tiltak_context* c, const char* json, size_t length, CString& out) {
    return tiltak_portfolio_check_transition_v2(c, p, json, length, decision.data(), decision.size(), out.out(),
                                                out.out_length());
  };
  expect_same(check_by_text, check_by_json, "no-default", custom_rulebook);
  expect_refusals(check_by_json, "rulebook");

  // advance changes the portfolio: each form moves its own copy, and both log the same entry.
  const auto advanced = [&](const std::function<int(tiltak_portfolio*, CString&)>& advance) {
    CString json, entry;
    EXPECT_EQ(tiltak_portfolio_to_json(context.get(), p, json.out(), json.out_length()), TILTAK_OK);
    tiltak_portfolio* copy = nullptr;
    EXPECT_EQ(tiltak_portfolio_from_json(context.get(), json.get(), json.length(), &copy), TILTAK_OK);
    const Portfolio keeper(copy);
    EXPECT_EQ(advance(copy, entry), TILTAK_OK) << tiltak_context_error_message(context.get());
    return entry.str();
  };
  const std::string by_text = advanced([&](tiltak_portfolio* copy, CString& entry) {
    return tiltak_portfolio_advance(context.get(), copy, "no-default", decision.data(), decision.size(), entry.out(),
                                    entry.out_length());
  });
  const std::string id = R"({"id": "no-default"})";
  const std::string by_json = advanced([&](tiltak_portfolio* copy, CString& entry) {
    return tiltak_portfolio_advance_v2(context.get(), copy, id.data(), id.size(), decision.data(), decision.size(),
                                       entry.out(), entry.out_length());
  });
  EXPECT_NE(by_text.find("\"hash\""), std::string::npos) << by_text;
  EXPECT_EQ(by_json, by_text);
}

}  // namespace
