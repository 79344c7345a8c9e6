// Hidden names (ReportOptions::hide_personal_names): no registered person's name or id reaches
// any form of the report, however the name is written, while the roles and units do.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "reporting/name_masking.hpp"
#include "support/report_example.hpp"
#include "tiltak/reporting/labels.hpp"
#include "tiltak/reporting/report_formats.hpp"

namespace tiltak {
namespace {

using Json = nlohmann::json;
using testing::day;

// Lower case (ASCII and the Latin-1 capitals the names use) with every white space run made one
// space: how the test looks for a name, independently of how the library does.
std::string normalised(std::string_view text) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    if (c == 0xC3 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(text[i + 1]) <= 0x9E) {
      out += static_cast<char>(c);
      out += static_cast<char>(text[++i] + 0x20);
    } else {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 0x20 : c);
    }
  }
  return out;
}

struct Person {
  const char* id;
  const char* name;
  Role role;
  const char* unit;
  // The name as free text writes it: in capitals, spread over a line break, with two spaces.
  std::vector<std::string> spellings;
};

const std::vector<Person>& people() {
  static const std::vector<Person> list{
      {"p-lise-kvamsdal", "Lise Kvamsdal", Role::owner, "U-HJ",
       {"LISE KVAMSDAL", "Lise\nKvamsdal", "lise  kvamsdal", "P-LISE-KVAMSDAL"}},
      {"p-ingvild-aasheim", "Ingvild Åsheim", Role::benefit_owner, "U-SK",
       {"INGVILD ÅSHEIM", "Ingvild \n Åsheim", "ingvild\tåsheim", "p-ingvild-aasheim"}},
      {"p-jon-rishaug", "Jon Vetle Rishaug", Role::project_manager, "U-SK",
       {"JON VETLE RISHAUG", "Jon  Vetle\nRishaug", "p-jon-rishaug"}},
  };
  return list;
}

// Every free-text field of the model names people, each spelling in turn.
Portfolio portfolio_naming_people() {
  Portfolio portfolio = testing::report_example();
  auto& organisation = portfolio.organisation;
  organisation.units = {{UnitId("U-HJ"), "Hjemmetjenesten", ServiceAreaId("HO"), {}},
                        {UnitId("U-SK"), "Skolekontoret", ServiceAreaId("SK"), {}}};
  organisation.people.clear();
  for (const auto& person : people())
    organisation.people.push_back({PersonId(person.id), person.name, person.role, UnitId(person.unit)});

  std::size_t next = 0;
  auto names = [&](const std::string& before) {
    const Person& person = people()[next % people().size()];
    const std::string& spelling = person.spellings[(next / people().size()) % person.spellings.size()];
    ++next;
    return before + " " + spelling + " og " + person.name;
  };
  portfolio.strategy.goals[0].title = names("Mål for");
  portfolio.strategy.capacity[0].role = names("developer");
  for (auto& initiative : portfolio.initiatives) {
    initiative.title = names(initiative.title);
    initiative.description = names("Beskrivelse");
    initiative.programme = names("Program");
    initiative.phase = names("fase");
    initiative.case_reference = names("2026/1");
    initiative.owner = PersonId(people()[0].id);
    initiative.status.push_back({StatusDimension::scope, Rag::red, names("Omfang avklares med"), day("2026-11-20")});
    initiative.status.push_back({StatusDimension::risk, Rag::yellow, names("Risiko hos"), day("2026-11-21")});
    for (auto& cost : initiative.costs) cost.role = names(cost.role), cost.description = names("linje");
    initiative.risks.push_back(
        {RiskId("R-" + initiative.id.str()), names("Sykdom hos"), 5, 5, PersonId(people()[2].id), names("Avlastes av"), {}, {}});
    initiative.mandatory = Mandate{MandatoryReason::other, names("Pålagt av")};
  }
  portfolio.find_initiative(InitiativeId("A"))->stage = Stage::in_progress;
  portfolio.find_initiative(InitiativeId("B"))->stage = Stage::paused;  // A prerequisite at risk: its title shows

  Benefit benefit;
  benefit.id = BenefitId("G-1");
  benefit.title = names("Spart tid for");
  benefit.owner = PersonId(people()[1].id);
  benefit.indicator = {names("timer hos"), names("timer"), IndicatorDirection::increase};
  benefit.baseline = IndicatorValue{0, day("2026-01-01"), names("målt av"), std::nullopt};
  benefit.target = IndicatorValue{100, day("2027-12-31"), names("mål satt av"), std::nullopt};
  benefit.profile = {{2026, 50}, {2027, 100}};
  benefit.value_per_unit = kroner(500);
  benefit.measurements = {{20, day("2026-06-01"), names("målt av"), std::nullopt}};
  benefit.contributors = {{InitiativeId("A"), 10000}};
  benefit.goals = {GoalId("G1")};
  portfolio.benefits.push_back(benefit);

  Decision decision;
  decision.initiative = InitiativeId("A");
  decision.from = Stage::approved;
  decision.to = Stage::in_progress;
  decision.decided_by = names("Leder");
  decision.conditions = names("Vilkår fra");
  decision.reason = names("Begrunnet av");
  decision.date = day("2026-02-01");
  portfolio.decisions.push_back(decision);
  return portfolio;
}

// A previous report, with names shown, of an initiative since removed: its title reaches the
// changes table from there.
std::string previous_report_naming_people(const Portfolio& portfolio) {
  Portfolio before = portfolio;
  Initiative removed;
  removed.id = InitiativeId("GONE");
  removed.title = "Fjernet tiltak for LISE  KVAMSDAL";
  before.initiatives.push_back(removed);
  ReportOptions options = testing::report_example_options();
  options.as_of = day("2026-10-01");
  return report_to_json(build_report(before, options));
}

void expect_no_person(const std::string& surface, std::string_view text) {
  const std::string seen = normalised(text);
  for (const auto& person : people()) {
    EXPECT_EQ(seen.find(normalised(person.name)), std::string::npos) << person.name << " in " << surface;
    EXPECT_EQ(seen.find(person.id), std::string::npos) << person.id << " in " << surface;
  }
}

// JSON escapes line breaks, so its strings are looked at one by one.
void expect_no_person_in_json(const Json& json, const std::string& where) {
  if (json.is_string()) return expect_no_person("JSON " + where, json.get<std::string>());
  if (json.is_object())
    for (const auto& [key, value] : json.items()) expect_no_person_in_json(value, where + "/" + key);
  if (json.is_array())
    for (std::size_t i = 0; i < json.size(); ++i) expect_no_person_in_json(json[i], where + "/" + std::to_string(i));
}

std::string label(Role role, const char* unit, Language language) {
  return std::string(role_label(role, language)) + " (" + unit + ")";
}

class HiddenNames : public ::testing::TestWithParam<Language> {};

TEST_P(HiddenNames, NoNameOrPersonIdReachesAnyFormWhileRolesAndUnitsDo) {
  const Language language = GetParam();
  const Portfolio portfolio = portfolio_naming_people();
  ReportOptions options = testing::report_example_options();
  options.language = language;
  options.hide_personal_names = true;
  PortfolioReport report = build_report(portfolio, options);
  compare_reports(report, previous_report_naming_people(portfolio));
  ASSERT_FALSE(report.changes.empty());
  ASSERT_FALSE(report.compliance.findings.empty());

  const std::string owner = label(Role::owner, "Hjemmetjenesten", language);
  const std::string benefit_owner = label(Role::benefit_owner, "Skolekontoret", language);
  const std::string manager = label(Role::project_manager, "Skolekontoret", language);

  const std::string html = report_to_html(report);
  expect_no_person("HTML", html);
  EXPECT_NE(html.find(owner), std::string::npos);
  EXPECT_NE(html.find(manager), std::string::npos);

  const std::string markdown = report_to_markdown(report);
  expect_no_person("Markdown", markdown);
  EXPECT_NE(markdown.find(owner), std::string::npos);

  const Json json = Json::parse(report_to_json(report));
  expect_no_person_in_json(json, "");
  EXPECT_EQ(json["initiatives"][0]["owner"], owner);
  EXPECT_EQ(json["benefit_realisation"]["benefits"][0]["owner"], benefit_owner);
  EXPECT_EQ(json["initiatives"][0]["top_risks"][0]["owner"], manager);

  const auto tables = report_to_csv(report);
  ASSERT_FALSE(tables.empty());
  for (const auto& [file, text] : tables) expect_no_person(file, text);
  for (const auto& [file, text] : tables)
    if (file == "initiatives.csv") {
      EXPECT_NE(text.find(owner), std::string::npos);
    }

  // Shown, the same report names them: the fixture does put names everywhere.
  options.hide_personal_names = false;
  const std::string named = normalised(report_to_html(build_report(portfolio, options)));
  for (const auto& person : people()) EXPECT_NE(named.find(normalised(person.name)), std::string::npos) << person.name;
}

INSTANTIATE_TEST_SUITE_P(EveryLanguage, HiddenNames, ::testing::Values(Language::nb, Language::da, Language::en),
                         [](const ::testing::TestParamInfo<Language>& param) { return std::string(language_code(param.param)); });

TEST(NameMask, LabelsAPersonByRoleAndUnitTheSameEveryTime) {
  const Portfolio portfolio = portfolio_naming_people();
  const detail::NameMask mask(portfolio.organisation, Language::nb);
  EXPECT_EQ(mask.person(PersonId("p-lise-kvamsdal")), "Eier (Hjemmetjenesten)");
  EXPECT_EQ(mask.text("Ring LISE\n  KVAMSDAL eller p-lise-kvamsdal"), "Ring Eier (Hjemmetjenesten) eller Eier (Hjemmetjenesten)");
  // A name inside a longer word is another person's.
  EXPECT_EQ(mask.text("Annelise Kvamsdal og Jon Vetle Rishaug"), "Annelise Kvamsdal og Prosjektleder (Skolekontoret)");
  // An id the organisation does not register is not shown either.
  EXPECT_EQ(mask.person(PersonId("p-ola-nordmann")), "Uregistrert person");
}

// Regression (names in every free-text field of Fjordvik, tests/python/test_privacy_every_field.py):
// a unit's name holding a person's id came back inside the label of everyone in that unit.
TEST(NameMask, ANameInAUnitsNameDoesNotComeBackInTheLabels) {
  Portfolio portfolio = portfolio_naming_people();
  portfolio.organisation.units[0].name = "Hjemmetjenesten (P-JON-RISHAUG)";
  const detail::NameMask mask(portfolio.organisation, Language::nb);
  EXPECT_EQ(mask.person(PersonId("p-lise-kvamsdal")), "Eier (Hjemmetjenesten (Prosjektleder))");
  EXPECT_EQ(mask.text("Spør Lise Kvamsdal"), "Spør Eier (Hjemmetjenesten (Prosjektleder))");
}

}  // namespace
}  // namespace tiltak
