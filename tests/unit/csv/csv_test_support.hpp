#pragma once
// Helpers for the CSV import tests: parse text, or catch the error and hand back its problems.

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tiltak/core/error.hpp"
#include "tiltak/io/csv_import.hpp"

namespace tiltak::csv_test {

inline std::vector<Initiative> parse(std::string_view text, CsvImportOptions options = {}) {
  return parse_initiatives_csv(text, options, "test.csv");
}

// The problems of a CSV that must fail with `code`; an empty list (and a test failure) otherwise.
inline std::vector<Problem> problems(std::string_view text, CsvImportOptions options = {},
                                     ErrorCode code = ErrorCode::validation_error) {
  try {
    parse_initiatives_csv(text, options, "test.csv");
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), code) << error.what();
    return error.problems();
  }
  ADD_FAILURE() << "expected an error, but the CSV was accepted";
  return {};
}

// The one problem of a CSV that must fail; fails the test when there is not exactly one.
inline Problem only_problem(std::string_view text, CsvImportOptions options = {},
                            ErrorCode code = ErrorCode::validation_error) {
  auto found = problems(text, options, code);
  if (found.size() != 1) {
    std::string all;
    for (const auto& problem : found) all += "\n  " + problem.describe();
    ADD_FAILURE() << "expected exactly one problem, got " << found.size() << ":" << all;
  }
  return found.empty() ? Problem{} : found.front();
}

}  // namespace tiltak::csv_test
