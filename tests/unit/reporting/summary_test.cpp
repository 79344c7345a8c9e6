// The summary's figures, computed by hand from tests/data/minimal.json.

#include <gtest/gtest.h>

#include "support/document_fixture.hpp"
#include "tiltak/reporting/summary.hpp"

namespace tiltak {
namespace {

PortfolioSummary minimal_summary() { return summarise(parse_portfolio(testing::minimal_document().dump())); }

TEST(Summary, PlannedCostAddsInvestmentAndValuedHours) {
  // 1 250 000.50 (investment) + 320 000.00 (400 internal hours) = 1 570 000.50
  EXPECT_EQ(minimal_summary().initiatives[0].total_cost, Money(157000050, Currency::NOK));
}

TEST(Summary, BenefitIsMonetisedAndSplitByAttributionShare) {
  // (1000 + 2000.5) hours × 650.00 kr = 1 950 325.00 kr; 60 % → 1 170 195.00, 40 % → 780 130.00
  const auto summary = minimal_summary();
  EXPECT_EQ(summary.initiatives[0].total_benefit, Money(117019500, Currency::NOK));
  EXPECT_EQ(summary.initiatives[1].total_benefit, Money(78013000, Currency::NOK));
  EXPECT_EQ(summary.total_benefit, Money(195032500, Currency::NOK));
}

TEST(Summary, StatusIsTheNewestReportPerDimensionAndOverallTheWorst) {
  Portfolio portfolio = parse_portfolio(testing::minimal_document().dump());
  auto& status = portfolio.initiatives[0].status;
  status.push_back({StatusDimension::schedule, Rag::green, "Tatt igjen", Date(2026, 11, 1)});
  status.push_back({StatusDimension::cost, Rag::red, "Overskridelse", Date(2026, 6, 1)});
  const auto line = summarise(portfolio).initiatives[0];
  EXPECT_EQ(line.schedule, Rag::green);  // November's report replaces October's yellow
  EXPECT_EQ(line.cost, Rag::red);
  EXPECT_FALSE(line.scope.has_value());
  EXPECT_EQ(line.overall, Rag::red);
}

TEST(Summary, OwnerIsShownByName) { EXPECT_EQ(minimal_summary().initiatives[0].owner, "Eva Eier"); }

TEST(Summary, TableIsInNorwegianWithNorwegianAmounts) {
  const std::string table = format_summary_table(minimal_summary(), Language::nb);
  EXPECT_NE(table.find("Under gjennomføring"), std::string::npos);
  EXPECT_NE(table.find("1 570 001 kr"), std::string::npos);  // whole kroner, halves away from zero
  EXPECT_NE(table.find("1 950 325 kr"), std::string::npos);
}

TEST(Summary, TableColumnsLineUpWithNorwegianLetters) {
  const std::string table = format_summary_table(minimal_summary(), Language::en);
  // "Pårørendeapp" has multi-byte letters; its row's cost column must start where T-1's does.
  const auto row_of = [&](const std::string& id) {
    const auto start = table.find("\n" + id + " ") + 1;
    return table.substr(start, table.find('\n', start) - start);
  };
  const std::string t1 = row_of("T-1"), t2 = row_of("T-2");
  const auto column_of_stage = [](const std::string& row, const std::string& stage) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < row.find(stage); ++i) chars += (static_cast<unsigned char>(row[i]) & 0xC0) != 0x80;
    return chars;
  };
  EXPECT_EQ(column_of_stage(t1, "In progress"), column_of_stage(t2, "Registered"));
}

TEST(Summary, JsonCarriesExactAmounts) {
  const auto document = nlohmann::json::parse(summary_to_json(minimal_summary()));
  EXPECT_EQ(document["total_cost"], "1570000.50");
  EXPECT_EQ(document["initiatives"][0]["status"]["schedule"], "yellow");
  EXPECT_TRUE(document["initiatives"][1]["overall"].is_null());
}

}  // namespace
}  // namespace tiltak
