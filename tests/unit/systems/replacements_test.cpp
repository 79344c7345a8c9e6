// What the system register means for the plan (issue 23), on tests/data/systems.json:
// T-1 replaces S-OMSORG with S-SKY (planned 2026-02-01..2026-12-31), T-3 decommissions
// S-OMSORG (planned 2027-01-01..2027-03-31), S-OMSORG's contract ends 2026-11-30 and it costs
// 480 000.00 a year, borne by u-hjem.

#include <gtest/gtest.h>

#include <string>

#include "tiltak/benefits/decommissioning_gains.hpp"
#include "tiltak/graph/dependency_graph.hpp"
#include "tiltak/graph/schedule.hpp"
#include "tiltak/graph/system_replacements.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "support/system_register_example.hpp"

namespace tiltak {
namespace {

using testing::register_portfolio;
using testing::day;

TEST(SystemReplacements, DecommissioningWaitsForTheReplacement) {
  const Portfolio p = register_portfolio();
  const auto derived = derived_system_dependencies(p);
  ASSERT_EQ(derived.size(), 1u);
  EXPECT_EQ(derived[0].dependent.str(), "T-3");
  EXPECT_EQ(derived[0].prerequisite.str(), "T-1");
  EXPECT_EQ(derived[0].system.str(), "S-OMSORG");

  const DependencyGraph graph(p);
  const auto t1 = *graph.find("T-1"), t3 = *graph.find("T-3");
  ASSERT_EQ(graph.in_edges(t3).size(), 1u);
  const GraphEdge& edge = graph.edges()[graph.in_edges(t3)[0]];
  EXPECT_EQ(edge.from, t1);
  EXPECT_EQ(edge.type, DependencyType::finish_to_start);
  EXPECT_EQ(edge.lag_days, 0);
}

TEST(SystemReplacements, TheDerivedDependencyMovesTheDecommissioning) {
  Portfolio p = register_portfolio();
  p.initiatives[0].planned.end = day("2027-02-15");  // the replacement goes live later
  const Schedule schedule = compute_schedule(p);
  const auto* t3 = schedule.find(InitiativeId("T-3"));
  ASSERT_NE(t3, nullptr);
  EXPECT_EQ(to_iso(t3->earliest_start), "2027-02-16");  // the day after T-1's last day
  EXPECT_EQ(t3->delay_vs_plan, 46);                      // 2027-01-01 -> 2027-02-16
}

TEST(SystemReplacements, AWrittenDependencyIsNotDerivedAgainAndDroppedInitiativesDeriveNothing) {
  Portfolio p = register_portfolio();
  p.initiatives[2].dependencies.push_back({InitiativeId("T-1"), DependencyType::start_to_start, 10});
  EXPECT_TRUE(derived_system_dependencies(p).empty());
  p = register_portfolio();
  p.initiatives[0].stage = Stage::cancelled;
  EXPECT_TRUE(derived_system_dependencies(p).empty());
}

TEST(SystemReplacements, TheForecastPassesTheContractEnd) {
  const Portfolio p = register_portfolio();
  const auto deadlines = contract_deadlines(p, compute_schedule(p));
  ASSERT_EQ(deadlines.size(), 1u);
  const auto& deadline = deadlines[0];
  EXPECT_EQ(deadline.system.str(), "S-OMSORG");
  EXPECT_EQ(deadline.replacement.str(), "T-1");
  EXPECT_EQ(to_iso(deadline.deadline), "2026-11-30");
  EXPECT_EQ(to_iso(*deadline.forecast), "2026-12-31");
  EXPECT_TRUE(deadline.missed);
  EXPECT_EQ(deadline.days_late, 31);  // December
  EXPECT_EQ(deadline.pointer, "/systems/0/contracts/0/end");
}

TEST(SystemReplacements, AForecastOnTheContractsLastDayMeetsIt) {
  Portfolio p = register_portfolio();
  p.initiatives[0].planned.end = day("2026-11-30");
  const auto deadlines = contract_deadlines(p, compute_schedule(p));
  ASSERT_EQ(deadlines.size(), 1u);
  EXPECT_FALSE(deadlines[0].missed);
  EXPECT_EQ(deadlines[0].days_late, 0);
  p.systems[0].contracts[0].end.reset();  // open-ended: no deadline
  EXPECT_TRUE(contract_deadlines(p, compute_schedule(p)).empty());
}

TEST(DecommissioningGains, TheRunningCostIsTheBearersGainFromTheYearAfterGoLive) {
  const Portfolio p = register_portfolio();
  const auto gains = decommissioning_gains(p);
  ASSERT_EQ(gains.size(), 1u);  // S-OMSORG only: S-SKY and S-SAK are not removed
  const auto& gain = gains[0];
  EXPECT_EQ(gain.system.str(), "S-OMSORG");
  EXPECT_EQ(gain.initiative.str(), "T-3");  // the decommissioning, not the replacement
  EXPECT_EQ(gain.unit->str(), "u-hjem");
  EXPECT_EQ(to_iso(*gain.go_live), "2027-03-31");
  EXPECT_EQ(gain.first_year, 2028);
  EXPECT_EQ(gain.yearly, Money(48'000'000, Currency::NOK));
  EXPECT_EQ(decommissioning_gain_in(gains, UnitId("u-hjem"), 2027, Currency::NOK), Money(0, Currency::NOK));
  EXPECT_EQ(decommissioning_gain_in(gains, UnitId("u-hjem"), 2028, Currency::NOK), Money(48'000'000, Currency::NOK));
  EXPECT_EQ(decommissioning_gain_in(gains, UnitId("u-ikt"), 2028, Currency::NOK), Money(0, Currency::NOK));
}

TEST(DecommissioningGains, WithoutADecommissioningTheReplacementRemovesTheCost) {
  Portfolio p = register_portfolio();
  p.initiatives[2].system_actions.clear();  // T-3 no longer decommissions
  const auto gains = decommissioning_gains(p);
  ASSERT_EQ(gains.size(), 1u);
  EXPECT_EQ(gains[0].initiative.str(), "T-1");
  EXPECT_EQ(gains[0].first_year, 2027);  // T-1 goes live 2026-12-31
  p.initiatives[0].planned.end.reset();
  EXPECT_EQ(decommissioning_gains(p)[0].first_year, 0);  // no go-live date: no year
}

}  // namespace
}  // namespace tiltak
