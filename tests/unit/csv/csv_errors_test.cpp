// Problem reports: every bad cell at once, each with its line and column; nothing half-returned.

#include <gtest/gtest.h>

#include <string>

#include "csv_test_support.hpp"

namespace tiltak {
namespace {

using csv_test::only_problem;
using csv_test::parse;
using csv_test::problems;

TEST(CsvErrors, Csv_ReportsEveryBadCellWithRowAndColumn) {
  const std::string text =
      "Tiltaksnummer;Tittel;Status;Startdato;Investering 2026;Lovpålagt\r\n"  // line 1
      "T1;Første;Godkjent;01.03.2026;1 250 000,50;Ja\r\n"                     // line 2: fine
      "T2;;Pågår;31.02.2026;12,5;Nei\r\n"                                     // line 3: title, date
      ";Tredje;Ukjent;2026-01-01;abc;kanskje\r\n"                             // line 4: id, stage, amount, yes/no
      "T1;Fjerde;;;;\r\n";                                                     // line 5: duplicate id
  const auto found = problems(text);
  ASSERT_EQ(found.size(), 7u);
  struct Expected {
    std::size_t line, column;
    std::string value, message_start;
  };
  const Expected expected[] = {
      {3, 2, "", "missing title"},
      {3, 4, "31.02.2026", "no such date"},
      {4, 1, "", "missing id"},
      {4, 3, "Ukjent", "unknown stage"},
      {4, 5, "abc", "not an amount"},
      {4, 6, "kanskje", "expected ja/nei"},
      {5, 1, "T1", "duplicate id; first used on line 2"},
  };
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    SCOPED_TRACE(found[i].describe());
    EXPECT_EQ(found[i].source, "test.csv");
    EXPECT_EQ(found[i].pointer, "");
    EXPECT_EQ(found[i].line, expected[i].line);
    EXPECT_EQ(found[i].column, expected[i].column);
    EXPECT_EQ(found[i].value, expected[i].value);
    EXPECT_EQ(found[i].message.rfind(expected[i].message_start, 0), 0u);
  }
}

TEST(CsvErrors, Csv_ReportsDuplicateIdAtTheLaterRow) {
  const Problem problem = only_problem("id;title\nT1;a\nT2;b\nT1;c\n");
  EXPECT_EQ(problem.line, 4u);
  EXPECT_EQ(problem.column, 1u);
  EXPECT_EQ(problem.value, "T1");
  EXPECT_EQ(problem.message, "duplicate id; first used on line 2");
  EXPECT_NE(problem.describe().find("line 4, column 1: duplicate id; first used on line 2"), std::string::npos);
}

TEST(CsvErrors, Csv_IdsAreCaseSensitiveAndTrimmed) {
  EXPECT_EQ(parse("id;title\nt1;a\nT1;b\n").size(), 2u);
  EXPECT_EQ(only_problem("id;title\nT1;a\n T1 ;b\n").line, 3u);
}

TEST(CsvErrors, Csv_ReportsMissingIdAndTitleInShortRows) {
  const auto found = problems("title;x1;id\nTittel\n");
  ASSERT_GE(found.size(), 1u);
  // "x1" is an unknown column (line 1); the short row lacks its id in column 3.
  EXPECT_EQ(found.back().line, 2u);
  EXPECT_EQ(found.back().column, 3u);
  EXPECT_EQ(found.back().message, "missing id");
}

TEST(CsvErrors, Csv_ShortensLongValues) {
  const std::string long_word(500, 'x');
  const Problem problem = only_problem("id;title;status\nT1;a;" + long_word + "\n");
  EXPECT_LT(problem.value.size(), 100u);
  EXPECT_EQ(problem.value.substr(0, 10), "xxxxxxxxxx");
}

TEST(CsvErrors, Csv_ErrorSummaryNamesFirstProblemAndCount) {
  try {
    parse("id;title\n;a\n;b\n");
    FAIL() << "missing ids accepted";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    const std::string what = error.what();
    EXPECT_NE(what.find("line 2, column 1: missing id"), std::string::npos) << what;
    EXPECT_EQ(error.problems().size(), 2u);
  }
}

TEST(CsvErrors, Csv_ReportsQuotingErrorsAlongWithBadCells) {
  const auto found = problems("id;title;status\nT1;\"a\"b;nonsense\n", {}, ErrorCode::parse_error);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].column, 2u);
  EXPECT_NE(found[0].message.find("after the closing quote"), std::string::npos);
  EXPECT_EQ(found[1].column, 3u);
}

}  // namespace
}  // namespace tiltak
