// A JSON number beyond double's range, found by the portfolio fuzz harness (fuzz/regressions/
// portfolio/number-overflow.json): before, the JSON library's out_of_range escaped the loader as
// an exception that is not tiltak::Error, with no file, line or column.

#include <gtest/gtest.h>

#include "tiltak/core/error.hpp"
#include "tiltak/io/portfolio_json.hpp"

namespace tiltak {
namespace {

TEST(NumberOverflow, IsAParseErrorAtTheNumbersLineAndColumn) {
  try {
    parse_portfolio("{\n  \"schema_version\": 1,\n  \"name\": 1e400\n}", "big.json");
    FAIL() << "a document with 1e400 loaded";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::parse_error);
    ASSERT_EQ(error.problems().size(), 1u);
    EXPECT_EQ(error.problems()[0].source, "big.json");
    EXPECT_EQ(error.problems()[0].line, 3u);
    EXPECT_EQ(error.problems()[0].column, 11u);  // the '1' of 1e400
    EXPECT_EQ(error.problems()[0].message, "not valid JSON: the number 1e400 is out of range");
  }
}

TEST(NumberOverflow, NegativeOverflowToo) {
  try {
    parse_portfolio("[-1.5e999]", "big.json");
    FAIL() << "-1.5e999 parsed";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::parse_error);
    ASSERT_EQ(error.problems().size(), 1u);
    EXPECT_EQ(error.problems()[0].column, 2u);
    EXPECT_EQ(error.problems()[0].message, "not valid JSON: the number -1.5e999 is out of range");
  }
}

}  // namespace
}  // namespace tiltak
