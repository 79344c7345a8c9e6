// The portfolio report through the C API, on tests/data/minimal.json: T-1 plans 1 250 000.50
// (investment) + 320 000.00 (valued internal hours) in 2026.

#include <gtest/gtest.h>

#include <cstring>
#include <nlohmann/json.hpp>
#include <string>

#include "keepers.hpp"

namespace {

using json = nlohmann::json;
using namespace tiltak_test;

int report(tiltak_context* context, tiltak_portfolio* portfolio, const std::string& options, const char* format,
           CString& text) {
  return tiltak_portfolio_report(context, portfolio, options.data(), options.size(), format, text.out(),
                                 text.out_length());
}

TEST(CApiReport, JsonReportCarriesTheInitiativesWithExactAmounts) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  ASSERT_EQ(report(context.get(), portfolio.get(), R"({"as_of": "2026-11-23", "language": "en"})", "json", text),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  const json doc = json::parse(text.str());
  EXPECT_EQ(doc.at("tiltak_report"), 1);
  EXPECT_EQ(doc.at("language"), "en");
  EXPECT_EQ(doc.at("initiatives")[0].at("id"), "T-1");
  EXPECT_EQ(doc.at("initiatives")[0].at("total_plan"), "1570000.50");
}

TEST(CApiReport, EveryFormatIsAvailable) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string options = R"({"as_of": "2026-11-23"})";
  CString text;
  ASSERT_EQ(report(context.get(), portfolio.get(), options, "html", text), TILTAK_OK);
  EXPECT_EQ(text.str().rfind("<!DOCTYPE html>", 0), 0u);
  ASSERT_EQ(report(context.get(), portfolio.get(), options, "md", text), TILTAK_OK);
  EXPECT_EQ(text.str().rfind("# Porteføljerapport", 0), 0u);
  ASSERT_EQ(report(context.get(), portfolio.get(), options, "csv", text), TILTAK_OK);
  const json files = json::parse(text.str());
  EXPECT_NE(files.at("initiatives.csv").get<std::string>().find("T-1;"), std::string::npos);
  EXPECT_EQ(report(context.get(), portfolio.get(), options, "docx", text), TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(text.get(), nullptr);
}

TEST(CApiReport, SinceAPreviousReportListsTheChanges) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString previous;
  ASSERT_EQ(report(context.get(), portfolio.get(), R"({"as_of": "2026-10-01"})", "json", previous), TILTAK_OK);
  // The previous report did not have T-2 yet.
  json earlier = json::parse(previous.str());
  earlier.at("initiatives").erase(1);
  CString text;
  const std::string options = R"({"as_of": "2026-11-23", "since": )" + earlier.dump() + "}";
  ASSERT_EQ(report(context.get(), portfolio.get(), options, "json", text), TILTAK_OK)
      << tiltak_context_error_message(context.get());
  const json doc = json::parse(text.str());
  EXPECT_EQ(doc.at("previous_as_of"), "2026-10-01");
  ASSERT_EQ(doc.at("changes").size(), 1u);
  EXPECT_EQ(doc.at("changes")[0].at("id"), "T-2");
  EXPECT_EQ(doc.at("changes")[0].at("kind"), "added");
}

TEST(CApiReport, BadOptionsAreValidationErrorsWithPointers) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  EXPECT_EQ(report(context.get(), portfolio.get(), R"({"scope": "area", "language": "fr"})", "json", text),
            TILTAK_E_VALIDATION);
  CString problems;
  ASSERT_EQ(tiltak_context_error_json(context.get(), problems.out(), problems.out_length()), TILTAK_OK);
  const json list = json::parse(problems.str());
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0].at("pointer"), "/as_of");
  EXPECT_EQ(list[1].at("pointer"), "/scope");
  EXPECT_EQ(list[2].at("pointer"), "/language");
  EXPECT_EQ(report(context.get(), portfolio.get(), R"({"as_of": "2026-11-23", "scope": "area:XX"})", "json", text),
            TILTAK_E_NOT_FOUND);
  EXPECT_EQ(report(context.get(), portfolio.get(), "{", "json", text), TILTAK_E_PARSE);
}

}  // namespace
