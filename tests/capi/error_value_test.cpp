// The error's `value` has one form (docs/c-api.md, "Errors"): the offending value as JSON
// text, cut to 77 bytes and "..." beyond 80; "" when no single value is at fault. Before
// (issue 18) it was JSON in some places, bare text in others (ids, dates, a gate's
// requirement), and hand-quoted without escapes where an id held a quote.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "keepers.hpp"
#include "tiltak/tiltak.h"

namespace {

using namespace tiltak_test;
using Json = nlohmann::json;

// The context's value, read as JSON (failing the test when it is not).
Json value_of(tiltak_context* context) {
  const std::string value = tiltak_context_error_value(context);
  EXPECT_TRUE(Json::accept(value)) << "not JSON: " << value;
  return Json::accept(value) ? Json::parse(value) : Json();
}

TEST(ErrorValue, AnUnknownIdIsAJsonStringWithItsQuoteAndBackslashEscaped) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string id = R"(T-"9\)";
  EXPECT_EQ(tiltak_portfolio_remove_initiative(context.get(), portfolio.get(), id.c_str()), TILTAK_E_NOT_FOUND);
  EXPECT_STREQ(tiltak_context_error_value(context.get()), R"("T-\"9\\")");
  EXPECT_EQ(value_of(context.get()), id);
}

TEST(ErrorValue, AnUnknownPrerequisiteIsTheIdAsAJsonString) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string initiative =
      R"({"id": "T-3", "title": "Chatbot", "stage": "idea", "dependencies": [{"initiative": "X\"1"}]})";
  ASSERT_EQ(tiltak_portfolio_add_initiative(context.get(), portfolio.get(), initiative.data(), initiative.size()),
            TILTAK_E_VALIDATION)
      << tiltak_context_error_message(context.get());
  EXPECT_EQ(value_of(context.get()), "X\"1") << tiltak_context_error_message(context.get());
}

TEST(ErrorValue, AnArchiveMessageForAnUnknownInitiativeNamesItAsAJsonString) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString xml;
  EXPECT_EQ(tiltak_portfolio_archive_registration(context.get(), portfolio.get(), "T-404", nullptr, xml.out(),
                                                  xml.out_length()),
            TILTAK_E_NOT_FOUND);
  EXPECT_EQ(value_of(context.get()), "T-404");
}

// Regression (found by the .NET and Java wrappers' tests): an unknown id in the analyses left the
// value empty and put the id in the message.
TEST(ErrorValue, AnUnknownIdInTheAnalysesIsTheValueToo) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString out;
  EXPECT_EQ(tiltak_portfolio_appraisal_v2(context.get(), portfolio.get(), nullptr, 0, "T-99", out.out(),
                                          out.out_length()),
            TILTAK_E_NOT_FOUND);
  EXPECT_EQ(value_of(context.get()), "T-99");
  EXPECT_EQ(tiltak_portfolio_slip_value_v2(context.get(), portfolio.get(), nullptr, 0, "T-98", 30, out.out(),
                                           out.out_length()),
            TILTAK_E_NOT_FOUND);
  EXPECT_EQ(value_of(context.get()), "T-98");
  const std::string unknown_set = R"({"id": "xx-1999"})";
  EXPECT_EQ(tiltak_portfolio_appraisal_v2(context.get(), portfolio.get(), unknown_set.data(), unknown_set.size(),
                                          nullptr, out.out(), out.out_length()),
            TILTAK_E_NOT_FOUND);
  EXPECT_EQ(value_of(context.get()), "xx-1999");
  const std::string area = R"({"as_of": "2026-11-23", "scope": "area:XX"})";
  EXPECT_EQ(tiltak_portfolio_report(context.get(), portfolio.get(), area.data(), area.size(), "json", out.out(),
                                    out.out_length()),
            TILTAK_E_NOT_FOUND);
  EXPECT_EQ(value_of(context.get()), "XX");
}

TEST(ErrorValue, ARefusedGateNamesTheUnmetRequirementAsAJsonString) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string refused = R"({"initiative": "T-2", "to": "anchored", "body": "secretariat", "date": "2026-11-23"})";
  CString out;
  ASSERT_EQ(tiltak_portfolio_advance(context.get(), portfolio.get(), nullptr, refused.data(), refused.size(),
                                     out.out(), out.out_length()),
            TILTAK_E_VALIDATION);
  EXPECT_STREQ(tiltak_context_error_value(context.get()), R"("sector-leader")");
  EXPECT_EQ(Json::parse(error_json(context.get()))[0]["value"], R"("sector-leader")");
}

TEST(ErrorValue, AValueLongerThan80BytesIsCutTo77AndThreeDots) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string id(200, 'x');
  EXPECT_EQ(tiltak_portfolio_remove_initiative(context.get(), portfolio.get(), id.c_str()), TILTAK_E_NOT_FOUND);
  EXPECT_EQ(std::string(tiltak_context_error_value(context.get())), "\"" + std::string(76, 'x') + "...");
}

TEST(ErrorValue, ANonStringWhereAStringBelongsIsThatJson) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string change = R"({"id": "T-2", "title": [1, 2], "stage": "ready"})";
  ASSERT_EQ(tiltak_portfolio_update_initiative(context.get(), portfolio.get(), change.data(), change.size()),
            TILTAK_E_VALIDATION);
  EXPECT_EQ(value_of(context.get()), Json::array({1, 2}));
}

}  // namespace
