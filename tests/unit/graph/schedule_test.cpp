// The critical-path schedule against answers computed by hand, for every constraint type,
// lags and leads, fixed dates and calendars. Dates are inclusive: a 10-day initiative from
// 1 January finishes on 10 January. Constraints join points in time: a start is the beginning
// of its first day, a finish the end of its last, so finish-to-start with no lag starts the
// dependent the day after its prerequisite's last day.

#include <gtest/gtest.h>

#include "support/portfolio_builder.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/graph/dependency_graph.hpp"
#include "tiltak/graph/schedule.hpp"

namespace tiltak {
namespace {

using testing::day;
using testing::PortfolioBuilder;

const ScheduledInitiative& at(const Schedule& schedule, const char* id) {
  const auto* found = schedule.find(InitiativeId(id));
  if (!found) throw std::runtime_error(std::string("not scheduled: ") + id);
  return *found;
}

// A: 1-10 Jan (10 days); B: 5 days, planned from 1 Jan.
PortfolioBuilder two(DependencyType type, int lag) {
  PortfolioBuilder builder;
  builder.initiative("A", "2026-01-01", "2026-01-10").initiative("B", "2026-01-01", "2026-01-05");
  builder.depends("B", "A", type, lag);
  return builder;
}

TEST(Schedule, FinishToStartStartsTheDayAfterThePrerequisiteFinishes) {
  const Schedule s = compute_schedule(two(DependencyType::finish_to_start, 0).build());
  EXPECT_EQ(at(s, "B").earliest_start, day("2026-01-11"));
  EXPECT_EQ(at(s, "B").earliest_finish, day("2026-01-15"));
  EXPECT_EQ(at(s, "B").delay_vs_plan, 10);
  EXPECT_EQ(at(s, "A").total_float, 0);
  EXPECT_EQ(at(s, "B").total_float, 0);
  EXPECT_TRUE(at(s, "A").critical);
  EXPECT_TRUE(at(s, "B").critical);
  EXPECT_EQ(*s.finish, day("2026-01-15"));
  ASSERT_EQ(s.critical_paths.size(), 1u);
  EXPECT_EQ(s.critical_paths[0], (std::vector<InitiativeId>{InitiativeId("A"), InitiativeId("B")}));
}

TEST(Schedule, FinishToStartLagAndLead) {
  EXPECT_EQ(at(compute_schedule(two(DependencyType::finish_to_start, 7).build()), "B").earliest_start,
            day("2026-01-18"));
  EXPECT_EQ(at(compute_schedule(two(DependencyType::finish_to_start, -3).build()), "B").earliest_start,
            day("2026-01-08"));
}

TEST(Schedule, StartToStartWithLagLeavesFloatOnTheShorterOne) {
  // B may start 3 days after A starts: 4 Jan, finishing 8 Jan. The portfolio finishes with A on
  // 10 Jan, so B may finish as late as 10 Jan: 2 days of total and free float.
  const Schedule s = compute_schedule(two(DependencyType::start_to_start, 3).build());
  EXPECT_EQ(at(s, "B").earliest_start, day("2026-01-04"));
  EXPECT_EQ(at(s, "B").earliest_finish, day("2026-01-08"));
  EXPECT_EQ(at(s, "B").latest_start, day("2026-01-06"));
  EXPECT_EQ(at(s, "B").latest_finish, day("2026-01-10"));
  EXPECT_EQ(at(s, "B").total_float, 2);
  EXPECT_EQ(at(s, "B").free_float, 2);
  EXPECT_FALSE(at(s, "B").critical);
  EXPECT_EQ(at(s, "A").total_float, 0);
}

TEST(Schedule, FinishToFinishWithLagDrivesTheFinish) {
  // B must finish 2 days after A finishes (10 Jan): B finishes 12 Jan, so starts 8 Jan. A's latest
  // finish is then 10 Jan: both critical.
  const Schedule s = compute_schedule(two(DependencyType::finish_to_finish, 2).build());
  EXPECT_EQ(at(s, "B").earliest_start, day("2026-01-08"));
  EXPECT_EQ(at(s, "B").earliest_finish, day("2026-01-12"));
  EXPECT_EQ(at(s, "A").latest_finish, day("2026-01-10"));
  EXPECT_TRUE(at(s, "A").critical);
  EXPECT_TRUE(at(s, "B").critical);
}

TEST(Schedule, StartToFinishBindsOnlyWhenItIsLater) {
  // B's finish (the end of its last day) may not come before A's start (the beginning of 1 Jan)
  // plus 12 days, the end of 12 Jan: B runs 8-12 Jan.
  EXPECT_EQ(at(compute_schedule(two(DependencyType::start_to_finish, 12).build()), "B").earliest_start,
            day("2026-01-08"));
  // With no lag the constraint (finish after 1 Jan) is weaker than B's planned start.
  const Schedule s = compute_schedule(two(DependencyType::start_to_finish, 0).build());
  EXPECT_EQ(at(s, "B").earliest_start, day("2026-01-01"));
  EXPECT_EQ(at(s, "B").delay_vs_plan, 0);
}

TEST(Schedule, ParallelBranchHasFloatUntilTheJoin) {
  // A (10 d) and C (3 d) both precede D: C can slip 7 days without moving D.
  PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-01-10")
      .initiative("C", "2026-01-01", "2026-01-03")
      .initiative("D", "2026-01-01", "2026-01-02");
  b.depends("D", "A").depends("D", "C");
  const Schedule s = compute_schedule(b.build());
  EXPECT_EQ(at(s, "D").earliest_start, day("2026-01-11"));
  EXPECT_EQ(at(s, "C").total_float, 7);
  EXPECT_EQ(at(s, "C").free_float, 7);
  EXPECT_EQ(at(s, "C").latest_start, day("2026-01-08"));
  EXPECT_FALSE(at(s, "C").critical);
  ASSERT_EQ(s.critical_paths.size(), 1u);
  EXPECT_EQ(s.critical_paths[0].front(), InitiativeId("A"));
}

TEST(Schedule, FreeFloatCanBeSmallerThanTotalFloat) {
  // C (3 d) → E (2 d) while A (10 d) is the long branch: C's slip moves E at once (free float 0)
  // but not the finish (total float 5).
  PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-01-10")
      .initiative("C", "2026-01-01", "2026-01-03")
      .initiative("E", "2026-01-01", "2026-01-02");
  b.depends("E", "C");
  const Schedule s = compute_schedule(b.build());
  EXPECT_EQ(at(s, "C").free_float, 0);
  EXPECT_EQ(at(s, "C").total_float, 5);
  EXPECT_EQ(at(s, "E").free_float, 5);
}

TEST(Schedule, SharedComponentAvailabilityIsAFixedDate) {
  PortfolioBuilder b;
  b.component("kf", "2026-03-01").initiative("A", "2026-01-01", "2026-01-10");
  b.needs_component("A", "kf");
  const Schedule s = compute_schedule(b.build());
  EXPECT_EQ(at(s, "A").earliest_start, day("2026-03-01"));
  EXPECT_EQ(at(s, "A").delay_vs_plan, 59);
}

TEST(Schedule, ComponentAlreadyAvailableDoesNotDelay) {
  PortfolioBuilder b;
  b.component("idp", nullptr).initiative("A", "2026-01-01", "2026-01-10");
  b.needs_component("A", "idp");
  EXPECT_EQ(at(compute_schedule(b.build()), "A").earliest_start, day("2026-01-01"));
}

TEST(Schedule, FixedStartThatAPrerequisiteCannotMeetIsAConflict) {
  PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-01-10").initiative("B", "2026-01-05", "2026-01-09");
  b.depends("B", "A").fixed_start("B", "2026-01-05");
  const Schedule s = compute_schedule(b.build());
  EXPECT_EQ(at(s, "B").earliest_start, day("2026-01-05"));  // the contract holds the date
  EXPECT_TRUE(at(s, "B").fixed);
  ASSERT_EQ(s.conflicts.size(), 1u);
  EXPECT_EQ(s.conflicts[0].initiative, InitiativeId("B"));
  EXPECT_EQ(s.conflicts[0].prerequisite, "A");
  EXPECT_EQ(s.conflicts[0].earliest_allowed, day("2026-01-11"));
  EXPECT_EQ(s.conflicts[0].message,
            "B (Tiltak B) must start 2026-01-05 (fixed start), but A (Tiltak A) lets it start 2026-01-11 at the "
            "earliest (finish_to_start, lag 0)");
  // A cannot finish in time: its latest finish is before its earliest.
  EXPECT_LT(at(s, "A").total_float, 0);
}

TEST(Schedule, ActualDatesOfAStartedInitiativeAreFacts) {
  PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-01-10", Stage::in_progress).initiative("B", "2026-01-01", "2026-01-05");
  b.started("A", "2026-01-20").depends("B", "A");
  const Schedule s = compute_schedule(b.build());
  EXPECT_EQ(at(s, "A").earliest_start, day("2026-01-20"));  // planned duration from the actual start
  EXPECT_EQ(at(s, "A").earliest_finish, day("2026-01-29"));
  EXPECT_EQ(at(s, "B").earliest_start, day("2026-01-30"));
}

TEST(Schedule, NorwegianWorkingDaysSkipEasterAndWeekends) {
  // 30 Mar - 10 Apr 2026: Maundy Thursday 2 Apr to Easter Monday 6 Apr are holidays, so A is
  // 7 working days (30, 31 Mar, 1, 7, 8, 9, 10 Apr). B (1 day) then starts Monday 13 Apr.
  PortfolioBuilder b;
  b.initiative("A", "2026-03-30", "2026-04-10").initiative("B", "2026-04-01", "2026-04-01");
  b.depends("B", "A");
  const Schedule s = compute_schedule(b.build(), {CalendarKind::working_days_no});
  EXPECT_EQ(at(s, "A").duration, 7);
  EXPECT_EQ(at(s, "B").earliest_start, day("2026-04-13"));
  EXPECT_EQ(at(s, "B").delay_vs_plan, 5);  // 1, 7, 8, 9, 10 April
  // In calendar days A is 12 days and B starts Saturday 11 April.
  EXPECT_EQ(at(compute_schedule(b.build()), "B").earliest_start, day("2026-04-11"));
}

TEST(Schedule, InitiativesWithoutDatesAreListedNotScheduled) {
  PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-01-10").initiative("I", nullptr, nullptr, Stage::idea);
  const Schedule s = compute_schedule(b.build());
  EXPECT_EQ(s.unscheduled, std::vector<InitiativeId>{InitiativeId("I")});
  EXPECT_EQ(s.find(InitiativeId("I")), nullptr);
}

TEST(Schedule, UndatedInitiativeStillPassesConstraintsOn) {
  // A → X (no dates) → C: C still waits for A.
  PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-01-10")
      .initiative("X", nullptr, nullptr, Stage::registered)
      .initiative("C", "2026-01-01", "2026-01-02");
  b.depends("X", "A").depends("C", "X");
  EXPECT_EQ(at(compute_schedule(b.build()), "C").earliest_start, day("2026-01-11"));
}

TEST(Schedule, DependencyOnACancelledInitiativeIsAWarning) {
  PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-01-10", Stage::cancelled).initiative("B", "2026-01-01", "2026-01-05");
  b.depends("B", "A");
  const Schedule s = compute_schedule(b.build());
  ASSERT_EQ(s.warnings.size(), 1u);
  EXPECT_EQ(s.warnings[0].kind, GraphIssueKind::dropped_prerequisite);
  EXPECT_EQ(s.warnings[0].message, "B (Tiltak B) depends on A (Tiltak A), which is cancelled");
  EXPECT_EQ(at(s, "B").earliest_start, day("2026-01-01"));
}

TEST(Schedule, CycleIsAnErrorNamingEveryInitiativeOnIt) {
  PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-01-10")
      .initiative("B", "2026-01-01", "2026-01-10")
      .initiative("C", "2026-01-01", "2026-01-10");
  b.depends("A", "C").depends("B", "A").depends("C", "B");
  try {
    compute_schedule(b.build());
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    ASSERT_EQ(error.problems().size(), 1u);
    EXPECT_EQ(error.problems()[0].message,
              "dependency cycle: A (Tiltak A) → B (Tiltak B) → C (Tiltak C) → A (Tiltak A)");
  }
}

TEST(Schedule, SelfDependencyAndUnknownPrerequisiteAreErrors) {
  PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-01-10").depends("A", "A").depends("A", "Z");
  try {
    compute_schedule(b.build());
    FAIL();
  } catch (const Error& error) {
    ASSERT_EQ(error.problems().size(), 2u);
    EXPECT_EQ(error.problems()[0].message, "A (Tiltak A) depends on itself");
    EXPECT_EQ(error.problems()[1].message, "A (Tiltak A) depends on Z, which does not exist");
  }
}

// The graph finds a self-dependency without comparing ids where ids are unique (the id is found
// as the initiative itself); where two initiatives share one, it compares them.
TEST(Schedule, SelfDependencyOfASecondInitiativeWithTheSameIdIsFound) {
  PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-01-10");
  Portfolio portfolio = b.build();
  portfolio.initiatives.push_back(portfolio.initiatives[0]);
  portfolio.initiatives[1].dependencies.push_back({InitiativeId("A"), DependencyType::finish_to_start, 0});
  const DependencyGraph graph(portfolio);
  ASSERT_EQ(graph.issues().size(), 1u);
  EXPECT_EQ(graph.issues()[0].kind, GraphIssueKind::self_dependency);
  EXPECT_TRUE(graph.edges().empty());
}

TEST(Schedule, NegativeDurationIsAnErrorNamingTheInitiative) {
  PortfolioBuilder b;
  b.initiative("A", "2026-02-01", "2026-01-10");
  try {
    compute_schedule(b.build());
    FAIL();
  } catch (const Error& error) {
    ASSERT_EQ(error.problems().size(), 1u);
    EXPECT_EQ(error.problems()[0].message,
              "A (Tiltak A): the planned period ends before it starts (2026-02-01 to 2026-01-10): a negative "
              "duration cannot be scheduled");
  }
}

}  // namespace
}  // namespace tiltak
