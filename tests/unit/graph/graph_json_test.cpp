// The JSON documents of the graph, the schedule and the what-if analyses, character for
// character on small portfolios (compact form), and their stable shape.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>

#include "support/portfolio_builder.hpp"
#include "tiltak/graph/graph_json.hpp"
#include "tiltak/graph/incremental_schedule.hpp"
#include "tiltak/model/synthetic.hpp"
#include "support/test_values.hpp"

namespace tiltak {
namespace {

using testing::day;
using testing::PortfolioBuilder;


// Component kf (from 1 Jan) → A (1-10 Jan) → B (5 days, FS) and → C (3 days, SS +2).
Portfolio json_small() {
  PortfolioBuilder b;
  b.component("kf", "2026-01-01")
      .initiative("A", "2026-01-01", "2026-01-10")
      .initiative("B", "2026-01-01", "2026-01-05")
      .initiative("C", "2026-01-01", "2026-01-03");
  b.needs_component("A", "kf").depends("B", "A").depends("C", "A", DependencyType::start_to_start, 2);
  return b.build();
}

TEST(GraphJson, NodesEdgesAndCanonicalTopologicalOrder) {
  EXPECT_EQ(graph_to_json(DependencyGraph(json_small()), -1),
            R"j({"acyclic":true,"cycles_truncated":false,"nodes":[)j"
            R"j({"id":"A","kind":"initiative","title":"Tiltak A"},)j"
            R"j({"id":"B","kind":"initiative","title":"Tiltak B"},)j"
            R"j({"id":"C","kind":"initiative","title":"Tiltak C"},)j"
            R"j({"id":"kf","kind":"component","title":"Komponent kf"}],"edges":[)j"
            R"j({"from":"kf","from_kind":"component","to":"A","type":"finish_to_start","lag_days":0},)j"
            R"j({"from":"A","from_kind":"initiative","to":"B","type":"finish_to_start","lag_days":0},)j"
            R"j({"from":"A","from_kind":"initiative","to":"C","type":"start_to_start","lag_days":2}],)j"
            R"j("issues":[],"topological_order":["kf","A","B","C"]})j"
            "\n");
}

TEST(GraphJson, TopologicalOrderTakesTheFirstReadyNodeInNodeOrder) {
  // Node order C, B, D, A; C and D have no prerequisites, B waits for D and A for C.
  PortfolioBuilder b;
  b.initiative("C", nullptr, nullptr, Stage::idea)
      .initiative("B", nullptr, nullptr, Stage::idea)
      .initiative("D", nullptr, nullptr, Stage::idea)
      .initiative("A", nullptr, nullptr, Stage::idea);
  b.depends("B", "D").depends("A", "C");
  const auto json = nlohmann::json::parse(graph_to_json(DependencyGraph(b.build())));
  EXPECT_EQ(json["topological_order"], nlohmann::json({"C", "D", "B", "A"}));
}

TEST(GraphJson, CyclesAndDroppedPrerequisitesAreIssuesAndThereIsNoOrder) {
  PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-01-10")
      .initiative("B", "2026-01-01", "2026-01-10")
      .initiative("D", "2026-01-01", "2026-01-10", Stage::cancelled);
  b.depends("A", "B").depends("B", "A").depends("B", "D");
  EXPECT_EQ(graph_to_json(DependencyGraph(b.build()), -1),
            R"j({"acyclic":false,"cycles_truncated":false,"nodes":[)j"
            R"j({"id":"A","kind":"initiative","title":"Tiltak A"},)j"
            R"j({"id":"B","kind":"initiative","title":"Tiltak B"}],"edges":[)j"
            R"j({"from":"B","from_kind":"initiative","to":"A","type":"finish_to_start","lag_days":0},)j"
            R"j({"from":"A","from_kind":"initiative","to":"B","type":"finish_to_start","lag_days":0}],"issues":[)j"
            R"j({"kind":"dropped_prerequisite","path":["B","D"],)j"
            R"j("message":"B (Tiltak B) depends on D (Tiltak D), which is cancelled"},)j"
            R"j({"kind":"cycle","path":["A","B","A"],)j"
            R"j("message":"dependency cycle: A (Tiltak A) → B (Tiltak B) → A (Tiltak A)"}],)j"
            R"j("topological_order":null})j"
            "\n");
}

TEST(GraphJson, DefaultIsIndentedWithATrailingNewlineAndUtf8Intact) {
  PortfolioBuilder b;
  b.initiative("T-1", nullptr, nullptr, Stage::idea).last("T-1").title = "Pårørende \"app\"";
  const std::string text = graph_to_json(DependencyGraph(b.build()));
  EXPECT_EQ(text.substr(0, 18), "{\n  \"acyclic\": tru");
  EXPECT_EQ(text.back(), '\n');
  EXPECT_NE(text.find(R"j("title": "Pårørende \"app\"")j"), std::string::npos) << text;
}

TEST(ScheduleJson, EveryFieldOfEveryScheduledInitiative) {
  EXPECT_EQ(schedule_to_json(compute_schedule(json_small()), -1),
            R"j({"calendar":"calendar_days","start":"2026-01-01","finish":"2026-01-15","initiatives":[)j"
            R"j({"id":"A","duration":10,"earliest_start":"2026-01-01","earliest_finish":"2026-01-10",)j"
            R"j("latest_start":"2026-01-01","latest_finish":"2026-01-10","total_float":0,"free_float":0,)j"
            R"j("critical":true,"fixed":false,"delay_vs_plan":0},)j"
            R"j({"id":"B","duration":5,"earliest_start":"2026-01-11","earliest_finish":"2026-01-15",)j"
            R"j("latest_start":"2026-01-11","latest_finish":"2026-01-15","total_float":0,"free_float":0,)j"
            R"j("critical":true,"fixed":false,"delay_vs_plan":10},)j"
            R"j({"id":"C","duration":3,"earliest_start":"2026-01-03","earliest_finish":"2026-01-05",)j"
            R"j("latest_start":"2026-01-13","latest_finish":"2026-01-15","total_float":10,"free_float":10,)j"
            R"j("critical":false,"fixed":false,"delay_vs_plan":2}],)j"
            R"j("unscheduled":[],"critical_paths":[["A","B"]],"conflicts":[],"warnings":[]})j"
            "\n");
}

TEST(ScheduleJson, ConflictsWarningsUnscheduledAndCalendar) {
  PortfolioBuilder b;
  b.initiative("A", "2026-01-05", "2026-01-09")
      .initiative("B", "2026-01-05", "2026-01-09")
      .initiative("I", nullptr, nullptr, Stage::idea)
      .initiative("X", "2026-01-01", "2026-01-02", Stage::rejected);
  b.depends("B", "A").fixed_start("B", "2026-01-06").depends("A", "X");
  const auto json =
      nlohmann::json::parse(schedule_to_json(compute_schedule(b.build(), {CalendarKind::working_days_no})));
  EXPECT_EQ(json["calendar"], "working_days_no");
  EXPECT_EQ(json["unscheduled"], nlohmann::json({"I"}));
  EXPECT_EQ(json["conflicts"], nlohmann::json::parse(R"j([{"initiative":"B","prerequisite":"A",
    "fixed_start":"2026-01-06","earliest_allowed":"2026-01-12",
    "message":"B (Tiltak B) must start 2026-01-06 (fixed start), but A (Tiltak A) lets it start 2026-01-12 at the earliest (finish_to_start, lag 0)"}])j"));
  EXPECT_EQ(json["warnings"], nlohmann::json::parse(R"j([{"kind":"dropped_prerequisite","path":["A","X"],
    "message":"A (Tiltak A) depends on X (Tiltak X), which is rejected"}])j"));
  EXPECT_EQ(json["initiatives"][1]["fixed"], true);
}

TEST(ScheduleJson, EmptyScheduleHasNullDatesAndEmptyLists) {
  EXPECT_EQ(schedule_to_json(Schedule{}, -1),
            R"j({"calendar":"calendar_days","start":null,"finish":null,"initiatives":[],"unscheduled":[],)j"
            R"j("critical_paths":[],"conflicts":[],"warnings":[]})j"
            "\n");
}

TEST(ScheduleJson, IncrementalMovesGiveTheSameDocumentAsAFullComputation) {
  // Moving a period without changing its length leaves every latest date's tail as it was; the
  // incremental schedule then skips the backward pass. The documents must still be the same.
  Portfolio portfolio = generate_portfolio({.initiatives = 300, .seed = 5, .dependencies_per_initiative = 5});
  const ScheduleOptions options{.critical_path_limit = 1000};
  IncrementalSchedule incremental(portfolio, options);
  std::mt19937_64 random(11);
  for (int step = 0; step < 40; ++step) {
    Initiative& initiative = portfolio.initiatives[random() % portfolio.initiatives.size()];
    if (is_dropped(initiative.stage) || !initiative.planned.start || !initiative.planned.end) continue;
    const boost::gregorian::days shift(static_cast<long>(random() % 61) - 30);
    initiative.planned = {*initiative.planned.start + shift, *initiative.planned.end + shift};
    if (initiative.fixed_start) initiative.fixed_start = *initiative.fixed_start + shift;
    incremental.set_dates(initiative.id, initiative.planned, initiative.actual, initiative.fixed_start);
    ASSERT_EQ(schedule_to_json(incremental.schedule(), -1), schedule_to_json(compute_schedule(portfolio, options), -1))
        << "step " << step << ", " << initiative.id.str();
  }
}

// A (1-10 Jan 2026) → B (11-20 Jan); C independent to 31 Mar. Benefit G: 365 000 kr in 2026, all B's.
Portfolio slip_portfolio() {
  PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-01-10")
      .initiative("B", "2026-01-11", "2026-01-20")
      .initiative("C", "2026-01-01", "2026-03-31");
  b.depends("B", "A");
  Portfolio portfolio = b.build();
  Benefit benefit;
  benefit.id = BenefitId("G");
  benefit.title = "Spart tid";
  benefit.profile = {{2026, 365}};
  benefit.value_per_unit = kroner(1000);
  benefit.contributors = {{InitiativeId("B"), 10000}};
  portfolio.benefits.push_back(benefit);
  return portfolio;
}

TEST(ImpactJson, SlipListsMovedInitiativesAndValuePerBudgetYear) {
  EXPECT_EQ(slip_impact_to_json(slip_impact(slip_portfolio(), InitiativeId("A"), 5), -1),
            R"j({"initiative":"A","slip_days":5,"currency":"NOK","old_finish":"2026-03-31","new_finish":"2026-03-31",)j"
            R"j("moved":[)j"
            R"j({"id":"A","old_start":"2026-01-01","new_start":"2026-01-06","old_finish":"2026-01-10",)j"
            R"j("new_finish":"2026-01-15","start_shift_days":5,"finish_shift_days":5},)j"
            R"j({"id":"B","old_start":"2026-01-11","new_start":"2026-01-16","old_finish":"2026-01-20",)j"
            R"j("new_finish":"2026-01-25","start_shift_days":5,"finish_shift_days":5}],)j"
            R"j("benefits":[{"id":"G","old_delivery":"2026-01-20","new_delivery":"2026-01-25",)j"
            R"j("before":[{"year":2026,"amount":"365000.00"}],)j"
            R"j("after":[{"year":2026,"amount":"360000.00"},{"year":2027,"amount":"5000.00"}],)j"
            R"j("change":[{"year":2026,"amount":"-5000.00"},{"year":2027,"amount":"5000.00"}]}]})j"
            "\n");
}

TEST(ImpactJson, SlipWithoutBenefitsOrDeliveryHasNulls) {
  SlipImpact impact;
  impact.initiative = InitiativeId("A");
  impact.slip_days = -3;
  EXPECT_EQ(slip_impact_to_json(impact, -1),
            R"j({"initiative":"A","slip_days":-3,"currency":null,"old_finish":null,"new_finish":null,"moved":[],)j"
            R"j("benefits":[]})j"
            "\n");
  impact.benefits.push_back(MovedBenefit{BenefitId("G"), {}, {}, {}, {}, {}});  // no scheduled contributor
  EXPECT_NE(slip_impact_to_json(impact, -1).find(R"j({"id":"G","old_delivery":null,"new_delivery":null,)j"),
            std::string::npos);
}

TEST(ImpactJson, CancelListsLostContributionsWithShareAndValue) {
  PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-01-10")
      .initiative("B", "2026-01-11", "2026-01-20")
      .initiative("C", "2026-01-21", "2026-01-30")
      .initiative("D", "2026-01-01", "2026-01-30");
  b.depends("B", "A").depends("C", "B");
  Portfolio portfolio = b.build();
  Benefit g;
  g.id = BenefitId("G");
  g.title = "G";
  g.contributors = {{InitiativeId("B"), 6000}, {InitiativeId("D"), 4000}};
  Benefit h;
  h.id = BenefitId("H");
  h.title = "H";
  h.profile = {{2026, 10}, {2027, 20}};
  h.value_per_unit = kroner(500);
  h.contributors = {{InitiativeId("A"), 3333}};
  portfolio.benefits = {g, h};
  // 33.33 % of 15 000 kr is 4 999.50 kr.
  EXPECT_EQ(cancel_impact_to_json(cancel_impact(portfolio, InitiativeId("A")), -1),
            R"j({"initiative":"A","currency":"NOK","lose_prerequisite":["B"],"downstream":["B","C"],)j"
            R"j("benefits":[{"id":"H","lost_share":"33.33","lost_share_basis_points":3333,"lost_value":"4999.50"}],)j"
            R"j("benefits_at_risk":["G"]})j"
            "\n");
}

TEST(BenefitNetworkJson, GoalsCoverageAndBenefitsAtRisk) {
  BenefitNetwork network;
  network.goals = {{GoalId("g1"), {BenefitId("G")}, {InitiativeId("A")}, {}, true},
                   {GoalId("g2"), {}, {}, {}, false}};
  network.uncovered_goals = {GoalId("g2")};
  network.benefits_at_risk = {{BenefitId("H"), {{InitiativeId("P"), {"paused", "red status (schedule)"}}}}};
  network.benefits_without_contributors = {BenefitId("K")};
  EXPECT_EQ(benefit_network_to_json(network, -1),
            R"j({"goals":[)j"
            R"j({"goal":"g1","covered":true,"benefits":["G"],"approved_contributors":["A"],"direct_contributors":[]},)j"
            R"j({"goal":"g2","covered":false,"benefits":[],"approved_contributors":[],"direct_contributors":[]}],)j"
            R"j("uncovered_goals":["g2"],)j"
            R"j("benefits_at_risk":[{"benefit":"H","contributors":[{"initiative":"P","reasons":["paused","red status (schedule)"]}]}],)j"
            R"j("benefits_without_contributors":["K"]})j"
            "\n");
}

}  // namespace
}  // namespace tiltak
