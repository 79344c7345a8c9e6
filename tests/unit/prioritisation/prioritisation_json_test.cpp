#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/prioritisation_fixture.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/prioritisation/prioritisation_json.hpp"

namespace tiltak {
namespace {

using namespace testing;

TEST(SelectionOptionsJson, EveryFieldIsRead) {
  const SelectionOptions o = selection_options_from_json(R"({
    "objective": "npv", "parameter_set": "no-2021", "first_year": 2026, "last_year": 2028,
    "budgets": [{"year": 2026, "investment": "1000000.50"}, {"year": 2027, "operating": "200000"}],
    "use_capacity": false, "force_mandatory": false, "forced_in": ["A"], "forced_out": ["B"],
    "exclusive": [["C", "D"]], "shares": [{"area": "health", "min_percent": 10, "max_percent": "40.5"}],
    "method": "greedy", "time_limit_seconds": 5,
    "criteria": {"criteria": [{"id": "g", "kind": "goal_contribution", "weight": 1}]}})",
                                                         Currency::NOK);
  EXPECT_EQ(o.objective, SelectionObjective::npv);
  EXPECT_EQ(o.first_year, 2026);
  ASSERT_TRUE(o.budgets.has_value());
  EXPECT_EQ(o.budgets->at(0).investment, Money(100000050, Currency::NOK));
  EXPECT_FALSE(o.budgets->at(0).operating.has_value());
  EXPECT_FALSE(o.use_capacity);
  EXPECT_EQ(o.exclusive.at(0).at(1).str(), "D");
  EXPECT_EQ(o.shares.at(0).min_basis_points, 1000);
  EXPECT_EQ(o.shares.at(0).max_basis_points, 4050);
  EXPECT_EQ(o.method, SelectionMethod::greedy);
  EXPECT_EQ(o.criteria.criteria.at(0).id, "g");
  EXPECT_FALSE(selection_options_from_json(R"({"budgets": "frames"})", Currency::NOK).budgets.has_value());
}

TEST(SelectionOptionsJson, Problems_HaveTheirPointers) {
  try {
    selection_options_from_json(R"({"objective": "profit", "budgets": [{"investment": "x"}], "forced_in": "A",
                                    "criteria": {"criteria": [{"id": "g", "kind": "goals", "weight": 1}]}})",
                                Currency::NOK);
    FAIL();
  } catch (const Error& error) {
    std::vector<std::string> pointers;
    for (const auto& p : error.problems()) pointers.push_back(p.pointer);
    EXPECT_EQ(pointers, (std::vector<std::string>{"/objective", "/forced_in", "/budgets/0/year",
                                                  "/budgets/0/investment", "/criteria/criteria/0/kind"}));
  }
}

TEST(SelectionJson, FieldsAndAmounts) {
  Portfolio p;
  p.initiatives = {initiative("A", {money_line(2026, CostKind::investment, 100)})};
  p.strategy.budget_frames = {{2026, Money(50000, Currency::NOK), Money(0, Currency::NOK)}};
  SelectionOptions o;
  o.criteria.criteria.resize(1);
  o.criteria.criteria[0].id = "goals";
  o.criteria.criteria[0].weight = 1;
  const auto json = nlohmann::json::parse(selection_to_json(select_portfolio(p, o)));
  EXPECT_EQ(json["status"], "optimal");
  EXPECT_EQ(json["selected"], nlohmann::json::array({"A"}));
  EXPECT_EQ(json["decisions"][0]["reason"], "chosen");
  EXPECT_EQ(json["years"][0]["investment"], "100.00");
  EXPECT_EQ(json["years"][0]["investment_budget"], "500.00");
  EXPECT_EQ(json["gap"], 0.0);
  const auto ranking = nlohmann::json::parse(ranking_to_json(rank_initiatives(p, o.criteria)));
  EXPECT_EQ(ranking["initiatives"][0]["rank"], 1);
  EXPECT_EQ(ranking["criteria"][0]["kind"], "goal_contribution");
  EXPECT_TRUE(ranking["ahp"].is_null());
}

}  // namespace
}  // namespace tiltak
