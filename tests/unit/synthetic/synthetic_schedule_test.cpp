// The generated portfolio's schedule stays within the supported dates at any size (issue 14):
// chains of dependencies grew with the portfolio, and at 100 000 initiatives 35 605 of them were
// scheduled to end on 2200-12-31, the end of the range (their true finish: the year 8477).

#include <gtest/gtest.h>

#include "tiltak/core/date_range.hpp"
#include "tiltak/graph/schedule.hpp"
#include "tiltak/model/synthetic.hpp"

namespace tiltak {
namespace {

TEST(SyntheticSchedule, HundredThousandInitiatives_StayWithinTheSupportedDates_WithTheirDependencies) {
  SyntheticOptions options;
  options.initiatives = 100000;
  const Portfolio portfolio = generate_portfolio(options);
  std::size_t edges = 0;
  for (const auto& initiative : portfolio.initiatives)
    for (const auto& dependency : initiative.dependencies) edges += std::holds_alternative<InitiativeId>(dependency.on);
  // The mean number of dependencies asked for is kept, though long chains are not made.
  EXPECT_NEAR(static_cast<double>(edges) / 100000.0, options.dependencies_per_initiative, 0.1);

  const Schedule schedule = compute_schedule(portfolio);  // an Error for any date past the range
  ASSERT_TRUE(schedule.finish.has_value());
  // 26 initiatives in a chain at most, each moving the finish by at most 1 185 days.
  EXPECT_LT(*schedule.finish, Date(2120, 1, 1));
  std::size_t at_the_end = 0;
  for (const auto& initiative : schedule.initiatives) at_the_end += initiative.earliest_finish == last_supported_date();
  EXPECT_EQ(at_the_end, 0u);
}

}  // namespace
}  // namespace tiltak
