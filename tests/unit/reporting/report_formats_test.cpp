// The report's JSON, Markdown and CSV forms, and the diff of two snapshots.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/report_example.hpp"
#include "tiltak/reporting/report_formats.hpp"

namespace tiltak {
namespace {

using Json = nlohmann::json;

PortfolioReport example_report(Language language = Language::nb) {
  auto options = testing::report_example_options();
  options.language = language;
  return build_report(testing::report_example(), options);
}

const Json& initiative(const Json& report, const std::string& id) {
  for (const auto& line : report["initiatives"])
    if (line["id"] == id) return line;
  throw std::runtime_error("no initiative " + id);
}

TEST(ReportJson, IsVersionedWithExactAmountsAndIsoDates) {
  const Json report = Json::parse(report_to_json(example_report()));
  EXPECT_EQ(report["tiltak_report"], 1);
  EXPECT_EQ(report["as_of"], "2026-11-23");
  EXPECT_EQ(report["scope"], "portfolio");
  const Json& a = initiative(report, "A");
  EXPECT_EQ(a["total_plan"], "1300000.00");
  EXPECT_EQ(a["stage"], "in_progress");
  EXPECT_EQ(a["status"]["schedule"]["rag"], "red");
  EXPECT_EQ(a["status"]["scope"], nullptr);
  EXPECT_EQ(initiative(report, "B")["forecast_finish"], "2027-01-16");
  EXPECT_EQ(report["portfolio_totals"]["years"][1]["over_frame"], true);
  EXPECT_EQ(report["portfolio_totals"]["risk_matrix"][3][4], 1);
}

TEST(ReportDiff, FindsNewRemovedClosedMovedAndChangedAmounts) {
  const std::string previous = report_to_json(example_report());
  Portfolio portfolio = testing::report_example();
  portfolio.find_initiative(InitiativeId("B"))->stage = Stage::completed;
  portfolio.find_initiative(InitiativeId("A"))->costs[0].amount = kroner(850'000);
  portfolio.find_initiative(InitiativeId("C"))->planned.end = testing::day("2028-03-31");
  portfolio.initiatives.erase(portfolio.initiatives.begin() + 3);  // D
  Initiative e;
  e.id = InitiativeId("E");
  e.title = "Ny idé";
  portfolio.initiatives.push_back(e);
  PortfolioReport report = build_report(portfolio, testing::report_example_options());
  compare_reports(report, previous);

  EXPECT_EQ(report.previous_as_of, testing::day("2026-11-23"));
  auto find = [&](const char* id, ChangeKind kind, const char* field) -> const ReportChange* {
    for (const auto& change : report.changes)
      if (change.id.str() == id && change.kind == kind && change.field == field) return &change;
    return nullptr;
  };
  ASSERT_TRUE(find("E", ChangeKind::added, ""));
  ASSERT_TRUE(find("D", ChangeKind::removed, ""));
  const auto* closed = find("B", ChangeKind::closed, "stage");
  ASSERT_TRUE(closed);
  EXPECT_EQ(closed->before, "approved");
  EXPECT_EQ(closed->after, "completed");
  const auto* amount = find("A", ChangeKind::amounts, "total_plan");
  ASSERT_TRUE(amount);
  EXPECT_EQ(amount->before, "1300000.00");
  EXPECT_EQ(amount->after, "1350000.00");
  const auto* moved = find("C", ChangeKind::dates, "planned_finish");
  ASSERT_TRUE(moved);
  EXPECT_EQ(moved->after, "2028-03-31");
  // Nothing else changed for A but its plan (and the forecast that follows the plan in 2026).
  for (const auto& change : report.changes) {
    if (change.id.str() == "A") {
      EXPECT_TRUE(change.field == "total_plan" || change.field == "total_forecast") << change.field;
    }
  }
}

TEST(ReportDiff, AReportComparedWithItselfHasNoChanges) {
  PortfolioReport report = example_report();
  compare_reports(report, report_to_json(report));
  EXPECT_TRUE(report.changes.empty());
}

TEST(ReportDiff, RefusesWhatIsNotAReportNamingWhere) {
  PortfolioReport report = example_report();
  try {
    compare_reports(report, R"({"tiltak_report": 1, "initiatives": [{"title": "no id"}]})", "old.json");
    ADD_FAILURE();
  } catch (const Error& error) {
    ASSERT_EQ(error.problems().size(), 1u);
    EXPECT_EQ(error.problems()[0].source, "old.json");
    EXPECT_EQ(error.problems()[0].pointer, "/initiatives/0/id");
  }
  EXPECT_THROW(compare_reports(report, R"({"name": "a portfolio"})"), Error);
  EXPECT_THROW(compare_reports(report, "{not json"), Error);
}

TEST(ReportMarkdown, HasTablesInTheReportLanguage) {
  const std::string nb = report_to_markdown(example_report());
  EXPECT_NE(nb.find("# Porteføljerapport: Test"), std::string::npos);
  EXPECT_NE(nb.find("Per 23.11.2026"), std::string::npos);
  EXPECT_NE(nb.find("| A | Digital hjemmetjeneste |"), std::string::npos);
  EXPECT_NE(nb.find("1 300 000 kr"), std::string::npos);
  const std::string en = report_to_markdown(example_report(Language::en));
  EXPECT_NE(en.find("# Portfolio report: Test"), std::string::npos);
  EXPECT_NE(en.find("As of 2026-11-23"), std::string::npos);
  EXPECT_NE(en.find("NOK 1,300,000"), std::string::npos);
}

TEST(ReportMarkdown, EscapesPipesInCells) {
  Portfolio portfolio = testing::report_example();
  portfolio.find_initiative(InitiativeId("A"))->title = "Inn | ut";
  const std::string text = report_to_markdown(build_report(portfolio, testing::report_example_options()));
  EXPECT_NE(text.find("| Inn \\| ut |"), std::string::npos);
}

TEST(ReportCsv, OneFilePerTableWithTheLocaleSeparatorAndDecimalMark) {
  const auto files = report_to_csv(example_report());
  ASSERT_FALSE(files.empty());
  EXPECT_EQ(files[0].first, "initiatives.csv");
  const std::string& text = files[0].second;
  EXPECT_EQ(text.rfind("\xEF\xBB\xBF" "Id;Tittel;", 0), 0u);
  EXPECT_NE(text.find("A;Digital hjemmetjeneste;Helse og omsorg;"), std::string::npos);
  EXPECT_NE(text.find(";1300000,00;"), std::string::npos);
  const auto en = report_to_csv(example_report(Language::en));
  EXPECT_NE(en[0].second.find(",1300000.00,"), std::string::npos);
}

TEST(ReportCsv, QuotesFieldsWithSeparatorsQuotesOrLineBreaks) {
  Portfolio portfolio = testing::report_example();
  portfolio.find_initiative(InitiativeId("A"))->title = "Sikkert; \"raskt\"\nog enkelt";
  const auto files = report_to_csv(build_report(portfolio, testing::report_example_options()));
  EXPECT_NE(files[0].second.find("A;\"Sikkert; \"\"raskt\"\"\nog enkelt\";"), std::string::npos);
}

}  // namespace
}  // namespace tiltak
