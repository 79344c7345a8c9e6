// One supported date range for the whole library (issue 14): validate() refuses a date outside
// it with its JSON Pointer, and a schedule that would reach past it is an error naming the
// initiatives, never dates held to 1900-01-01 or 2200-12-31.

#include <gtest/gtest.h>

#include <string>

#include "support/portfolio_builder.hpp"
#include "tiltak/core/date_range.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/graph/impact.hpp"
#include "tiltak/graph/incremental_schedule.hpp"
#include "tiltak/graph/schedule.hpp"
#include "tiltak/model/validation.hpp"

namespace tiltak {
namespace {

using testing::day;
using testing::PortfolioBuilder;

const Problem* at(const std::vector<Problem>& problems, const std::string& pointer) {
  for (const auto& problem : problems)
    if (problem.pointer == pointer) return &problem;
  return nullptr;
}

// The problems of the Error that `f` throws.
template <class F>
std::vector<Problem> problems_of(F f) {
  try {
    f();
  } catch (const Error& error) {
    return error.problems();
  }
  ADD_FAILURE() << "no error";
  return {};
}

std::string all_messages(const std::vector<Problem>& problems) {
  std::string text;
  for (const auto& problem : problems) text += problem.describe() + "\n";
  return text;
}

TEST(DateRange, IsOneRangeForTheLibrary) {
  EXPECT_EQ(first_supported_date(), day("1900-01-01"));
  EXPECT_EQ(last_supported_date(), day("2200-12-31"));
  EXPECT_EQ(supported_date_range(), "1900-01-01 to 2200-12-31");
  EXPECT_EQ((last_supported_date() - first_supported_date()).days(), longest_supported_span);
  EXPECT_TRUE(is_supported_date(day("2200-12-31")));
  EXPECT_FALSE(is_supported_date(day("2201-01-01")));
  EXPECT_FALSE(is_supported_date(day("1899-12-31")));
  EXPECT_FALSE(is_supported_date(Date()));
}

// These dates were accepted by validate() and then refused by the schedule with no pointer.
TEST(DateRange, ValidateRefusesDatesOutsideIt_WithTheirPointers) {
  PortfolioBuilder builder;
  builder.component("c", "2201-01-01").initiative("A", "1899-12-31", "2026-01-31").initiative("B", "2026-01-01", "2026-02-01");
  builder.fixed_start("B", "2300-01-01");
  builder.last("B").security.dpia_done = day("1800-05-17");
  builder.last("B").status.push_back({StatusDimension::risk, Rag::green, "", day("9999-12-31")});
  const auto problems = validate(builder.build());
  for (const char* pointer : {"/components/0/available_from", "/initiatives/0/planned/start",
                              "/initiatives/1/fixed_start", "/initiatives/1/security/dpia_done",
                              "/initiatives/1/status/0/date"}) {
    const Problem* problem = at(problems, pointer);
    ASSERT_NE(problem, nullptr) << pointer << " in\n" << all_messages(problems);
    EXPECT_EQ(problem->message, "outside the supported dates 1900-01-01 to 2200-12-31");
  }
  EXPECT_EQ(at(problems, "/initiatives/0/planned/start")->value, "\"1899-12-31\"");
  EXPECT_EQ(problems.size(), 5u) << all_messages(problems);
}

TEST(DateRange, ValidateRefusesALagLongerThanTheRange) {
  PortfolioBuilder builder;
  builder.initiative("A", "2026-01-01", "2026-01-31").initiative("B", "2026-01-01", "2026-02-01");
  builder.depends("B", "A", DependencyType::finish_to_start, 1'000'000'000);
  const auto problems = validate(builder.build());
  const Problem* problem = at(problems, "/initiatives/1/dependencies/0/lag_days");
  ASSERT_NE(problem, nullptr) << all_messages(problems);
  EXPECT_EQ(problem->value, "1000000000");
  EXPECT_EQ(problem->message, "must be between -109937 and 109937");
}

// Before: start = finish = 2200-12-31 with a duration of 31, and exit status 0.
TEST(DateRange, ScheduleRefusesAHugeLag_NamingTheInitiative) {
  PortfolioBuilder builder;
  builder.initiative("A", "2026-01-01", "2026-01-31").initiative("B", "2026-01-01", "2026-01-31");
  builder.depends("B", "A", DependencyType::finish_to_start, 1'000'000'000);
  const auto problems = problems_of([&] { compute_schedule(builder.build()); });
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].pointer, "/initiatives/1/dependencies/0/lag_days");
  EXPECT_NE(problems[0].message.find("B (Tiltak B): a lag longer than the supported dates"), std::string::npos);
}

TEST(DateRange, ScheduleThatWouldEndPastTheRange_IsAnErrorNamingTheInitiatives) {
  PortfolioBuilder builder;
  builder.initiative("A", "2150-01-01", "2150-01-31").initiative("B", "2150-01-01", "2150-01-31");
  builder.initiative("C", "2150-01-01", "2150-01-31");
  builder.depends("B", "A", DependencyType::finish_to_start, 100000).depends("C", "B");
  const auto problems = problems_of([&] { compute_schedule(builder.build()); });
  ASSERT_EQ(problems.size(), 2u) << all_messages(problems);
  // A ends 2150-01-31, so B may start 100 000 days after 2150-02-01 (day 91 342 since
  // 1900-01-01): day 191 342, 81 405 days after 2200-12-31 (day 109 937).
  EXPECT_EQ(problems[0].pointer, "/initiatives/1");
  EXPECT_EQ(problems[0].value, "\"B\"");
  EXPECT_EQ(problems[0].message,
            "B (Tiltak B): its earliest start would be 81405 calendar_days after 2200-12-31, outside the supported "
            "dates 1900-01-01 to 2200-12-31");
  EXPECT_EQ(problems[1].pointer, "/initiatives/2");
}

// Through fixed starts the backward pass reaches back before any plan: B must start on
// 1900-01-05 but A, its prerequisite, finishes 1900-01-31, so A would have to start 1899-12-22.
TEST(DateRange, LatestStartBeforeTheRange_IsAnError) {
  PortfolioBuilder builder;
  builder.initiative("A", "1900-01-01", "1900-01-31").initiative("B", "1900-01-05", "1900-01-14");
  builder.depends("B", "A").fixed_start("B", "1900-01-05");
  const auto problems = problems_of([&] { compute_schedule(builder.build()); });
  ASSERT_EQ(problems.size(), 1u) << all_messages(problems);
  EXPECT_EQ(problems[0].message,
            "A (Tiltak A): its latest start would be 10 calendar_days before 1900-01-01, outside the supported dates "
            "1900-01-01 to 2200-12-31");
}

// Before: "portfolio finish unchanged", the slipped finish held to 2200-12-31.
TEST(DateRange, SlipPastTheRange_IsAnErrorNamingTheInitiative) {
  PortfolioBuilder builder;
  builder.initiative("A", "2200-06-01", "2200-09-30");
  const auto problems = problems_of([&] { slip_impact(builder.build(), InitiativeId("A"), 365); });
  ASSERT_EQ(problems.size(), 1u) << all_messages(problems);
  EXPECT_EQ(problems[0].pointer, "/initiatives/0");
  EXPECT_EQ(problems[0].message, "A (Tiltak A): date 2201-06-01 is outside the supported calendar 1900-2200");
}

TEST(DateRange, IncrementalScheduleRefusesAHugeLag) {
  PortfolioBuilder builder;
  builder.initiative("A", "2026-01-01", "2026-01-31").initiative("B", "2026-01-01", "2026-01-31");
  IncrementalSchedule schedule(builder.build());
  EXPECT_THROW(schedule.add_dependency(InitiativeId("B"), {InitiativeId("A"), DependencyType::finish_to_start,
                                                           std::numeric_limits<int>::max()}),
               Error);
  EXPECT_EQ(schedule.schedule(), compute_schedule(builder.build()));  // nothing changed
}

}  // namespace
}  // namespace tiltak
