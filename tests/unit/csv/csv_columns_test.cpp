// The header row: English, Norwegian and Danish column names; unknown, duplicate and missing columns.

#include <gtest/gtest.h>

#include "csv_test_support.hpp"
#include "support/test_values.hpp"

namespace tiltak {
namespace {

using csv_test::only_problem;
using csv_test::parse;
using csv_test::problems;

TEST(CsvColumns, Csv_ReadsEnglishColumnNames) {
  const auto initiatives = parse(
      "id,title,description,service_areas,owner,stage,phase,planned_start,planned_end,case_reference,programme,"
      "mandatory,investment_2026,operating_2027\n"
      "T1,Portal,New portal,helse|skole,p1,approved,planning,2026-01-15,2026-12-31,2026/1,Digital,yes,1250000.50,"
      "30000\n");
  ASSERT_EQ(initiatives.size(), 1u);
  const Initiative& t = initiatives[0];
  EXPECT_EQ(t.description, "New portal");
  ASSERT_EQ(t.service_areas.size(), 2u);
  EXPECT_EQ(t.service_areas[0].str(), "helse");
  EXPECT_EQ(t.service_areas[1].str(), "skole");
  EXPECT_EQ(t.owner->str(), "p1");
  EXPECT_EQ(t.stage, Stage::approved);
  EXPECT_EQ(t.phase, "planning");
  EXPECT_EQ(t.planned.start, ymd(2026, 1, 15));
  EXPECT_EQ(t.planned.end, ymd(2026, 12, 31));
  EXPECT_EQ(t.case_reference, "2026/1");
  EXPECT_EQ(t.programme, "Digital");
  EXPECT_TRUE(t.mandatory.has_value());
  ASSERT_EQ(t.costs.size(), 2u);
  EXPECT_EQ(t.costs[0].kind, CostKind::investment);
  EXPECT_EQ(t.costs[0].basis, CostBasis::plan);
  EXPECT_EQ(t.costs[0].amount, Money(125000050, Currency::NOK));
  EXPECT_EQ(t.costs[1].kind, CostKind::operating);
  EXPECT_EQ(t.costs[1].year, 2027);
  EXPECT_EQ(t.costs[1].amount, Money(3000000, Currency::NOK));
}

TEST(CsvColumns, Csv_ReadsNorwegianColumnNamesCaseInsensitively) {
  const auto initiatives = parse(
      "NR;TITTEL;beskrivelse;Tjenesteområde;Eier;Status;Fase;Startdato;Sluttdato;Saksnummer;Program;Lovpålagt;"
      "Investering 2026;Drift 2027\n"
      "T1;Portal;Ny portal;helse;p1;Pågår;gjennomføring;15.01.2026;31.12.2026;2026/1;Digital;Ja;1 250,50;300\n");
  ASSERT_EQ(initiatives.size(), 1u);
  const Initiative& t = initiatives[0];
  EXPECT_EQ(t.id.str(), "T1");
  EXPECT_EQ(t.title, "Portal");
  EXPECT_EQ(t.stage, Stage::in_progress);
  EXPECT_EQ(t.phase, "gjennomføring");
  EXPECT_EQ(t.planned.start, ymd(2026, 1, 15));
  EXPECT_TRUE(t.mandatory.has_value());
  ASSERT_EQ(t.costs.size(), 2u);
  EXPECT_EQ(t.costs[0].amount, Money(125050, Currency::NOK));
  EXPECT_EQ(t.costs[1].amount, Money(30000, Currency::NOK));
}

TEST(CsvColumns, Csv_ReadsDanishExcelExport) {
  CsvImportOptions options;
  options.currency = Currency::DKK;
  const auto initiatives = parse(
      "\xEF\xBB\xBF"
      "Nr;Titel;Beskrivelse;Fagområde;Ejer;Status;Startdato;Slutdato;Sagsnummer;Program;Lovpligtig;Investering 2026;"
      "Driftsudgifter 2027\r\n"
      "D-1;Digital Post-integration;Fra papir til Digital Post;borgerservice;p-mette;Igangværende;01-02-2026;"
      "31-12-2026;26/01234;;Ja;1.250.000,50;75.000,00\r\n"
      "D-2;MitID i selvbetjening;;borgerservice|it;;Afsluttet;;;;;Nej;kr. 12.500,00;\r\n",
      options);
  ASSERT_EQ(initiatives.size(), 2u);
  const Initiative& d1 = initiatives[0];
  EXPECT_EQ(d1.title, "Digital Post-integration");
  EXPECT_EQ(d1.service_areas[0].str(), "borgerservice");
  EXPECT_EQ(d1.owner->str(), "p-mette");
  EXPECT_EQ(d1.stage, Stage::in_progress);
  EXPECT_EQ(d1.planned.start, ymd(2026, 2, 1));
  EXPECT_EQ(d1.case_reference, "26/01234");
  ASSERT_EQ(d1.costs.size(), 2u);
  EXPECT_EQ(d1.costs[0].amount, Money(125000050, Currency::DKK));
  EXPECT_EQ(d1.costs[1].kind, CostKind::operating);
  EXPECT_EQ(d1.costs[1].amount, Money(7500000, Currency::DKK));
  const Initiative& d2 = initiatives[1];
  EXPECT_EQ(d2.stage, Stage::closed);
  EXPECT_FALSE(d2.mandatory.has_value());
  ASSERT_EQ(d2.costs.size(), 1u);
  EXPECT_EQ(d2.costs[0].amount, Money(1250000, Currency::DKK));
}

TEST(CsvColumns, Csv_AcceptsSpacesUnderscoresAndHyphensInColumnNames) {
  const auto initiatives = parse(
      "id;Title;Planned Start;planned-end;Case reference;Investment 2026;operating-2027\n"
      "T1;x;2026-01-01;2026-06-30;2026/1;1;2\n");
  ASSERT_EQ(initiatives.size(), 1u);
  EXPECT_EQ(initiatives[0].planned.start, ymd(2026, 1, 1));
  EXPECT_EQ(initiatives[0].planned.end, ymd(2026, 6, 30));
  EXPECT_EQ(initiatives[0].case_reference, "2026/1");
  ASSERT_EQ(initiatives[0].costs.size(), 2u);
  EXPECT_EQ(initiatives[0].costs[0].amount, Money(100, Currency::NOK));
  EXPECT_EQ(initiatives[0].costs[1].kind, CostKind::operating);
}

TEST(CsvColumns, Csv_SynonymsOfOneFieldAreDuplicates) {
  // "Planlagt_slutt_" and "planned-end" are the same field.
  const Problem problem = only_problem(
      "id;Title;Planned Start;planned-end;Case reference;Investment 2026;operating-2027;Planlagt_slutt_\n"
      "T1;x;2026-01-01;;2026/1;1;2;2026-06-30\n");
  EXPECT_EQ(problem.line, 1u);
  EXPECT_EQ(problem.column, 8u);
  EXPECT_EQ(problem.value, "Planlagt_slutt_");
  EXPECT_NE(problem.message.find("duplicate column: column 4 (\"planned-end\")"), std::string::npos) << problem.message;
}

TEST(CsvColumns, Csv_SameCostYearInTwoLanguagesIsADuplicateColumn) {
  const Problem problem = only_problem("id;title;investment_2026;Investering 2026\nT1;x;1;2\n");
  EXPECT_EQ(problem.column, 4u);
  EXPECT_NE(problem.message.find("\"investment 2026\""), std::string::npos) << problem.message;
}

TEST(CsvColumns, Csv_ReportsUnknownColumnWithSuggestion) {
  const auto found = problems("id;Tittle;Investring 2027;Drift 2026;Budsjettansvarlig\nT1;x;1;2;3\n");
  ASSERT_EQ(found.size(), 4u);
  // "Tittle" is not a title column, so the required title column is missing: reported once,
  // at the header, with column 0 (and so first).
  EXPECT_EQ(found[0].column, 0u);
  EXPECT_NE(found[0].message.find("missing the required column \"title\""), std::string::npos);
  EXPECT_EQ(found[1].line, 1u);
  EXPECT_EQ(found[1].column, 2u);
  EXPECT_EQ(found[1].value, "Tittle");
  EXPECT_EQ(found[1].message, "unknown column; did you mean \"title\"?");
  EXPECT_EQ(found[2].column, 3u);
  EXPECT_EQ(found[2].message, "unknown column; did you mean \"investering 2027\"?");
  EXPECT_EQ(found[3].column, 5u);
  EXPECT_NE(found[3].message.find("the columns are id, title"), std::string::npos) << found[3].message;
}

TEST(CsvColumns, Csv_ReportsMissingRequiredColumnsOnceAtTheHeader) {
  const auto found = problems("beskrivelse;status\nx;idé\ny;idé\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].line, 1u);
  EXPECT_EQ(found[0].column, 0u);
  EXPECT_NE(found[0].message.find("missing the required column \"id\""), std::string::npos) << found[0].message;
  EXPECT_NE(found[0].message.find("\"tiltaksnummer\""), std::string::npos);
  EXPECT_NE(found[1].message.find("missing the required column \"title\""), std::string::npos);
}

TEST(CsvColumns, Csv_RejectsImplausibleCostYear) {
  const Problem problem = only_problem("id;title;drift 1066\nT1;x;1\n");
  EXPECT_EQ(problem.column, 3u);
  EXPECT_NE(problem.message.find("budget year"), std::string::npos);
}

TEST(CsvColumns, Csv_IgnoresEmptyColumnsWithoutHeading) {
  const auto initiatives = parse("id;;title;\nT1;;x;\nT2;  ;y\n");
  ASSERT_EQ(initiatives.size(), 2u);
  EXPECT_EQ(initiatives[1].title, "y");
}

TEST(CsvColumns, Csv_ReportsValueInColumnWithoutHeading) {
  const Problem problem = only_problem("id;;title\nT1;oops;x\n");
  EXPECT_EQ(problem.line, 2u);
  EXPECT_EQ(problem.column, 2u);
  EXPECT_EQ(problem.value, "oops");
}

TEST(CsvColumns, Csv_ReportsCellsBeyondTheHeader) {
  // With ',' as separator an unquoted "1,5" becomes two cells.
  const Problem problem = only_problem("id,title,investment_2026\nT1,x,1,5\n");
  EXPECT_EQ(problem.line, 2u);
  EXPECT_EQ(problem.column, 4u);
  EXPECT_EQ(problem.value, "5");
  EXPECT_NE(problem.message.find("must be quoted"), std::string::npos);
}

TEST(CsvColumns, Csv_StageDefaultsToIdeaWithoutStageColumnOrValue) {
  const auto without_column = parse("id;title\nT1;x\n");
  EXPECT_EQ(without_column[0].stage, Stage::idea);
  const auto empty_cell = parse("id;title;stage\nT1;x;\n");
  EXPECT_EQ(empty_cell[0].stage, Stage::idea);
}

}  // namespace
}  // namespace tiltak
