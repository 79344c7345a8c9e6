// The report's default language through the C API: the currency's, as on the other surfaces
// (docs/report.md, "language"). A DKK portfolio was reported in Norwegian before.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "keepers.hpp"

namespace {

using namespace tiltak_test;

std::string report_language(const std::string& portfolio_file, const std::string& options) {
  auto context = new_context();
  tiltak_portfolio* raw = nullptr;
  const std::string document = read_file(data_path(portfolio_file));
  EXPECT_EQ(tiltak_portfolio_from_json(context.get(), document.data(), document.size(), &raw), TILTAK_OK)
      << tiltak_context_error_message(context.get());
  const Portfolio portfolio(raw);
  CString text;
  EXPECT_EQ(tiltak_portfolio_report(context.get(), portfolio.get(), options.data(), options.size(), "json", text.out(),
                                    text.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  return nlohmann::json::parse(text.str()).at("language").get<std::string>();
}

TEST(CApiReportLanguage, DefaultIsTheCurrencys) {
  EXPECT_EQ(report_language("fixed-start-conflict.json", R"({"as_of": "2026-11-23"})"), "da");  // DKK
  EXPECT_EQ(report_language("minimal.json", R"({"as_of": "2026-11-23"})"), "nb");                // NOK
  EXPECT_EQ(report_language("fixed-start-conflict.json", R"({"as_of": "2026-11-23", "language": "en"})"), "en");
}

}  // namespace
