// The dependency graph, the schedule and the what-if analyses through the C API, on
// tests/data/minimal.json: T-1 (1 Feb - 31 Dec 2026) needs ID-porten (available since 2020);
// T-2 has no dates and depends on T-1 (start-to-start, 30 days); benefit B-1 is credited 60 %
// to T-1 and 40 % to T-2.

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "keepers.hpp"

namespace {

using json = nlohmann::json;
using namespace tiltak_test;

json call(tiltak_context* context, int status, const CString& text) {
  EXPECT_EQ(status, TILTAK_OK) << tiltak_context_error_message(context);
  return status == TILTAK_OK ? json::parse(text.str()) : json();
}

TEST(CApiGraph, Graph_ListsNodesEdgesAndTheOrder) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  const json graph = call(context.get(), tiltak_portfolio_graph(context.get(), portfolio.get(), text.out(), text.out_length()), text);
  EXPECT_TRUE(graph.at("acyclic").get<bool>());
  EXPECT_EQ(graph.at("nodes").size(), 3u);  // T-1, T-2 and the component
  EXPECT_EQ(graph.at("edges").size(), 2u);
  const auto order = graph.at("topological_order").get<std::vector<std::string>>();
  const auto position = [&](const std::string& id) { return std::find(order.begin(), order.end(), id) - order.begin(); };
  EXPECT_LT(position("id-porten"), position("T-1"));
  EXPECT_LT(position("T-1"), position("T-2"));
}

TEST(CApiGraph, Schedule_GivesDatesFloatsAndTheUnscheduled) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  const json schedule = call(
      context.get(), tiltak_portfolio_schedule(context.get(), portfolio.get(), nullptr, text.out(), text.out_length()), text);
  EXPECT_EQ(schedule.at("calendar"), "calendar_days");
  ASSERT_EQ(schedule.at("initiatives").size(), 1u);
  const json& t1 = schedule.at("initiatives")[0];
  EXPECT_EQ(t1.at("id"), "T-1");
  EXPECT_EQ(t1.at("earliest_start"), "2026-02-01");
  EXPECT_EQ(t1.at("earliest_finish"), "2026-12-31");
  EXPECT_EQ(t1.at("duration"), 334);  // 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 days
  EXPECT_EQ(t1.at("total_float"), 0);
  EXPECT_TRUE(t1.at("critical").get<bool>());
  EXPECT_EQ(schedule.at("unscheduled"), json::parse(R"(["T-2"])"));
}

TEST(CApiGraph, WorkingDayCalendar_CountsNorwegianWorkingDays) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  const json schedule = call(context.get(),
                             tiltak_portfolio_schedule(context.get(), portfolio.get(), "working_days_no", text.out(),
                                                       text.out_length()),
                             text);
  // 2026 has 253 Norwegian working days; January has 21 (1 Jan is a holiday, 22 weekdays), so
  // February to December has 232.
  EXPECT_EQ(schedule.at("initiatives")[0].at("duration"), 232);
}

TEST(CApiGraph, UnknownCalendar_IsInvalidArgument) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  EXPECT_EQ(tiltak_portfolio_schedule(context.get(), portfolio.get(), "lunar", text.out(), text.out_length()),
            TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(text.get(), nullptr);
  EXPECT_NE(std::string(tiltak_context_error_message(context.get())).find("unknown calendar \"lunar\""),
            std::string::npos);
}

TEST(CApiGraph, Cycle_IsAValidationErrorNamingThePath) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  // T-1 now also depends on T-2, which depends on T-1.
  const std::string update = R"({"id": "T-1", "title": "Min side", "stage": "in_progress",
    "planned": {"start": "2026-02-01", "end": "2026-12-31"}, "dependencies": [{"initiative": "T-2"}]})";
  ASSERT_EQ(tiltak_portfolio_update_initiative(context.get(), portfolio.get(), update.data(), update.size()), TILTAK_OK)
      << tiltak_context_error_message(context.get());
  CString text;
  EXPECT_EQ(tiltak_portfolio_schedule(context.get(), portfolio.get(), nullptr, text.out(), text.out_length()),
            TILTAK_E_VALIDATION);
  EXPECT_EQ(std::string(tiltak_context_error_message(context.get())),
            "dependency cycle: T-1 (Min side) → T-2 (Pårørendeapp) → T-1 (Min side)");
  // The graph itself is still there to look at, with the cycle as an issue.
  const json graph = call(context.get(), tiltak_portfolio_graph(context.get(), portfolio.get(), text.out(), text.out_length()), text);
  EXPECT_FALSE(graph.at("acyclic").get<bool>());
  EXPECT_FALSE(graph.at("cycles_truncated").get<bool>());  // the one cycle is all there is
  EXPECT_TRUE(graph.at("topological_order").is_null());
  EXPECT_EQ(graph.at("issues")[0].at("path"), json::parse(R"(["T-1", "T-2", "T-1"])"));
}

TEST(CApiGraph, SlipImpact_MovesTheInitiativeAndItsBenefitValue) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  const json impact = call(context.get(),
                           tiltak_portfolio_slip_impact(context.get(), portfolio.get(), "T-1", 10, nullptr, text.out(),
                                                        text.out_length()),
                           text);
  EXPECT_EQ(impact.at("slip_days"), 10);
  ASSERT_EQ(impact.at("moved").size(), 1u);
  EXPECT_EQ(impact.at("moved")[0].at("new_finish"), "2027-01-10");
  // B-1: 2027 is planned at 1 000 h x 650 kr = 650 000 kr; T-1's 60 % (390 000 kr) moves 10
  // days: 10/365 of it (10 684.93 kr) leaves 2027 for 2028. 2028's 2 000.5 h (1 300 325 kr):
  // 60 % is 780 195 kr, of which 10/366 (21 316.80 kr) leaves 2028 for 2029.
  ASSERT_EQ(impact.at("benefits").size(), 1u);
  const json& change = impact.at("benefits")[0].at("change");
  ASSERT_EQ(change.size(), 3u);
  EXPECT_EQ(change[0].at("year"), 2027);
  EXPECT_EQ(change[0].at("amount"), "-10684.93");
  EXPECT_EQ(change[2].at("year"), 2029);
  EXPECT_EQ(change[2].at("amount"), "21316.80");
}

TEST(CApiGraph, SlipOfAnUnscheduledInitiative_IsNotFound) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  EXPECT_EQ(tiltak_portfolio_slip_impact(context.get(), portfolio.get(), "T-2", 10, nullptr, text.out(),
                                         text.out_length()),
            TILTAK_E_NOT_FOUND);
}

TEST(CApiGraph, CancelImpact_ListsDependentsAndLostBenefitShare) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  const json impact = call(
      context.get(), tiltak_portfolio_cancel_impact(context.get(), portfolio.get(), "T-1", text.out(), text.out_length()),
      text);
  EXPECT_EQ(impact.at("lose_prerequisite"), json::parse(R"(["T-2"])"));
  ASSERT_EQ(impact.at("benefits").size(), 1u);
  EXPECT_EQ(impact.at("benefits")[0].at("lost_value"), "1170195.00");  // 60 % of 1 950 325.00
  EXPECT_EQ(impact.at("benefits_at_risk"), json::parse(R"(["B-1"])"));
}

TEST(CApiGraph, BenefitNetwork_ShowsGoalCoverage) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  const json network = call(
      context.get(), tiltak_portfolio_benefit_network(context.get(), portfolio.get(), text.out(), text.out_length()), text);
  // g1 is scored 4 by T-1 (in progress); g2 is served by B-1, which T-1 contributes to.
  EXPECT_TRUE(network.at("uncovered_goals").empty());
  EXPECT_TRUE(network.at("goals")[0].at("covered").get<bool>());
}

}  // namespace
