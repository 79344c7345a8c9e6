// The text layer of the CSV import: encodings, separators, quoting, line endings, blank rows.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "csv_test_support.hpp"
#include "support/test_values.hpp"

namespace tiltak {
namespace {

using csv_test::only_problem;
using csv_test::parse;
using csv_test::problems;

TEST(CsvFormat, Csv_ReadsNorwegianExcelExportWithBomSemicolonsCrlfAndDecimalComma) {
  const auto initiatives = load_initiatives_csv(TILTAK_TEST_DATA_DIR "/csv/initiativer-nb.csv");
  ASSERT_EQ(initiatives.size(), 4u);

  const Initiative& t101 = initiatives[0];
  EXPECT_EQ(t101.id.str(), "T-101");
  EXPECT_EQ(t101.title, "Digital søknad om sykehjemsplass");
  EXPECT_EQ(t101.description, "Søknad via Min side; koblet til fagsystemet.\nErstatter papirskjema.");
  ASSERT_EQ(t101.service_areas.size(), 1u);
  EXPECT_EQ(t101.service_areas[0].str(), "helse-omsorg");
  ASSERT_TRUE(t101.owner.has_value());
  EXPECT_EQ(t101.owner->str(), "p-tone");
  EXPECT_EQ(t101.stage, Stage::approved);
  EXPECT_EQ(t101.planned.start, ymd(2026, 3, 1));
  EXPECT_EQ(t101.planned.end, ymd(2026, 12, 31));
  EXPECT_EQ(t101.case_reference, "2025/4711");
  EXPECT_EQ(t101.programme, "Velferdsteknologi");
  EXPECT_FALSE(t101.mandatory.has_value());
  ASSERT_EQ(t101.costs.size(), 4u);
  CostLine expected_first;
  expected_first.year = 2026;
  expected_first.kind = CostKind::investment;
  expected_first.basis = CostBasis::plan;
  expected_first.amount = Money(125000050, Currency::NOK);
  EXPECT_EQ(t101.costs[0], expected_first);
  EXPECT_EQ(t101.costs[1].amount, Money(30000000, Currency::NOK));
  EXPECT_EQ(t101.costs[1].year, 2027);
  EXPECT_EQ(t101.costs[2].kind, CostKind::operating);
  EXPECT_EQ(t101.costs[2].year, 2027);
  EXPECT_EQ(t101.costs[2].amount, Money(4500000, Currency::NOK));
  EXPECT_EQ(t101.costs[3].year, 2028);

  const Initiative& t102 = initiatives[1];
  EXPECT_EQ(t102.description, "Felles plattform for \"alle\" skoler og barnehager");
  ASSERT_EQ(t102.service_areas.size(), 2u);
  EXPECT_EQ(t102.service_areas[1].str(), "barnehage");
  EXPECT_EQ(t102.stage, Stage::in_progress);
  ASSERT_TRUE(t102.mandatory.has_value());
  EXPECT_EQ(t102.mandatory->reason, MandatoryReason::law);
  ASSERT_EQ(t102.costs.size(), 3u);  // the empty 2027 investment cell is no cost line
  EXPECT_EQ(t102.costs[0].amount, Money(240000000, Currency::NOK));

  const Initiative& t103 = initiatives[2];
  EXPECT_EQ(t103.stage, Stage::idea);
  EXPECT_FALSE(t103.owner.has_value());
  EXPECT_FALSE(t103.planned.start.has_value());
  EXPECT_TRUE(t103.costs.empty());

  const Initiative& t104 = initiatives[3];
  EXPECT_EQ(t104.stage, Stage::in_council);
  ASSERT_EQ(t104.costs.size(), 2u);
  EXPECT_EQ(t104.costs[0].amount, Money(87550, Currency::NOK));
  EXPECT_EQ(t104.costs[1].amount, Money(1225, Currency::NOK));
}

TEST(CsvFormat, Csv_ReadsTheSameWithAndWithoutBom) {
  const std::string body = "id;title\nT1;Første\n";
  const auto plain = parse(body);
  const auto with_bom = parse("\xEF\xBB\xBF" + body);
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(plain, with_bom);
  EXPECT_EQ(with_bom[0].id.str(), "T1");  // not "\xEF\xBB\xBFT1"
}

TEST(CsvFormat, Csv_DetectsSemicolonOrCommaFromTheHeader) {
  const auto semicolons = parse("id;title;description\nT1;A, B and C;x\n");
  ASSERT_EQ(semicolons.size(), 1u);
  EXPECT_EQ(semicolons[0].title, "A, B and C");

  const auto commas = parse("id,title,description\nT1,A; B,x\n");
  ASSERT_EQ(commas.size(), 1u);
  EXPECT_EQ(commas[0].title, "A; B");
  EXPECT_EQ(commas[0].description, "x");
}

TEST(CsvFormat, Csv_SeparatorOptionOverridesDetection) {
  CsvImportOptions options;
  options.separator = ';';
  // Detection would pick ',' (two against none); the option says ';'.
  const auto initiatives = parse("id;title\nT1;Kart, plan og bygg\n", options);
  ASSERT_EQ(initiatives.size(), 1u);
  EXPECT_EQ(initiatives[0].title, "Kart, plan og bygg");
  // An explicit option also wins over an Excel "sep=" line.
  options.separator = ',';
  const auto with_sep_line = parse("sep=;\nid,title\nT1,x\n", options);
  ASSERT_EQ(with_sep_line.size(), 1u);
  EXPECT_EQ(with_sep_line[0].title, "x");
}

TEST(CsvFormat, Csv_RejectsSeparatorOptionOtherThanSemicolonOrComma) {
  CsvImportOptions options;
  options.separator = '\t';
  try {
    parse("id\ttitle\nT1\tx\n", options);
    FAIL() << "accepted a tab separator";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::invalid_argument);
  }
}

TEST(CsvFormat, Csv_HonoursExcelSepLine) {
  const auto initiatives = parse("sep=,\r\nid,title\r\nT1,Tittel; med; semikolon\r\n");
  ASSERT_EQ(initiatives.size(), 1u);
  EXPECT_EQ(initiatives[0].title, "Tittel; med; semikolon");
  // The "sep=" line names the separator even where detection would choose the other one.
  const auto found = problems("sep=;\nid,title\n");
  ASSERT_EQ(found.size(), 3u);  // one unknown column "id,title"; so id and title are missing
  EXPECT_EQ(found[2].column, 1u);
  EXPECT_EQ(found[2].value, "id,title");
  // The "sep=" line is line 1, so the header is line 2 and the first data row line 3.
  const Problem missing_id = only_problem("sep=;\nid;title\n;x\n");
  EXPECT_EQ(missing_id.line, 3u);
  EXPECT_EQ(missing_id.column, 1u);
}

TEST(CsvFormat, Csv_UnquotesCellsAndKeepsLineBreaksAsLf) {
  const auto initiatives = parse(
      "id;title;description\r\n"
      "T1;\"Søknad; digital\";\"Han sa \"\"ja\"\".\r\nNy linje\nog en til\"\r\n"
      "\"T2\";\"Med \"\"sitat\"\"\";\"\"\"\"\r\n");
  ASSERT_EQ(initiatives.size(), 2u);
  EXPECT_EQ(initiatives[0].title, "Søknad; digital");
  EXPECT_EQ(initiatives[0].description, "Han sa \"ja\".\nNy linje\nog en til");
  EXPECT_EQ(initiatives[1].id.str(), "T2");
  EXPECT_EQ(initiatives[1].title, "Med \"sitat\"");
  EXPECT_EQ(initiatives[1].description, "\"");
}

TEST(CsvFormat, Csv_AcceptsCrlfLfAndLoneCrLineEndings) {
  const auto crlf = parse("id;title\r\nT1;a\r\nT2;b\r\n");
  const auto lf = parse("id;title\nT1;a\nT2;b\n");
  const auto cr = parse("id;title\rT1;a\rT2;b\r");
  const auto no_final_newline = parse("id;title\nT1;a\nT2;b");
  ASSERT_EQ(crlf.size(), 2u);
  EXPECT_EQ(crlf, lf);
  EXPECT_EQ(crlf, cr);
  EXPECT_EQ(crlf, no_final_newline);
  EXPECT_EQ(crlf[1].title, "b");  // no stray '\r'
}

TEST(CsvFormat, Csv_IgnoresTrailingEmptyLinesAndEmptyExcelRows) {
  const auto initiatives = parse("id;title\r\nT1;a\r\n;\r\n\r\nT2;b\r\n;;\r\n\r\n\r\n");
  ASSERT_EQ(initiatives.size(), 2u);
  EXPECT_EQ(initiatives[1].id.str(), "T2");
}

TEST(CsvFormat, Csv_ShortRowsLeaveTheMissingCellsEmpty) {
  const auto initiatives = parse("id;title;description;stage\nT1;a\n");
  ASSERT_EQ(initiatives.size(), 1u);
  EXPECT_EQ(initiatives[0].description, "");
  EXPECT_EQ(initiatives[0].stage, Stage::idea);
}

TEST(CsvFormat, Csv_TrimsBlanksAroundCells) {
  const auto initiatives = parse("  id ; title \nT1 ;\xC2\xA0 Tittel\t\n");
  ASSERT_EQ(initiatives.size(), 1u);
  EXPECT_EQ(initiatives[0].id.str(), "T1");
  EXPECT_EQ(initiatives[0].title, "Tittel");
}

TEST(CsvFormat, Csv_HeaderOnlyGivesNoInitiatives) {
  EXPECT_TRUE(parse("id;title\r\n").empty());
  EXPECT_TRUE(parse("\xEF\xBB\xBFid;title").empty());
}

TEST(CsvFormat, Csv_EmptyFileIsAnError) {
  for (std::string_view text : {"", "\xEF\xBB\xBF", "\r\n\r\n", ";;;\n"}) {
    const Problem problem = only_problem(text);
    EXPECT_NE(problem.message.find("empty"), std::string::npos) << problem.message;
    EXPECT_EQ(problem.source, "test.csv");
  }
}

TEST(CsvFormat, Csv_RejectsWindows1252WithLineColumnAndSaveAsCsvUtf8Advice) {
  // "Søknad" with ø as the single Windows-1252 byte 0xF8.
  const std::string text = "id;title\r\nT1;ok\r\nT2;S\xF8knad\r\n";
  const Problem problem = only_problem(text, {}, ErrorCode::parse_error);
  EXPECT_EQ(problem.line, 3u);
  EXPECT_EQ(problem.column, 2u);
  EXPECT_EQ(problem.value, "Søknad");  // shown as the author wrote it
  EXPECT_NE(problem.message.find("not UTF-8"), std::string::npos) << problem.message;
  EXPECT_NE(problem.message.find("Windows-1252"), std::string::npos);
  EXPECT_NE(problem.message.find("CSV UTF-8"), std::string::npos);
  EXPECT_NE(problem.message.find("0xF8"), std::string::npos);
}

TEST(CsvFormat, Csv_RejectsWindows1252InTheHeader) {
  const std::string text = "id;tittel;tjenesteomr\xE5" "de\nT1;a;b\n";
  const Problem problem = only_problem(text, {}, ErrorCode::parse_error);
  EXPECT_EQ(problem.line, 1u);
  EXPECT_EQ(problem.column, 3u);
  EXPECT_EQ(problem.value, "tjenesteområde");
}

TEST(CsvFormat, Csv_RejectsOverlongAndTruncatedUtf8) {
  EXPECT_EQ(only_problem("id;title\nT1;\xC0\xAF\n", {}, ErrorCode::parse_error).column, 2u);  // overlong '/'
  EXPECT_EQ(only_problem("id;title\nT1;ab\xE2\x82\n", {}, ErrorCode::parse_error).line, 2u);   // cut short
  EXPECT_EQ(only_problem("id;title\nT1;\xED\xA0\x80\n", {}, ErrorCode::parse_error).line, 2u);  // surrogate
}

TEST(CsvFormat, Csv_RejectsUtf16WithSaveAsCsvUtf8Advice) {
  const std::string text("\xFF\xFEi\0d\0", 6);
  const Problem problem = only_problem(text, {}, ErrorCode::parse_error);
  EXPECT_NE(problem.message.find("UTF-16"), std::string::npos);
  EXPECT_NE(problem.message.find("CSV UTF-8"), std::string::npos);
}

TEST(CsvFormat, Csv_ReportsUnclosedQuoteWhereItsRowBegins) {
  const Problem problem = only_problem("id;title\nT1;\"never closed\nT2;b\n", {}, ErrorCode::parse_error);
  EXPECT_EQ(problem.line, 2u);
  EXPECT_EQ(problem.column, 2u);
  EXPECT_NE(problem.message.find("never closed"), std::string::npos);
}

TEST(CsvFormat, Csv_ReportsTextAfterClosingQuote) {
  const Problem problem = only_problem("id;title\nT1;\"Tittel\"x;\n", {}, ErrorCode::parse_error);
  EXPECT_EQ(problem.line, 2u);
  EXPECT_EQ(problem.column, 2u);
  EXPECT_EQ(problem.value, "\"Tittel\"x");
}

TEST(CsvFormat, Csv_LinesCountPhysicalLinesSoRowsAfterMultiLineCellsAreFound) {
  // The row of T2 begins on line 4 of the file (T1's description takes lines 2 and 3).
  const auto found = problems("id;title;description\nT1;a;\"one\ntwo\"\nT2;;x\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].line, 4u);
  EXPECT_EQ(found[0].column, 2u);
  EXPECT_EQ(found[0].message, "missing title");
}

TEST(CsvFormat, Csv_CellsAfterAMultiLineCellReportTheRowsStartingLine) {
  const auto found = problems("id;title;description;stage\nT1;a;\"one\ntwo\";nonsense\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].line, 2u);
  EXPECT_EQ(found[0].column, 4u);
}

TEST(CsvFormat, Csv_LoadReportsUnreadableFileAsIoError) {
  try {
    load_initiatives_csv("/nonexistent/tiltak/initiativer.csv");
    FAIL() << "loaded a file that does not exist";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::io_error);
    ASSERT_EQ(error.problems().size(), 1u);
    EXPECT_EQ(error.problems()[0].source, "/nonexistent/tiltak/initiativer.csv");
  }
}

TEST(CsvFormat, Csv_LoadUsesThePathAsSource) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("tiltak-csv-source-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + ".csv");
  {
    std::ofstream out(path, std::ios::binary);
    out << "id;title\r\nT1;\r\n";
  }
  try {
    load_initiatives_csv(path);
    ADD_FAILURE() << "a missing title was accepted";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    ASSERT_EQ(error.problems().size(), 1u);
    EXPECT_EQ(error.problems()[0].source, path.string());
    EXPECT_EQ(error.problems()[0].line, 2u);
  }
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace tiltak
