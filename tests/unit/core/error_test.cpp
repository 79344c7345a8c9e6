// tiltak::Error and Problem: what a user reads when input is wrong.
#include "tiltak/core/error.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace tiltak {
namespace {

Problem problem(std::string source, std::string pointer, std::string value, std::string message) {
  Problem p;
  p.source = std::move(source);
  p.pointer = std::move(pointer);
  p.value = std::move(value);
  p.message = std::move(message);
  return p;
}

TEST(Error, DescribeJoinsSourcePointerMessageAndValue) {
  EXPECT_EQ(problem("portfolio.json", "/initiatives/7/titel", "\"Min side\"", "unknown field; did you mean \"title\"?")
                .describe(),
            "portfolio.json: /initiatives/7/titel: unknown field; did you mean \"title\"? (value: \"Min side\")");
  EXPECT_EQ(problem("portfolio.json", "/initiatives/3/title", "", "expected a string, got 42").describe(),
            "portfolio.json: /initiatives/3/title: expected a string, got 42");
}

TEST(Error, DescribeLeavesOutWhatIsUnknown) {
  EXPECT_EQ(problem("", "", "", "something is wrong").describe(), "something is wrong");
  EXPECT_EQ(problem("", "/name", "", "required").describe(), "/name: required");
  EXPECT_EQ(problem("<memory>", "", "x", "bad").describe(), "<memory>: bad (value: x)");
}

TEST(Error, DescribeGivesLineAndColumn) {
  Problem p = problem("import.csv", "", "abc", "not a year");
  p.line = 4;
  p.column = 2;
  EXPECT_EQ(p.describe(), "import.csv: line 4, column 2: not a year (value: abc)");
  p.column = 0;
  EXPECT_EQ(p.describe(), "import.csv: line 4: not a year (value: abc)");
  p.source.clear();
  EXPECT_EQ(p.describe(), "line 4: not a year (value: abc)");
}

TEST(Error, CarriesCodeAndMessage) {
  const Error e(ErrorCode::not_found, "no initiative T-099");
  EXPECT_EQ(e.code(), ErrorCode::not_found);
  EXPECT_STREQ(e.what(), "no initiative T-099");
  EXPECT_TRUE(e.problems().empty());
  EXPECT_EQ(e.pointer(), "");
  EXPECT_EQ(e.value(), "");
}

TEST(Error, FromProblemExposesPointerAndValue) {
  const Problem p = problem("portfolio.json", "/initiatives/3/costs/0/amount", "1250000.5",
                            "amounts are strings to keep them exact, e.g. \"1250000.50\"");
  const Error e(ErrorCode::validation_error, p);
  EXPECT_EQ(e.code(), ErrorCode::validation_error);
  EXPECT_EQ(e.pointer(), "/initiatives/3/costs/0/amount");
  EXPECT_EQ(e.value(), "1250000.5");
  EXPECT_EQ(std::string(e.what()), p.describe());
  ASSERT_EQ(e.problems().size(), 1u);
  EXPECT_EQ(e.problems().front(), p);
}

TEST(Error, FromManyProblemsSummarisesFirstAndCountsTheRest) {
  const std::vector<Problem> problems{problem("p.json", "/a", "1", "first"), problem("p.json", "/b", "2", "second"),
                                      problem("p.json", "/c", "3", "third")};
  const Error e(ErrorCode::validation_error, problems);
  EXPECT_EQ(std::string(e.what()), "p.json: /a: first (value: 1) (and 2 more problems)");
  EXPECT_EQ(e.pointer(), "/a");
  EXPECT_EQ(e.value(), "1");
  EXPECT_EQ(e.problems(), problems);
}

TEST(Error, IsARuntimeError) {
  try {
    throw Error(ErrorCode::io_error, "cannot write");
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "cannot write");
  }
}

TEST(Error, CodesMatchTheCApiAndHaveNames) {
  EXPECT_EQ(static_cast<int>(ErrorCode::ok), 0);
  EXPECT_EQ(static_cast<int>(ErrorCode::parse_error), -2);
  EXPECT_EQ(static_cast<int>(ErrorCode::overflow), -7);
  EXPECT_EQ(static_cast<int>(ErrorCode::internal), -99);
  EXPECT_EQ(error_code_name(ErrorCode::currency_mismatch), "currency_mismatch");
  EXPECT_EQ(error_code_name(ErrorCode::validation_error), "validation_error");
  EXPECT_EQ(error_code_name(static_cast<ErrorCode>(-50)), "unknown");
}

}  // namespace
}  // namespace tiltak
