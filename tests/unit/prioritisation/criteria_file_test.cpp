#include <gtest/gtest.h>

#include "tiltak/core/error.hpp"
#include "tiltak/prioritisation/criteria.hpp"

namespace tiltak {
namespace {

std::vector<std::string> pointers_of(const std::string& json) {
  try {
    criteria_from_json(json, "criteria.json");
  } catch (const Error& error) {
    std::vector<std::string> pointers;
    for (const auto& p : error.problems()) pointers.push_back(p.pointer);
    return pointers;
  }
  return {};
}

TEST(CriteriaFile, DirectWeights_AreRead) {
  const Criteria criteria = criteria_from_json(R"({
    "parameter_set": "no-2021",
    "criteria": [
      {"id": "goals", "kind": "goal_contribution", "weight": 3},
      {"id": "cost", "kind": "total_cost", "weight": 1, "normalisation": "rank"},
      {"id": "maturity", "kind": "feasibility", "weight": 1, "service_area_values": {"health": 3}, "default": 2},
      {"id": "size", "kind": "total_cost", "weight": 1, "direction": "maximise", "normalisation": "target",
       "target": 500000, "tolerance": 100000}]})");
  ASSERT_EQ(criteria.criteria.size(), 4u);
  EXPECT_EQ(criteria.parameter_set, "no-2021");
  EXPECT_EQ(criteria.criteria[1].direction, CriterionDirection::minimise);  // costs default to minimise
  EXPECT_EQ(criteria.criteria[1].normalisation, Normalisation::rank);
  EXPECT_EQ(criteria.criteria[2].service_area_values.at("health"), 3.0);
  EXPECT_EQ(criteria.criteria[2].fallback, 2.0);
  EXPECT_EQ(criteria.criteria[3].direction, CriterionDirection::maximise);
  EXPECT_EQ(criteria.criteria[3].target, 500000.0);
  EXPECT_FALSE(criteria.ahp.has_value());
}

TEST(CriteriaFile, AhpMatrix_GivesTheWeights) {
  const Criteria criteria = criteria_from_json(R"({
    "criteria": [{"id": "a", "kind": "goal_contribution"}, {"id": "b", "kind": "npv"}, {"id": "c", "kind": "risk"}],
    "ahp": {"matrix": [[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]]}})");
  ASSERT_TRUE(criteria.ahp.has_value());
  EXPECT_NEAR(criteria.criteria[0].weight, 4.0 / 7, 1e-12);
  EXPECT_NEAR(criteria.criteria[2].weight, 1.0 / 7, 1e-12);
}

// Saaty's house example (ahp_test.cpp) has CR 0.169: refused unless allowed.
constexpr const char* inconsistent = R"({
  "criteria": [{"id": "a", "kind": "risk"}, {"id": "b", "kind": "risk"}, {"id": "c", "kind": "risk"}],
  "ahp": {"matrix": [[1, 9, 1], [0.1111111111111111, 1, 9], [1, 0.1111111111111111, 1]] ALLOW}})";

TEST(CriteriaFile, InconsistentAhp_IsAnErrorUnlessAllowed) {
  std::string text = inconsistent;
  const auto at = text.find(" ALLOW");
  try {
    criteria_from_json(std::string(text).replace(at, 6, ""));
    FAIL();
  } catch (const Error& error) {
    ASSERT_EQ(error.problems().size(), 1u);
    EXPECT_EQ(error.problems()[0].pointer, "/ahp/matrix");
    EXPECT_NE(error.problems()[0].message.find("consistency ratio"), std::string::npos);
  }
  const Criteria allowed = criteria_from_json(text.replace(at, 6, ", \"allow_inconsistent\": true"));
  EXPECT_GT(allowed.ahp->consistency_ratio, 0.1);
}

TEST(CriteriaFile, EveryProblem_IsListedWithItsPointer) {
  EXPECT_EQ(pointers_of(R"({"criteria": [{"id": "a", "kind": "popularity", "weight": 1},
                                         {"id": "b", "kind": "risk", "wieght": 1},
                                         {"id": "c", "kind": "risk", "weight": "high", "normalisation": "zscore"}]})"),
            (std::vector<std::string>{"/criteria/0/kind", "/criteria/1/wieght", "/criteria/2/normalisation",
                                      "/criteria/2/weight", "/criteria/1/weight"}));
  EXPECT_EQ(pointers_of(R"({"criteria": [{"id": "a", "kind": "risk", "weight": 1}],
                           "ahp": {"matrix": [[1]]}})"),
            (std::vector<std::string>{"/criteria/0/weight"}));
  EXPECT_EQ(pointers_of(R"({"criteria": [{"id": "a", "kind": "risk"}, {"id": "b", "kind": "risk"}],
                           "ahp": {"matrix": [[1, 2], [2, 1]]}})"),
            (std::vector<std::string>{"/ahp/matrix/1/0"}));
  EXPECT_EQ(pointers_of(R"({"criteria": [{"id": "a", "kind": "risk", "weight": 1, "default": 3}]})"),
            (std::vector<std::string>{"/criteria/0/default"}));
}

TEST(CriteriaFile, MalformedJson_IsAParseErrorWithLine) {
  try {
    criteria_from_json("{\n  \"criteria\": [\n}", "c.json");
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::parse_error);
    EXPECT_EQ(error.problems().at(0).line, 3u);
  }
}

}  // namespace
}  // namespace tiltak
