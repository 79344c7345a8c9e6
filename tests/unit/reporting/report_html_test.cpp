// The HTML report: the report of examples/fjordvik.json as of 23.11.2026 as a council member
// reads it (key figures per locale, every initiative, status with words), and what a
// self-contained, published file must hold to: escaped text, no fetches, no hidden names,
// well-formed inline SVG.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <regex>
#include <set>

#include "reporting/svg_markup.hpp"
#include "reporting/svg_risk_matrix.hpp"
#include "support/portfolio_builder.hpp"
#include "tiltak/graph/benefit_network.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/reporting/labels.hpp"
#include "tiltak/reporting/report_formats.hpp"
#include "support/test_values.hpp"

namespace tiltak {
namespace {

using detail::escape_markup;

ReportOptions options(Language language, bool hide_names = false) {
  ReportOptions options;
  options.as_of = Date(2026, 11, 23);
  options.language = language;
  options.hide_personal_names = hide_names;
  return options;
}

PortfolioReport html_report(Language language, bool hide_names = false) {
  return build_report(fjordvik(), options(language, hide_names));
}

// The HTML text between `<tr` that holds `id` in its first cell and the row's end.
std::string row_of(const std::string& html, const std::string& id) {
  const auto start = html.find("<tr><td><span class=\"nowrap\">" + id + "</span>");
  if (start == std::string::npos) return {};
  return html.substr(start, html.find("</tr>", start) - start);
}

std::vector<std::string> headings(const std::string& html) {
  std::vector<std::string> found;
  const std::regex heading("<h2>([^<]*)</h2>");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), heading); it != std::sregex_iterator(); ++it)
    found.push_back((*it)[1]);
  return found;
}

// Each <svg>…</svg> of the page.
std::vector<std::string> svgs(const std::string& html) {
  std::vector<std::string> found;
  for (auto start = html.find("<svg"); start != std::string::npos; start = html.find("<svg", start + 1))
    found.push_back(html.substr(start, html.find("</svg>", start) + 6 - start));
  return found;
}

// Tags nest and close, attribute values are quoted, and '&' only starts one of our entities.
::testing::AssertionResult well_formed_xml(const std::string& xml) {
  std::vector<std::string> open;
  std::size_t i = 0;
  while (i < xml.size()) {
    if (xml[i] == '&') {
      const auto end = xml.find(';', i);
      const std::string entity = xml.substr(i, end == std::string::npos ? 8 : end - i + 1);
      if (entity != "&amp;" && entity != "&lt;" && entity != "&gt;" && entity != "&quot;" && entity != "&#39;")
        return ::testing::AssertionFailure() << "bare & at " << i << ": " << entity;
      i = end + 1;
      continue;
    }
    if (xml[i] != '<') {
      if (xml[i] == '>') return ::testing::AssertionFailure() << "bare > at " << i;
      ++i;
      continue;
    }
    const auto end = xml.find('>', i);
    if (end == std::string::npos) return ::testing::AssertionFailure() << "unclosed tag at " << i;
    std::string tag = xml.substr(i + 1, end - i - 1);
    if (std::count(tag.begin(), tag.end(), '"') % 2 != 0 || contains(tag, "<"))
      return ::testing::AssertionFailure() << "broken tag: <" << tag << ">";
    if (tag.front() == '/') {
      const std::string name = tag.substr(1);
      if (open.empty() || open.back() != name)
        return ::testing::AssertionFailure() << "</" << name << "> closes " << (open.empty() ? "nothing" : open.back());
      open.pop_back();
    } else if (tag.back() != '/') {
      open.push_back(tag.substr(0, tag.find_first_of(" \n")));
    }
    i = end + 1;
  }
  if (!open.empty()) return ::testing::AssertionFailure() << "<" << open.back() << "> is never closed";
  return ::testing::AssertionSuccess();
}

// The headline plan: the committed initiatives' (approved, in progress, completed, closed).
Money committed_plan(const PortfolioReport& report) {
  Money sum = Money::zero(report.currency);
  for (const auto& initiative : report.initiatives)
    if (is_approved(initiative.stage)) sum += initiative.total_plan;
  return sum;
}

TEST(ReportHtml, KeyFiguresAppearFormattedInEachLanguage) {
  for (const Language language : {Language::nb, Language::da, Language::en}) {
    SCOPED_TRACE(std::string(language_code(language)));
    const PortfolioReport report = html_report(language);
    const std::string html = report_to_html(report);
    const auto key_figures =
        html.substr(html.find("id=\"summary\""), html.find("class=\"appendices\"") - html.find("id=\"summary\""));
    EXPECT_TRUE(
        contains(key_figures, "<dd>" + format_integer(static_cast<long long>(report.initiatives.size()), language)));
    EXPECT_TRUE(contains(key_figures, "<dd>" + format_money(committed_plan(report), language, true) + "<span"));
    ASSERT_TRUE(report.economy.has_value());
    EXPECT_TRUE(contains(key_figures, "<dd>" + format_money(report.economy->npv, language, true)));
    EXPECT_TRUE(contains(html, format_date(report.options.as_of, language)));
  }
}

TEST(ReportHtml, HandCheckedAmountsOfMinSide) {
  // T-001's plan lines: 900 000 + 1 400 000 + 600 000 (investment) + 180 000 + 4 × 320 000
  // (operating) = 4 360 000; its internal hours carry no amount. Forecast, per kind: 2025 what
  // was booked, 760 000; 2026 the investment forecast 1 550 000 and the operating plan 180 000;
  // 2027 the plan 920 000; 2028–2030 the plan 3 × 320 000: 4 370 000 in all.
  const std::string nb = row_of(report_to_html(html_report(Language::nb)), "T-001");
  EXPECT_TRUE(contains(nb, "Min side – felles innbyggerportal"));
  EXPECT_TRUE(contains(nb,
                       "<td class=\"num\">4 360 000 kr</td><td class=\"num\">760 000 kr</td>"
                       "<td class=\"num\">4 370 000 kr</td>"));
  EXPECT_TRUE(contains(nb, "30.06.2027"));  // planned finish
  const std::string en = row_of(report_to_html(html_report(Language::en)), "T-001");
  EXPECT_TRUE(contains(en, "NOK 4,360,000"));
  EXPECT_TRUE(contains(en, "2027-06-30"));
  // The 2026 investment frame, as the document gives it (7500000.00).
  EXPECT_TRUE(contains(report_to_html(html_report(Language::nb)), "7 500 000 kr"));
}

TEST(ReportHtml, EveryInitiativeHasARowAndADetail) {
  const std::string html = report_to_html(html_report(Language::nb));
  ASSERT_EQ(fjordvik().initiatives.size(), 35u);
  for (const auto& initiative : fjordvik().initiatives) {
    SCOPED_TRACE(initiative.id.str());
    EXPECT_FALSE(row_of(html, initiative.id.str()).empty());
    EXPECT_TRUE(contains(html, "<article class=\"initiative\" id=\"i-" + initiative.id.str() + "\">"));
    EXPECT_TRUE(contains(html, escape_markup(initiative.title)));
  }
}

TEST(ReportHtml, StatusShowsItsWordBesideItsColour) {
  const PortfolioReport report = html_report(Language::nb);
  const std::string html = report_to_html(report);
  for (const Rag rag : {Rag::green, Rag::yellow, Rag::red}) {
    const std::regex pill("<span class=\"rag rag-" + std::string(enum_name(rag)) + "[^\"]*\"[^>]*>([^<]*)</span>");
    std::size_t pills = 0;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), pill); it != std::sregex_iterator(); ++it, ++pills)
      EXPECT_EQ((*it)[1].str(), rag_label(rag, Language::nb));
    EXPECT_GT(pills, 0u) << enum_name(rag);
  }
  // A stale status report is flagged in words on the initiative's row.
  std::size_t stale = 0;
  for (const auto& initiative : report.initiatives)
    if (initiative.stale_status) {
      ++stale;
      EXPECT_TRUE(contains(row_of(html, initiative.id.str()), "<span class=\"badge\">Utdatert</span>"))
          << initiative.id.str();
    }
  EXPECT_GT(stale, 0u);
}

TEST(ReportHtml, HeadingsAreInTheReportsLanguage) {
  const auto nb = report_to_html(html_report(Language::nb));
  const auto da = report_to_html(html_report(Language::da));
  const auto en = report_to_html(html_report(Language::en));
  EXPECT_TRUE(contains(nb, "<html lang=\"nb\">"));
  EXPECT_TRUE(contains(da, "<html lang=\"da\">"));
  EXPECT_TRUE(contains(en, "<html lang=\"en\">"));
  const auto h_nb = headings(nb), h_da = headings(da), h_en = headings(en);
  ASSERT_EQ(h_nb.size(), h_da.size());
  ASSERT_EQ(h_nb.size(), h_en.size());
  EXPECT_NE(h_nb, h_da);
  EXPECT_NE(h_nb, h_en);
  EXPECT_NE(h_da, h_en);
  EXPECT_EQ(h_nb.front(), "Sammendrag");
  EXPECT_EQ(h_da.front(), "Resumé");
  EXPECT_EQ(h_en.front(), "Summary");
  EXPECT_TRUE(contains(nb, "Under gjennomføring"));
  EXPECT_TRUE(contains(da, "Under gennemførelse"));
  EXPECT_TRUE(contains(en, "In progress"));
}

TEST(ReportHtml, EveryUserTextIsEscaped) {
  auto builder = testing::PortfolioBuilder().initiative("T-<1>", "2026-01-01", "2026-12-31", Stage::in_progress);
  Initiative& initiative = builder.last("T-<1>");
  initiative.title = "<script>alert(\"x\")</script> & 'quoted'";
  initiative.phase = "<b>fase</b>";
  Risk risk;
  risk.id = RiskId("R-1");
  risk.title = "<img src=x onerror=alert(1)>";
  risk.probability = risk.consequence = 4;
  initiative.risks.push_back(risk);
  initiative.status.push_back({StatusDimension::cost, Rag::red, "\"><script>", Date(2026, 11, 1)});
  Portfolio portfolio = builder.build();
  portfolio.name = "Fjordvik & <Omegn>";
  PortfolioReport report = build_report(portfolio, options(Language::nb));
  report.omitted.push_back({"<section>", "a note with <tags> & \"quotes\""});
  const std::string html = report_to_html(report);

  EXPECT_FALSE(contains(html, "<script"));
  EXPECT_FALSE(contains(html, "<img"));
  EXPECT_FALSE(contains(html, "<b>fase"));
  EXPECT_FALSE(contains(html, "<Omegn>"));
  EXPECT_FALSE(contains(html, "<tags>"));
  EXPECT_TRUE(contains(html, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;"));
  EXPECT_TRUE(contains(html, "<h1>Fjordvik &amp; &lt;Omegn&gt;</h1>"));
  EXPECT_TRUE(contains(html, "id=\"i-T-&lt;1&gt;\""));
  EXPECT_TRUE(contains(html, "title=\"01.11.2026 · &quot;&gt;&lt;script&gt;\""));  // the status comment
  for (const auto& svg : svgs(html)) EXPECT_TRUE(well_formed_xml(svg));
}

TEST(ReportHtml, FetchesNothing) {
  const std::string html = report_to_html(html_report(Language::nb));
  for (const char* fetch : {"src=", "href=\"http", "href='http", "url(", "@import", "<link", "<script", "<iframe",
                            "<object", "<embed", "<img"})
    EXPECT_FALSE(contains(html, fetch)) << fetch;
  // The only links are to the report's own sections.
  const std::regex link("href=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), link); it != std::sregex_iterator(); ++it)
    EXPECT_EQ((*it)[1].str().front(), '#') << (*it)[1];
}

TEST(ReportHtml, HiddenNamesDoNotAppear) {
  const std::string named = report_to_html(html_report(Language::nb));
  const std::string hidden = report_to_html(html_report(Language::nb, true));
  std::size_t shown_when_named = 0;
  for (const auto& person : fjordvik().organisation.people) {
    shown_when_named += contains(named, escape_markup(person.name));
    EXPECT_FALSE(contains(hidden, escape_markup(person.name))) << person.name;
  }
  EXPECT_GT(shown_when_named, 0u);
  EXPECT_TRUE(contains(hidden, "<p class=\"notice\">Personnavn er utelatt; personer vises med rolle og enhet.</p>"));
  EXPECT_FALSE(contains(named, "class=\"notice\""));
  EXPECT_TRUE(contains(hidden, escape_markup(role_label(Role::project_manager, Language::nb))));
}

TEST(ReportHtml, ChartsAreWellFormedInlineSvg) {
  const std::string html = report_to_html(html_report(Language::nb));
  const auto charts = svgs(html);
  // Timeline, budget against frames, risk matrix, cost hump, benefit realisation.
  ASSERT_EQ(charts.size(), 5u);
  for (const auto& svg : charts) {
    EXPECT_TRUE(well_formed_xml(svg));
    EXPECT_TRUE(contains(svg, "xmlns=\"http://www.w3.org/2000/svg\""));
    EXPECT_TRUE(std::regex_search(svg, std::regex("^<svg [^>]*role=\"img\"[^>]*><title>[^<]+</title>")));
  }
  EXPECT_TRUE(well_formed_xml(html.substr(html.find("<main>"), html.find("</main>") + 7 - html.find("<main>"))));
}

TEST(ReportHtml, TimelineHighlightsTheCriticalPathAndLinksDependenciesAtRisk) {
  const PortfolioReport report = html_report(Language::nb);
  const std::string timeline = svgs(report_to_html(report)).front();
  ASSERT_FALSE(report.critical_path.empty());
  std::size_t critical = 0, linked = 0;
  for (const auto& initiative : report.initiatives) {
    critical += initiative.critical;
    linked += initiative.dependencies_at_risk.size();
  }
  const auto count = [&](const std::string& part) {
    std::size_t n = 0;
    for (auto at = timeline.find(part); at != std::string::npos; at = timeline.find(part, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("fill=\"#7b3294\""), critical + 1);  // + the legend's swatch
  EXPECT_GT(linked, 0u);
  EXPECT_GE(count("stroke-dasharray=\"3 2\""), 2u);  // at least one link besides the legend's
  EXPECT_TRUE(contains(timeline, "Per 23.11.2026"));
}

TEST(ReportHtml, RiskMatrixCountsOpenRisksPerCell) {
  const PortfolioReport report = html_report(Language::en);
  const std::string html = report_to_html(report);
  const std::string matrix = svgs(html)[2];
  EXPECT_TRUE(contains(matrix, "<title>Risk matrix</title>"));
  int total = 0;
  for (const auto& row : report.risk_matrix)
    for (const int count : row) total += count;
  ASSERT_GT(total, 0);
  int drawn = 0;
  const std::regex count_text("font-size=\"22\" font-weight=\"700\" fill=\"#1f2933\">([0-9]+)</text>");
  for (auto it = std::sregex_iterator(matrix.begin(), matrix.end(), count_text); it != std::sregex_iterator(); ++it)
    drawn += std::stoi((*it)[1]);
  EXPECT_EQ(drawn, total);
  EXPECT_EQ(detail::risk_band(4), Rag::green);
  EXPECT_EQ(detail::risk_band(5), Rag::yellow);
  EXPECT_EQ(detail::risk_band(9), Rag::yellow);
  EXPECT_EQ(detail::risk_band(10), Rag::red);
}

TEST(ReportHtml, OverFrameYearsAndOverAllocatedRolesAreFlagged) {
  PortfolioReport report = html_report(Language::nb);
  // Fjordvik keeps its frames and capacity as of 23.11.2026, except 2026 on forecast (the
  // investment forecast 7 890 000 against 7 500 000) and 2027 with everything that awaits a
  // decision (plan 5 300 000 + 4 575 000, pipeline 3 505 000 against 11 800 000).
  const auto year = [&](int number) -> FrameYear& {
    return *std::find_if(report.years.begin(), report.years.end(), [&](const auto& y) { return y.year == number; });
  };
  for (const auto& use : report.capacity) EXPECT_FALSE(use.over_allocated);
  ASSERT_TRUE(year(2027).over_frame_with_pipeline);
  std::string html = report_to_html(report);
  EXPECT_TRUE(contains(html, "<tr class=\"warn\"><td>2027</td>"));
  EXPECT_TRUE(contains(
      html, "<dt>År over rammen</dt><dd>1<span class=\"detail\">2026; Over rammen med saker til beslutning: 2027"));
  EXPECT_TRUE(contains(html, "<tr class=\"alert\"><td>2026</td>"));
  EXPECT_TRUE(contains(html, "Over rammen etter prognose"));
  EXPECT_FALSE(contains(html, "<tr class=\"alert\"><td>2028</td>"));

  // The flags as a report over its frames would carry them.
  year(2026).over_frame = year(2028).over_frame = true;
  auto& use = *std::find_if(report.capacity.begin(), report.capacity.end(),
                            [](const auto& u) { return u.year == 2026 && u.role == "integration"; });
  use.over_allocated = true;
  html = report_to_html(report);
  EXPECT_TRUE(contains(html, "<tr class=\"alert\"><td>2026</td>"));
  EXPECT_TRUE(contains(html, "<tr class=\"alert\"><td>2028</td>"));
  EXPECT_TRUE(
      contains(html, "<div class=\"figure alert\"><dt>År over rammen</dt><dd>2<span class=\"detail\">2026, 2028"));
  // The capacity table has roles down and years across (2024–2030): 2026 is the third year.
  const auto capacity = html.substr(html.find("id=\"capacity\""));
  EXPECT_TRUE(contains(capacity,
                       "<tr class=\"alert\"><td>integration</td><td class=\"num\">–</td>"
                       "<td class=\"num\">1 100 <span class=\"muted\">/ –</span></td>"
                       "<td class=\"num\"><strong class=\"late\">3 120 <span class=\"muted\">/ 3 200</span>"
                       "</strong><br><span class=\"badge alert\">Overbooket</span></td>"));
  EXPECT_TRUE(
      contains(html, "<div class=\"figure alert\"><dt>Overbookede roller</dt><dd>1<span class=\"detail\">integration"));
}

TEST(ReportHtml, ChangesSectionOnlyWhenThereAreChanges) {
  PortfolioReport report = html_report(Language::nb);
  ASSERT_TRUE(report.changes.empty());
  EXPECT_FALSE(contains(report_to_html(report), "id=\"changes\""));
  report.previous_as_of = Date(2026, 10, 1);
  report.changes.push_back({InitiativeId("T-002"), "x", ChangeKind::stage, "stage", "in_council", "approved"});
  report.changes.push_back({InitiativeId("T-002"), "x", ChangeKind::amounts, "total_plan", "1000000.00", "1250000.50"});
  report.changes.push_back({InitiativeId("T-002"), "x", ChangeKind::dates, "planned_finish", "2027-06-30", ""});
  const std::string html = report_to_html(report);
  const std::string changes = html.substr(html.find("id=\"changes\""));
  EXPECT_TRUE(contains(changes, ": Endringer siden forrige rapport</h2>"));
  EXPECT_TRUE(contains(html, "<h3>Endringer siden forrige rapport (01.10.2026)</h3>"));
  EXPECT_TRUE(contains(changes, "Til behandling i rådet</td><td class=\"num\">Godkjent"));
  EXPECT_TRUE(contains(changes, "1 000 000 kr</td><td class=\"num\">1 250 001 kr"));
  EXPECT_TRUE(contains(changes, "30.06.2027</td><td class=\"num\">–"));
}

TEST(ReportHtml, OmittedSectionsAreListedWithTheirNotes) {
  PortfolioReport report = html_report(Language::nb);
  report.omitted.push_back({"schedule", "a cycle: T-001 → T-002 → T-001"});
  report.omitted.push_back({"economy", "appraised for the whole initiatives"});
  const std::string html = report_to_html(report);
  const std::string omitted = html.substr(html.find("id=\"omitted\""));
  for (const auto& omission : report.omitted) EXPECT_TRUE(contains(omitted, escape_markup(omission.note)));
}

TEST(ReportHtml, PrintsToA4) {
  const std::string html = report_to_html(html_report(Language::nb));
  EXPECT_TRUE(contains(html, "@page { size: A4 portrait;"));
  EXPECT_TRUE(contains(html, "@media print"));
  EXPECT_TRUE(contains(html, "break-before: page"));
  EXPECT_TRUE(contains(html, "tr, figure"));  // rows and charts are not split across pages
}

TEST(ReportHtml, EveryTableHasACaptionAndColumnHeaders) {
  const std::string html = report_to_html(html_report(Language::nb));
  const auto count = [&](const std::string& part) {
    std::size_t n = 0;
    for (auto at = html.find(part); at != std::string::npos; at = html.find(part, at + 1)) ++n;
    return n;
  };
  EXPECT_GT(count("<table"), 35u);  // the initiatives' budgets alone
  EXPECT_EQ(count("<caption"), count("<table"));
  EXPECT_EQ(count("<thead><tr><th scope=\"col\""), count("<table"));
}

TEST(ReportMarkup, EscapesTheFiveSpecialCharacters) {
  EXPECT_EQ(escape_markup("a<b>&\"c\"'d'"), "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
  EXPECT_EQ(escape_markup("Pårørende – ok"), "Pårørende – ok");
}

TEST(ReportMarkup, ShortensByCharactersNotBytes) {
  EXPECT_EQ(detail::shorten("Pårørendeapp", 12), "Pårørendeapp");
  EXPECT_EQ(detail::shorten("Pårørendeapp", 5), "Pårø…");
  EXPECT_EQ(detail::shorten("abc", 3), "abc");
}

TEST(ReportMarkup, DecimalsFollowTheLanguage) {
  EXPECT_EQ(detail::format_decimal(1234.5, Language::nb), "1 234,5");
  EXPECT_EQ(detail::format_decimal(1234.5, Language::en), "1,234.5");
  EXPECT_EQ(detail::format_decimal(-0.25, Language::da), "-0,25");
  EXPECT_EQ(detail::format_decimal(62000, Language::nb), "62 000");
  EXPECT_EQ(detail::format_decimal(1.005, Language::en), "1");  // 1.005 is 1.00499… in binary
}

TEST(ReportMarkup, MoneyAxisHasNiceStepsInMillions) {
  const auto axis = detail::money_axis(-3'200'000, 11'400'000, 8);
  // 14.6 million over 8 ticks is 1.825 million a tick: the next nice step is 2 million.
  EXPECT_EQ(axis.step, 2'000'000);
  EXPECT_EQ(axis.low, -4'000'000);
  EXPECT_EQ(axis.high, 12'000'000);
  EXPECT_TRUE(axis.millions);
  EXPECT_EQ(axis.tick_text(-4'000'000, Language::nb), "-4");
  EXPECT_EQ(detail::money_unit(axis, Currency::NOK, Language::nb), "mill. kr");
  EXPECT_EQ(detail::money_unit(axis, Currency::DKK, Language::da), "mio. kr");
  EXPECT_EQ(detail::money_unit(axis, Currency::NOK, Language::en), "NOK million");
  const auto small = detail::money_axis(0, 4'500, 6);
  EXPECT_EQ(small.step, 1'000);
  EXPECT_FALSE(small.millions);
  EXPECT_EQ(detail::money_unit(small, Currency::NOK, Language::nb), "kr");
}

TEST(ReportHtml, BenefitRealisationShowsDegreePlanMoneyAndFlagsPerBenefit) {
  const PortfolioReport report = html_report(Language::nb);
  const std::string html = report_to_html(report);
  const auto start = html.find("id=\"benefit-realisation\"");
  ASSERT_NE(start, std::string::npos);
  const std::string part = html.substr(start, html.find("</section>", start) - start);
  EXPECT_TRUE(contains(part, "<dt>Realisert hittil</dt><dd>" + escape_markup(format_money(report.realisation.realised_to_date, Language::nb, true))));
  std::size_t rows = 0;
  for (auto at = part.find("<tr"); at != std::string::npos; at = part.find("<tr", at + 1)) ++rows;
  EXPECT_EQ(rows, report.realisation.benefits.size() + 1);  // and the header row
  ASSERT_GT(report.realisation.behind_plan, 0);
  EXPECT_TRUE(contains(part, "<span class=\"badge alert\">Bak plan</span>"));
  for (const auto& benefit : report.realisation.benefits)
    if (benefit.latest_degree) {
      EXPECT_TRUE(contains(part, format_integer(std::llround(*benefit.latest_degree * 100), Language::nb) + "\u00A0%"))
          << benefit.id.str();
    }
}

}  // namespace
}  // namespace tiltak
