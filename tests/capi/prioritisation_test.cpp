// Prioritisation and selection through the C API, on tests/data/minimal.json: T-1 (in
// progress, 1 250 000.50 kr investment and 400 developer hours in 2026, goal g1 scored 4), T-2
// (registered, no costs, starts with T-1); the 2026 frame is 2 000 000 kr investment.

#include <gtest/gtest.h>

#include <cstring>
#include <nlohmann/json.hpp>
#include <string>

#include "keepers.hpp"

namespace {

using json = nlohmann::json;
using namespace tiltak_test;

int select(tiltak_context* context, tiltak_portfolio* portfolio, const std::string& options, CString& out) {
  return tiltak_portfolio_select(context, portfolio, options.data(), options.size(), out.out(), out.out_length());
}

TEST(CApiPrioritisation, DefaultCriteria_RankTheCandidates) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  ASSERT_EQ(tiltak_portfolio_prioritise(context.get(), portfolio.get(), nullptr, 0, text.out(), text.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  const json doc = json::parse(text.str());
  ASSERT_EQ(doc.at("initiatives").size(), 2u);
  EXPECT_EQ(doc.at("initiatives")[0].at("id"), "T-1");  // it serves a goal and T-2 depends on it
  EXPECT_EQ(doc.at("initiatives")[0].at("rank"), 1);
  EXPECT_EQ(doc.at("criteria").size(), 6u);
}

TEST(CApiPrioritisation, InconsistentAhp_IsAValidationErrorWithItsPointer) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string criteria = R"({"criteria": [{"id": "a", "kind": "risk"}, {"id": "b", "kind": "npv"},
    {"id": "c", "kind": "mandatory"}], "ahp": {"matrix": [[1, 9, 0.1111111], [0.1111111, 1, 9], [9, 0.1111111, 1]]}})";
  CString text;
  EXPECT_EQ(tiltak_portfolio_prioritise(context.get(), portfolio.get(), criteria.data(), criteria.size(), text.out(),
                                        text.out_length()),
            TILTAK_E_VALIDATION);
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/ahp/matrix");
  EXPECT_EQ(text.get(), nullptr);
}

TEST(CApiSelection, Defaults_UseTheStrategysFrames) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  ASSERT_EQ(tiltak_portfolio_select(context.get(), portfolio.get(), nullptr, 0, text.out(), text.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  const json doc = json::parse(text.str());
  EXPECT_EQ(doc.at("status"), "optimal");
  EXPECT_EQ(doc.at("first_year"), 2026);
  EXPECT_EQ(doc.at("years")[0].at("investment_budget"), "2000000.00");
  EXPECT_EQ(doc.at("selected")[0], "T-1");
}

TEST(CApiSelection, ASmallerBudget_LeavesT1AndItsDependantOut) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  ASSERT_EQ(select(context.get(), portfolio.get(), R"({"budgets": [{"year": 2026, "investment": "1000000"}]})", text),
            TILTAK_OK);
  const json doc = json::parse(text.str());
  EXPECT_TRUE(doc.at("selected").empty());
  EXPECT_EQ(doc.at("years")[0].at("investment"), "0.00");
}

TEST(CApiSelection, Infeasible_NamesTheBudget) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  EXPECT_EQ(select(context.get(), portfolio.get(),
                   R"({"budgets": [{"year": 2026, "investment": "1000000"}], "forced_in": ["T-2"]})", text),
            TILTAK_E_INFEASIBLE);
  const std::string message = tiltak_context_error_message(context.get());
  EXPECT_NE(message.find("investment budget of 2026"), std::string::npos) << message;
  EXPECT_NE(message.find("T-1"), std::string::npos) << message;
  EXPECT_EQ(select(context.get(), portfolio.get(), R"({"forced_out": ["T-9"]})", text), TILTAK_E_NOT_FOUND);
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/forced_out/0");
}

TEST(CApiSelection, Frontier_AndComparison) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const double budget_factors[] = {0.25, 1.0};
  CString text;
  ASSERT_EQ(tiltak_portfolio_frontier(context.get(), portfolio.get(), nullptr, 0, budget_factors, 2, text.out(),
                                      text.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  const json points = json::parse(text.str()).at("points");
  ASSERT_EQ(points.size(), 2u);
  EXPECT_EQ(points[0].at("investment_budget"), "500000.00");  // T-1 (1 250 000.50) does not fit
  EXPECT_TRUE(points[0].at("selected").empty());
  EXPECT_EQ(points[1].at("selected")[0], "T-1");
  const std::string small = R"({"budgets": [{"year": 2026, "investment": "1000000"}]})";
  ASSERT_EQ(tiltak_portfolio_compare_selections(context.get(), portfolio.get(), small.data(), small.size(), nullptr, 0,
                                                text.out(), text.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  const json comparison = json::parse(text.str());
  EXPECT_EQ(comparison.at("enters")[0], "T-1");
  EXPECT_TRUE(comparison.at("leaves").empty());
  EXPECT_EQ(comparison.at("years")[0].at("investment_b"), "1250000.50");
}

TEST(CApiSelection, Plan_KeepsThePlannedYearsWhenEverythingFits) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  ASSERT_EQ(tiltak_portfolio_plan(context.get(), portfolio.get(), nullptr, 0, text.out(), text.out_length()), TILTAK_OK)
      << tiltak_context_error_message(context.get());
  const json plan = json::parse(text.str());
  ASSERT_FALSE(plan.at("scheduled").empty());
  EXPECT_EQ(plan.at("scheduled")[0].at("id"), "T-1");
  EXPECT_EQ(plan.at("scheduled")[0].at("start_year"), 2026);
  EXPECT_TRUE(plan.at("deferred").empty());
}

}  // namespace

namespace {

int uncertainty(tiltak_context* context, tiltak_portfolio* portfolio, const std::string& options, CString& out) {
  return tiltak_portfolio_weight_uncertainty(context, portfolio, nullptr, 0, options.data(), options.size(), out.out(),
                                             out.out_length());
}

TEST(CApiSensitivity, WeightThresholds_OnePairOfNeighbours) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  ASSERT_EQ(tiltak_portfolio_weight_thresholds(context.get(), portfolio.get(), nullptr, 0, text.out(),
                                               text.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  const json doc = json::parse(text.str());
  ASSERT_EQ(doc.at("pairs").size(), 1u);
  EXPECT_EQ(doc.at("pairs")[0].at("higher"), "T-1");
  EXPECT_EQ(doc.at("pairs")[0].at("thresholds").size(), 6u);
  // Every feasible threshold ties the pair: higher − lower + change × (v_lower − v_higher) = 0
  // is what the library solved; here the renormalised weights must sum to 1.
  for (const auto& t : doc.at("pairs")[0].at("thresholds"))
    if (t.at("feasible").get<bool>()) {
      double sum = 0;
      for (const auto& w : t.at("weights_at_threshold")) sum += w.get<double>();
      EXPECT_NEAR(sum, 1.0, 1e-12);
    }
}

TEST(CApiSensitivity, WeightUncertainty_SameForAnyThreadCount) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString one, two;
  ASSERT_EQ(uncertainty(context.get(), portfolio.get(), R"({"draws": 300, "top_k": 1, "seed": 7, "threads": 1})", one),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  ASSERT_EQ(uncertainty(context.get(), portfolio.get(), R"({"draws": 300, "top_k": 1, "seed": 7, "threads": 2})", two),
            TILTAK_OK);
  json a = json::parse(one.str()), b = json::parse(two.str());
  EXPECT_EQ(a.at("initiatives"), b.at("initiatives"));
  EXPECT_EQ(a.at("initiatives").size(), 2u);
  double top = 0;
  for (const auto& i : a.at("initiatives")) top += i.at("probability_top_k").get<double>();
  EXPECT_NEAR(top, 1.0, 1e-12);  // two initiatives with different values: one is first per draw
}

TEST(CApiSensitivity, BadUncertaintyOptions_AreAValidationErrorWithThePointer) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  EXPECT_EQ(uncertainty(context.get(), portfolio.get(), R"({"draws": -1})", text), TILTAK_E_VALIDATION);
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/draws");
  EXPECT_EQ(uncertainty(context.get(), portfolio.get(), R"({"model": "normal"})", text), TILTAK_E_VALIDATION);
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/model");
  EXPECT_EQ(text.get(), nullptr);
}

}  // namespace
