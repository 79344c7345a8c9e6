#pragma once
// A valid small portfolio document (tests/data/minimal.json) to break one field at a time.

#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "tiltak/core/error.hpp"
#include "tiltak/io/portfolio_json.hpp"

namespace tiltak::testing {

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline nlohmann::ordered_json minimal_document() {
  return nlohmann::ordered_json::parse(read_text(std::string(TILTAK_TEST_DATA_DIR) + "/minimal.json"));
}

// The problems that loading `document` reports; fails the test if it loads.
inline std::vector<Problem> load_problems(const nlohmann::ordered_json& document) {
  try {
    parse_portfolio(document.dump(), "test.json");
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    return error.problems();
  }
  ADD_FAILURE() << "the document loaded without problems";
  return {};
}

// The only problem reported for a document broken in one place.
inline Problem single_problem(const nlohmann::ordered_json& document) {
  auto problems = load_problems(document);
  if (problems.size() != 1) {
    std::string all;
    for (const auto& problem : problems) all += "\n  " + problem.describe();
    ADD_FAILURE() << "expected one problem, got " << problems.size() << ":" << all;
  }
  return problems.empty() ? Problem{} : problems.front();
}

}  // namespace tiltak::testing
