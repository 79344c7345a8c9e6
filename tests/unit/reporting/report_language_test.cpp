// The report in its reader's language: every nb and da form of the Fjordvik report, with the
// changes since an earlier report of a changed copy and the compliance findings, holds no
// English enumeration name (stages, status colours, severities, roles, kinds of change, status
// dimensions ...), no field id, no rulebook id and no ISO date in the text people read.
// And one default-language rule on every surface: the currency's when none is asked for.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <algorithm>
#include <regex>
#include <set>

#include "tiltak/governance/rulebook.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/reporting/report_formats.hpp"
#include "support/test_values.hpp"

namespace tiltak {
namespace {

Initiative& initiative(Portfolio& portfolio, std::string_view id) {
  for (auto& candidate : portfolio.initiatives)
    if (candidate.id.str() == id) return candidate;
  throw std::logic_error("no initiative " + std::string(id));
}

// The previous report: of a copy that differs in every watched way (a stage, a finished
// initiative, statuses, a planned date, an amount, one initiative more and one less).
std::string previous_report_json() {
  Portfolio before = fjordvik();
  initiative(before, "T-027").stage = Stage::anchored;
  initiative(before, "T-031").stage = Stage::in_progress;
  initiative(before, "T-001").planned.end = Date(2027, 3, 31);
  for (auto& line : initiative(before, "T-001").costs)
    if (line.year == 2026 && line.kind == CostKind::investment && line.basis == CostBasis::plan)
      line.amount = Money::parse("1200000.00", before.currency);
  for (auto& status : initiative(before, "T-006").status) status.rag = Rag::green;
  std::erase_if(before.initiatives, [](const Initiative& i) { return i.id.str() == "T-035"; });
  Initiative dropped = initiative(before, "T-033");
  dropped.id = InitiativeId("T-036");
  before.initiatives.push_back(std::move(dropped));
  ReportOptions options;
  options.as_of = Date(2026, 10, 1);
  return report_to_json(build_report(before, options));
}

PortfolioReport report_since(Language language) {
  ReportOptions options;
  options.as_of = Date(2026, 11, 23);
  options.language = language;
  PortfolioReport report = build_report(fjordvik(), options);
  compare_reports(report, previous_report_json());
  return report;
}

template <class... E>
void add_names(std::set<std::string>& names) {
  ((std::ranges::for_each(enum_names<E>(), [&](const auto& entry) { names.emplace(entry.name); })), ...);
}

// What a reader of nb or da must not meet: the enumerators of the enums that reach reports,
// the change fields, the built-in rulebooks' ids. `plan` (CostBasis) is not among them, and
// `status` (ChangeKind) is taken out: words in nb and da too ("Rød status").
const std::set<std::string>& english_names() {
  static const std::set<std::string> names = [] {
    std::set<std::string> all;
    add_names<Stage, Rag, StatusDimension, Role, Severity, ChangeKind, PrerequisiteProblem, RealisationFlag, CostKind,
              ScopeKind, IndicatorDirection, DecisionBody>(all);
    for (const char* field : {"overall", "planned_start", "planned_finish", "forecast_finish", "total_plan",
                              "total_actual", "total_forecast"})
      all.emplace(field);
    for (const auto& id : builtin_rulebook_ids()) all.emplace(id);
    all.erase("status");
    return all;
  }();
  return names;
}

// Every English name (a whole word: not part of an id such as "risk-assessment") and every
// ISO date in `text`, each with its surroundings.
std::vector<std::string> untranslated(const std::string& text) {
  std::vector<std::string> found;
  static const std::regex token(R"([A-Za-z0-9_.-]+)");
  static const std::regex iso_date(R"(\b\d{4}-\d{2}-\d{2}\b)");
  const auto context = [&](std::size_t at) { return "…" + text.substr(at < 40 ? 0 : at - 40, 100) + "…"; };
  for (auto it = std::sregex_iterator(text.begin(), text.end(), token); it != std::sregex_iterator(); ++it) {
    // "status.schedule.rag" is an id made of names; "T-001" or "cloud-clearance" are ids of the data.
    std::string word = it->str();
    while (!word.empty() && (word.back() == '.' || word.back() == '-')) word.pop_back();
    std::vector<std::string> parts{word};
    if (word.find('.') != std::string::npos) {
      parts.clear();
      for (std::size_t start = 0; start <= word.size();) {
        const auto dot = std::min(word.find('.', start), word.size());
        parts.push_back(word.substr(start, dot - start));
        start = dot + 1;
      }
    }
    for (const auto& part : parts)
      if (english_names().count(part)) found.push_back(part + " in " + context(static_cast<std::size_t>(it->position())));
  }
  for (auto it = std::sregex_iterator(text.begin(), text.end(), iso_date); it != std::sregex_iterator(); ++it)
    found.push_back("ISO date " + it->str() + " in " + context(static_cast<std::size_t>(it->position())));
  return found;
}

// The text of an HTML document as a reader sees it: no style sheet, no tags (classes such as
// "rag-red" and attributes are for the browser).
std::string visible_text(const std::string& html) {
  static const std::regex style(R"(<style[\s\S]*?</style>)");
  static const std::regex tag(R"(<[^>]*>)");
  return std::regex_replace(std::regex_replace(html, style, " "), tag, " ");
}

// The JSON report's text for people; everything else in it is machine form by design.
std::string json_text_for_people(const std::string& json) {
  const auto document = nlohmann::json::parse(json);
  std::string text = document["compliance"]["rulebook_title"].get<std::string>() + "\n";
  for (const auto& finding : document["compliance"]["findings"]) text += finding["message"].get<std::string>() + "\n";
  for (const auto& omission : document["omitted"]) text += omission["note"].get<std::string>() + "\n";
  return text;
}

void expect_in_language(const std::string& form, const std::string& text) {
  const auto found = untranslated(text);
  EXPECT_TRUE(found.empty()) << form << ": " << found.size() << " untranslated, the first: " << found.front();
}

class ReportLanguage : public ::testing::TestWithParam<Language> {};

TEST_P(ReportLanguage, EveryFormHasNoEnglishNameNorIsoDate) {
  const PortfolioReport report = report_since(GetParam());
  const std::string language(language_code(GetParam()));
  // What the scan must see: changes of every kind and findings of both severities.
  std::set<ChangeKind> kinds;
  for (const auto& change : report.changes) kinds.insert(change.kind);
  ASSERT_EQ(kinds.size(), 7u);
  ASSERT_GT(report.compliance.count(Severity::error), 0);
  ASSERT_GT(report.compliance.count(Severity::warning), 0);

  expect_in_language(language + " HTML", visible_text(report_to_html(report)));
  expect_in_language(language + " Markdown", report_to_markdown(report));
  for (const auto& [name, text] : report_to_csv(report)) expect_in_language(language + " " + name, text);
  expect_in_language(language + " JSON", json_text_for_people(report_to_json(report)));
}

INSTANTIATE_TEST_SUITE_P(NbAndDa, ReportLanguage, ::testing::Values(Language::nb, Language::da),
                         [](const auto& param_info) { return std::string(language_code(param_info.param)); });

TEST(ReportLanguage, ScanFindsEnumNamesFieldIdsAndIsoDates) {
  // "schedule" of the field id, "dates", "red", the date.
  EXPECT_EQ(untranslated("| T-001 | dates | status.schedule.rag | red | 2026-05-12 |").size(), 4u);
  EXPECT_TRUE(untranslated("| risk-assessment | Advarsel | T-001 Plan: 12.05.2026 |").empty());
}

TEST(ReportLanguage, ChangesReadInTheLanguage) {
  const std::string markdown = report_to_markdown(report_since(Language::nb));
  EXPECT_NE(markdown.find("| T-001 | Min side – felles innbyggerportal | Beløp | Plan | 4 160 000 kr | 4 360 000 kr |"),
            std::string::npos);
  EXPECT_NE(markdown.find("| Status | Fremdrift | Grønn | Rød |"), std::string::npos);
  EXPECT_NE(markdown.find("| Datoer | Planlagt slutt | 31.03.2027 | 30.06.2027 |"), std::string::npos);
}

TEST(ReportLanguage, DefaultIsTheCurrencysOnEverySurface) {
  const Portfolio danish = load_portfolio(std::string(TILTAK_TEST_DATA_DIR) + "/fixed-start-conflict.json");
  ASSERT_EQ(danish.currency, Currency::DKK);
  ReportOptions options;
  options.as_of = Date(2026, 11, 23);
  EXPECT_EQ(build_report(danish, options).language, Language::da);
  EXPECT_EQ(build_report(fjordvik(), options).language, Language::nb);
  // The C API's path: options from JSON without a language.
  const ReportRequest request = report_request_from_json(R"({"as_of": "2026-11-23"})");
  EXPECT_FALSE(request.options.language.has_value());
  EXPECT_EQ(build_report(danish, request.options).language, Language::da);
  options.language = Language::en;
  EXPECT_EQ(build_report(danish, options).language, Language::en);
}

}  // namespace
}  // namespace tiltak
