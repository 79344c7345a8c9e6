// What made the report mislead or distract (issue #17), each pinned on the Fjordvik example:
// economy figures without their basis, benefits without indicator and unit, unpriced benefits
// "worth 0 kr", an actual of 0 kr for years to come, stale flags on finished work, and a
// cancelled initiative with a slip and among the red ones.

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

#include "reporting/council_summary.hpp"
#include "reporting/report_tables.hpp"
#include "reporting/report_words.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/reporting/report_formats.hpp"
#include "support/test_values.hpp"

namespace tiltak {
namespace {

PortfolioReport noise_report(Language language) {
  ReportOptions options;
  options.as_of = Date(2026, 11, 23);
  options.language = language;
  return build_report(fjordvik(), options);
}

const InitiativeReport& initiative(const PortfolioReport& report, const std::string& id) {
  return *std::find_if(report.initiatives.begin(), report.initiatives.end(),
                       [&](const InitiativeReport& i) { return i.id.str() == id; });
}

// The text of the detail article of one initiative.
std::string article(const std::string& html, const std::string& id) {
  const auto start = html.find("<article class=\"initiative\" id=\"i-" + id + "\"");
  return start == std::string::npos ? std::string() : html.substr(start, html.find("</article>", start) - start);
}

TEST(ReportNoise, DiscountedFiguresNameTheirYearAndNominalOnesSaySo) {
  // Present values are in money of the report's year (2026; discount_year_test.cpp).
  const PortfolioReport nb = noise_report(Language::nb);
  ASSERT_TRUE(nb.economy.has_value());
  ASSERT_EQ(nb.economy->discount_year, 2026);
  const std::string html = report_to_html(nb);
  EXPECT_TRUE(contains(html, "<dt>Netto nåverdi i 2026-kroner</dt>"));
  EXPECT_TRUE(contains(html, "<dt>Nåverdi kostnader i 2026-kroner</dt>"));
  EXPECT_TRUE(contains(html, "<dt>Dypeste punkt (pukkel), nominelt</dt>"));
  EXPECT_TRUE(contains(html, "<dt>Inntjent år, nominelt</dt>"));
  const std::string markdown = report_to_markdown(nb);
  EXPECT_TRUE(contains(markdown, "- Netto nåverdi i 2026-kroner: "));
  EXPECT_TRUE(contains(markdown, "- Positiv fra, nominelt: 2028"));
  EXPECT_TRUE(contains(report_to_html(noise_report(Language::en)), "<dt>Net present value in 2026 money</dt>"));
  EXPECT_TRUE(contains(report_to_markdown(noise_report(Language::da)), "Nettonutidsværdi i 2026-kroner"));
}

TEST(ReportNoise, BenefitValuesCarryTheirIndicatorAndUnit) {
  // G-01 (T-001): letters sent on paper per year, baseline 62 000.
  const std::string detail = article(report_to_html(noise_report(Language::nb)), "T-001");
  EXPECT_TRUE(contains(detail, "<td>Brev sendt på papir per år</td>")) << detail;
  EXPECT_TRUE(contains(detail, "<td class=\"num\">62 000\u00A0brev</td>")) << detail;
  const PortfolioReport report = noise_report(Language::nb);
  const auto& line = initiative(report, "T-001").benefits;
  const auto g01 = std::find_if(line.begin(), line.end(), [](const BenefitLine& b) { return b.id.str() == "G-01"; });
  ASSERT_NE(g01, line.end());
  EXPECT_EQ(g01->indicator, "Brev sendt på papir per år");
  EXPECT_EQ(g01->unit, "brev");
}

TEST(ReportNoise, UnpricedBenefitsAreDescribedNotValuedAtZero) {
  // G-08 (T-006): medication deviations per year, no value per unit.
  const PortfolioReport report = noise_report(Language::nb);
  const std::string detail = article(report_to_html(report), "T-006");
  const auto row = detail.substr(detail.find("G-08 "), detail.find("</tr>", detail.find("G-08 ")) - detail.find("G-08 "));
  EXPECT_TRUE(contains(row, "ikke verdsatt i kroner")) << row;
  EXPECT_FALSE(contains(row, "0 kr")) << row;
  EXPECT_TRUE(contains(report_to_markdown(report),
                       "| T-006 | Færre avvik i legemiddelhåndteringen | ikke verdsatt i kroner | 184,00 |"));
}

TEST(ReportNoise, YearsAfterTheAsOfYearShowNoActual) {
  const PortfolioReport report = noise_report(Language::nb);
  const std::string detail = article(report_to_html(report), "T-001");
  // T-001 plans money in 2027: its actual is not yet, not 0 kr; 2026's is what is booked.
  EXPECT_TRUE(std::regex_search(detail, std::regex("<tr><td>2027</td><td class=\"num\">[^<]+</td><td class=\"num\">–</td>")))
      << detail;
  EXPECT_TRUE(std::regex_search(detail, std::regex("<tr><td>2026</td><td class=\"num\">[^<]+</td><td class=\"num\">[0-9]")));
  for (const auto& table : detail::report_tables(report, detail::CellStyle::display))
    if (table.name == "budget")
      for (const auto& row : table.rows)
        if (row[0] == "T-001" && row[1] == "2027") {
          EXPECT_EQ(row[3], "");
        }
}

TEST(ReportNoise, FinishedInitiativesAreNotFlaggedStale) {
  const PortfolioReport report = noise_report(Language::nb);
  // T-005 (closed) last reported 27.06.2025 and T-018 (completed) 16.01.2026, long before the as-of date.
  for (const char* id : {"T-005", "T-008", "T-010", "T-018"}) {
    SCOPED_TRACE(id);
    const auto& line = initiative(report, id);
    EXPECT_FALSE(line.stale_status);
    std::size_t cells = 0;
    for (const auto& cell : line.status)
      if (cell) {
        ++cells;
        EXPECT_FALSE(cell->stale);
      }
    EXPECT_GT(cells, 0u);
  }
  // Running work still owes fresh reports: some approved or in-progress cell is stale.
  const bool any_stale = std::any_of(report.initiatives.begin(), report.initiatives.end(), [](const InitiativeReport& i) {
    return is_active(i.stage) && std::any_of(i.status.begin(), i.status.end(), [](const auto& c) { return c && c->stale; });
  });
  EXPECT_TRUE(any_stale);
}

TEST(ReportNoise, ADroppedInitiativeHasNoSlipAndIsNotAmongTheRed) {
  const PortfolioReport report = noise_report(Language::nb);
  const auto& cancelled = initiative(report, "T-031");  // cancelled 31.03.2026, planned to end 30.06.2026
  ASSERT_EQ(cancelled.stage, Stage::cancelled);
  EXPECT_EQ(cancelled.overall, Rag::red);
  EXPECT_EQ(cancelled.slip_days, std::nullopt);
  for (const auto& item : detail::red_items(report)) EXPECT_NE(item.initiative->id.str(), "T-031");
  EXPECT_TRUE(initiative(report, "T-006").slip_days.has_value()) << "a running one keeps its slip";
}

}  // namespace
}  // namespace tiltak
