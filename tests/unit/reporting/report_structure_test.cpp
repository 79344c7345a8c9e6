// The report's order as a council reads it (issue #17): a summary of at most two printed pages
// first, then the sections as lettered appendices, in HTML and Markdown; portrait A4 print CSS.

#include <gtest/gtest.h>

#include <regex>

#include "reporting/council_summary.hpp"
#include "reporting/report_words.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/reporting/report_formats.hpp"
#include "support/test_values.hpp"

namespace tiltak {
namespace {

PortfolioReport structure_report(Language language) {
  static const Portfolio portfolio = load_portfolio(std::string(TILTAK_EXAMPLES_DIR) + "/fjordvik.json");
  ReportOptions options;
  options.as_of = Date(2026, 11, 23);
  options.language = language;
  return build_report(portfolio, options);
}

std::string between(const std::string& text, const std::string& from, const std::string& to) {
  const auto start = text.find(from);
  if (start == std::string::npos) return {};
  return text.substr(start, text.find(to, start) - start);
}

TEST(ReportStructure, AppendixLettersRunAToZThenDouble) {
  EXPECT_EQ(detail::appendix_heading(0, "Tidslinje", Language::nb), "Vedlegg A: Tidslinje");
  EXPECT_EQ(detail::appendix_heading(1, "Tidslinje", Language::da), "Bilag B: Tidslinje");
  EXPECT_EQ(detail::appendix_heading(25, "Timeline", Language::en), "Appendix Z: Timeline");
  EXPECT_EQ(detail::appendix_heading(26, "Timeline", Language::en), "Appendix AA: Timeline");
  EXPECT_EQ(detail::appendix_heading(27, "Timeline", Language::en), "Appendix AB: Timeline");
}

TEST(ReportStructure, HtmlSummaryFirstThenAppendicesInTheReportsLanguage) {
  const struct {
    Language language;
    std::string summary, first_appendix, foreign;
  } cases[] = {{Language::nb, "<h2>Sammendrag</h2>", "<h2>Vedlegg A: Tidslinje</h2>", "Appendix"},
               {Language::da, "<h2>Resumé</h2>", "<h2>Bilag A: Tidslinje</h2>", "Appendix"},
               {Language::en, "<h2>Summary</h2>", "<h2>Appendix A: Timeline</h2>", "Vedlegg"}};
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(language_code(c.language)));
    const PortfolioReport report = structure_report(c.language);
    const std::string html = report_to_html(report);
    const auto summary = html.find(c.summary), appendices = html.find("<div class=\"appendices\">");
    ASSERT_NE(summary, std::string::npos);
    ASSERT_NE(appendices, std::string::npos);
    EXPECT_LT(summary, appendices);
    EXPECT_GT(html.find(c.first_appendix), appendices);
    EXPECT_FALSE(contains(html, c.foreign));
    // The decisions awaiting the council are in the summary, and only there.
    const std::string first_part = html.substr(summary, appendices - summary);
    ASSERT_FALSE(report.pending_decisions.empty());
    for (const auto& decision : report.pending_decisions) EXPECT_TRUE(contains(first_part, decision.title));
    EXPECT_FALSE(contains(html.substr(appendices), "id=\"decisions\""));
  }
}

TEST(ReportStructure, SummaryNamesEveryRedInitiativeAndWhy) {
  const PortfolioReport report = structure_report(Language::nb);
  std::vector<std::string> red;
  for (const auto& initiative : report.initiatives)
    if (initiative.overall == Rag::red && !is_dropped(initiative.stage)) red.push_back(initiative.id.str());
  const auto items = detail::red_items(report);
  ASSERT_EQ(items.size(), red.size());
  for (std::size_t i = 0; i < items.size(); ++i) EXPECT_EQ(items[i].initiative->id.str(), red[i]);
  // T-006 in fjordvik.json: a red schedule report with the supplier's delay, and a forecast
  // finish 78 days after the planned one.
  const auto t006 = std::find_if(items.begin(), items.end(), [](const auto& i) { return i.initiative->id.str() == "T-006"; });
  ASSERT_NE(t006, items.end());
  EXPECT_EQ(t006->reasons.front().rfind("Fremdrift: Leverandøren har utsatt PLL-integrasjonen", 0), 0u);
  EXPECT_NE(std::find(t006->reasons.begin(), t006->reasons.end(), "Forsinkelse (dager): 78"), t006->reasons.end());
  const std::string html = report_to_html(report);
  EXPECT_TRUE(contains(between(html, "<h2>Sammendrag</h2>", "<div class=\"appendices\">"), "Forsinkelse (dager): 78"));
}

TEST(ReportStructure, SummaryStatesEachFramedYearInWords) {
  const PortfolioReport report = structure_report(Language::nb);
  const std::string summary = between(report_to_html(report), "<h2>Sammendrag</h2>", "<div class=\"appendices\">");
  // 2026: 7 850 000 kr investment forecast against a 7 500 000 kr frame (issue #17).
  EXPECT_TRUE(std::regex_search(summary, std::regex("<td>2026</td>.*?Over rammen etter prognose")));
  EXPECT_TRUE(std::regex_search(summary, std::regex("<td>2030</td>.*?Innenfor rammen")));
}

TEST(ReportStructure, ChangesAreCountedByKindInTheSummary) {
  PortfolioReport report = structure_report(Language::nb);
  report.previous_as_of = Date(2026, 10, 1);
  report.changes.push_back({InitiativeId("T-002"), "x", ChangeKind::dates, "planned_finish", "2027-06-30", ""});
  report.changes.push_back({InitiativeId("T-003"), "y", ChangeKind::status, "overall", "green", "red"});
  report.changes.push_back({InitiativeId("T-002"), "x", ChangeKind::dates, "planned_start", "2026-01-01", "2026-02-01"});
  const auto groups = detail::change_groups(report);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].kind, ChangeKind::status);
  EXPECT_EQ(groups[1].kind, ChangeKind::dates);
  EXPECT_EQ(groups[1].count, 2u);
  EXPECT_EQ(groups[1].ids, std::vector<std::string>{"T-002"});
  const std::string summary = between(report_to_html(report), "<h2>Sammendrag</h2>", "<div class=\"appendices\">");
  EXPECT_TRUE(contains(summary, "<h3>Endringer siden forrige rapport (01.10.2026)</h3>"));
  EXPECT_TRUE(contains(summary, "<td>Datoer</td><td class=\"num\">2</td><td>T-002</td>"));
}

TEST(ReportStructure, PrintCssIsPortraitA4WithTitleAndPageNumbers) {
  PortfolioReport report = structure_report(Language::nb);
  report.portfolio = "Vik \"nord\" </style>";
  const std::string html = report_to_html(report);
  EXPECT_FALSE(contains(html, "landscape"));
  for (const char* rule : {"@page { size: A4 portrait;",
                           // The title is a CSS string: quotes escaped, and no "</style>" to end the sheet.
                           "@top-left { content: \"Porteføljerapport – Vik \\\"nord\\\" \\3C /style> – 23.11.2026\";",
                           "@bottom-right { content: \"Side \" counter(page) \" av \" counter(pages);",
                           "thead { display: table-header-group; }",
                           "tr, figure, .figure, ul.status li { break-inside: avoid; }",
                           ".appendices { break-before: page; }"})
    EXPECT_TRUE(contains(html, rule)) << rule;
}

TEST(ReportStructure, MarkdownSummaryFirstThenLetteredAppendices) {
  const std::string markdown = report_to_markdown(structure_report(Language::da));
  const auto summary = markdown.find("\n## Resumé\n"), appendix = markdown.find("\n## Bilag A: ");
  ASSERT_NE(summary, std::string::npos);
  ASSERT_NE(appendix, std::string::npos);
  EXPECT_LT(summary, appendix);
  EXPECT_LT(markdown.find("### Sager til beslutning"), appendix);
  EXPECT_EQ(markdown.find("Sager til beslutning", appendix), std::string::npos);
  // The letters follow one another: A, B, C, ...
  const std::regex heading("\n## Bilag ([A-Z]+): ");
  char expected = 'A';
  for (auto it = std::sregex_iterator(markdown.begin(), markdown.end(), heading); it != std::sregex_iterator(); ++it)
    EXPECT_EQ((*it)[1].str(), std::string(1, expected++));
  EXPECT_GT(expected, 'F');
}

}  // namespace
}  // namespace tiltak
