// Who carries which part of an amount: members by key, service areas equally, contributors by
// share, all by the one allocation rule, so the parts sum to the whole.

#include "tiltak/model/shares.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "tiltak/benefits/appraisal.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/model/synthetic.hpp"
#include "support/test_values.hpp"

namespace tiltak {
namespace {


TEST(Shares, MembersSplitByTheirKeysInMemberOrder) {
  Organisation organisation;
  organisation.members = {{MemberId("M-1"), "A", 3333}, {MemberId("M-2"), "B", 3334}, {MemberId("M-3"), "C", 3333}};
  EXPECT_EQ(member_parts(ore(100'000'002), organisation),
            (std::vector<Money>{ore(33'330'001), ore(33'340'001), ore(33'330'000)}));
  organisation.members.clear();
  EXPECT_THROW(member_parts(ore(1), organisation), Error);
}

TEST(Shares, ServiceAreasSplitEquallyWithTheFirstTakingTheOre) {
  Initiative initiative;
  initiative.service_areas = {ServiceAreaId("a"), ServiceAreaId("b"), ServiceAreaId("c")};
  EXPECT_EQ(service_area_parts(ore(100), initiative), (std::vector<Money>{ore(34), ore(33), ore(33)}));
  EXPECT_EQ(service_area_part(ore(-100), initiative, ServiceAreaId("a")), ore(-34));
  EXPECT_EQ(service_area_part(ore(100), initiative, ServiceAreaId("x")), ore(0));
  initiative.service_areas.clear();
  EXPECT_TRUE(service_area_parts(ore(100), initiative).empty());
}

TEST(Shares, ContributorsSplitByShareAndTheRestIsUnattributed) {
  Benefit benefit;
  benefit.contributors = {{InitiativeId("T-1"), 3333}, {InitiativeId("T-2"), 3334}};
  // 100 øre: quotas 33.33, 33.34 and 33.33 unattributed → 33 + 33 + 33 and the one left to
  // the largest remainder, T-2's 0.34.
  EXPECT_EQ(contributor_parts(ore(100), benefit), (std::vector<Money>{ore(33), ore(34), ore(33)}));
  EXPECT_EQ(contributor_part(ore(100), benefit, InitiativeId("T-2")), ore(34));
  EXPECT_EQ(unattributed_part(ore(100), benefit), ore(33));
  // 101 øre: 33.6633, 33.6734, 33.6633: the two left go to T-2 (0.6734), then to T-1, which
  // ties the unattributed part and is listed before it.
  EXPECT_EQ(contributor_parts(ore(101), benefit), (std::vector<Money>{ore(34), ore(34), ore(33)}));
  benefit.contributors.push_back({InitiativeId("T-1"), 3333});  // listed twice: its parts add
  EXPECT_EQ(contributor_part(ore(100), benefit, InitiativeId("T-1")), ore(66));
  EXPECT_EQ(unattributed_part(ore(100), benefit), ore(0));
}

// The appraisal's benefit flows of all contributors and the unattributed part add up to each
// year's planned value (all within no-2021's 40-year horizon): no øre is created or lost by
// attribution.
TEST(Shares, AttributedBenefitFlowsAddUpToThePlannedValue) {
  SyntheticOptions options;
  options.initiatives = 60;
  const Portfolio portfolio = generate_portfolio(options);
  AppraisalOptions appraisal_options;
  appraisal_options.internal_rates_of_return = false;
  const auto appraisal = appraise_portfolio(portfolio, default_parameter_set(Currency::NOK), appraisal_options);
  std::size_t checked = 0;
  for (const auto& benefit : portfolio.benefits) {
    if (!benefit.value_per_unit || benefit.kind == BenefitKind::qualitative) continue;
    for (const auto& planned : benefit.profile) {
      const Money value = planned_value(benefit, planned, portfolio.currency);
      Money sum = unattributed_part(value, benefit);
      for (const auto& initiative : appraisal.initiatives)
        for (const auto& line : initiative.appraisal.flows)
          if (line.benefit == benefit.id && line.flow.year == planned.year) sum += line.flow.amount;
      EXPECT_EQ(sum, value) << benefit.id.str() << " " << planned.year;
      ++checked;
    }
  }
  EXPECT_GT(checked, 10u);
}

}  // namespace
}  // namespace tiltak
