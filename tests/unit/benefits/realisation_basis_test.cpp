// What a measurement stands for and when a benefit is fully realised (#22), pinned by hand.
//
// Hours saved by electronic medicine dispensing (Fjordvik's G-07): baseline 0 (2024-11-01),
// target 5 400 hours a year (2027-12-31), profile 2025 300, 2026 2 500, 2027 5 400; 1 400 hours
// saved in the first half of 2026 (2026-01-01..06-30, 181 days).
//  Annual level = 1 400 × 365 / 181 = 2 823.204419889503 hours; degree = 2 823.2044 / 5 400 =
//  0.522815633; planned degree at 2026-06-30 = 2 500 / 5 400 = 0.462962963: ahead of plan.
//  Read as an annual level (the example before #22), 1 400 / 5 400 = 0.259259 was behind plan.

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include "support/appraisal_example.hpp"
#include "support/document_fixture.hpp"
#include "support/portfolio_builder.hpp"
#include "tiltak/benefits/realisation.hpp"
#include "tiltak/model/validation.hpp"

namespace tiltak {
namespace {

using testing::day;

Benefit dispensing(std::optional<Date> period_start) {
  Benefit b;
  b.id = BenefitId("G-07");
  b.title = "Timer spart til legemiddelutdeling";
  b.owner = PersonId("p1");
  b.indicator = {"Timer spart til legemiddelutdeling", "timer", IndicatorDirection::increase};
  b.baseline = IndicatorValue{0, day("2024-11-01"), "", std::nullopt};
  b.target = IndicatorValue{5400, day("2027-12-31"), "", std::nullopt};
  b.profile = {{2025, 300}, {2026, 2500}, {2027, 5400}};
  b.value_per_unit = nok("450");
  b.measurements = {{1400, day("2026-06-30"), "Første halvår 2026", period_start}};
  return b;
}

BenefitRealisation realised(const Benefit& benefit, const char* as_of = "2026-12-01") {
  Portfolio portfolio;
  portfolio.currency = Currency::NOK;
  portfolio.benefits = {benefit};
  RealisationOptions options;
  options.as_of = day(as_of);
  return benefit_realisation(portfolio, benefit.id, options);
}

bool behind(const BenefitRealisation& r) {
  return std::find(r.flags.begin(), r.flags.end(), RealisationFlag::behind_plan) != r.flags.end();
}

TEST(RealisationBasis, APeriodTotalIsAnnualisedBeforeItIsComparedWithThePlan) {
  const auto r = realised(dispensing(day("2026-01-01")));
  ASSERT_EQ(r.measurements.size(), 1u);
  EXPECT_EQ(r.measurements[0].value, 1400);
  EXPECT_EQ(r.measurements[0].period_start, day("2026-01-01"));
  EXPECT_NEAR(r.measurements[0].annual_level, 2823.204419889503, 1e-9);
  EXPECT_NEAR(*r.latest_degree, 0.522815633, 1e-9);
  EXPECT_NEAR(*r.measurements[0].planned_degree, 0.462962963, 1e-9);
  EXPECT_FALSE(behind(r));
  // 2026's realised money: degree × 5 400 × 450 = 2 823.2044 × 450 = 1 270 441.99.
  EXPECT_EQ(r.years[1].realised_value, nok("1270441.99"));
}

// Regression (#22): G-07's half-year total read as an annual level flagged it behind plan.
TEST(RealisationBasis, AnAnnualLevelIsTakenAsItIs) {
  const auto r = realised(dispensing(std::nullopt));
  EXPECT_NEAR(*r.latest_degree, 1400.0 / 5400.0, 1e-12);
  EXPECT_TRUE(behind(r));
}

TEST(RealisationBasis, AForecastIsNeverDatedBeforeTheAsOfDate) {
  Benefit b = dispensing(std::nullopt);
  b.profile.clear();
  // Degree 0 on 2026-01-01 and 0.5 on 2026-04-02 (91 days): the trend reaches 1 after 182 days,
  // on 2026-07-02: a forecast as of 2026-05-01.
  b.measurements = {{0, day("2026-01-01"), "", std::nullopt}, {2700, day("2026-04-02"), "", std::nullopt}};
  ASSERT_TRUE(realised(b, "2026-05-01").forecast);
  EXPECT_EQ(realised(b, "2026-05-01").forecast->full_realisation, day("2026-07-02"));
  // Regression (#22): as of 2026-12-01 the same trend was shown as a "forecast" dated July.
  ASSERT_TRUE(realised(b, "2026-12-01").forecast);
  EXPECT_EQ(realised(b, "2026-12-01").forecast->full_realisation, std::nullopt);
}

Portfolio minimal_with(const std::function<void(Benefit&)>& change) {
  Portfolio portfolio = parse_portfolio(testing::minimal_document().dump());
  change(portfolio.benefits[0]);
  return portfolio;
}

TEST(RealisationBasis, APeriodIsCheckedWhereItStands) {
  auto problems = validate(minimal_with([](Benefit& b) {
    b.measurements = {{500, day("2027-06-30"), "", day("2027-07-01")}, {900, day("2028-06-30"), "", day("2027-06-29")},
                      {300, day("2027-06-30"), "", day("2027-01-01")}};
    b.baseline->period_start = day("2025-01-01");
  }));
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].pointer, "/benefits/0/baseline/period_start");
  EXPECT_EQ(problems[1].pointer, "/benefits/0/measurements/0/period_start");
  EXPECT_NE(problems[1].message.find("starts after"), std::string::npos);
  EXPECT_EQ(problems[2].pointer, "/benefits/0/measurements/1/period_start");  // 368 days
  EXPECT_NE(problems[2].message.find("368"), std::string::npos);
}

// One definition of "fully realised": the profile may not reach its full rate before the
// target's year (minimal.json: target 2027-12-31, profile 2027 1 000, 2028 2 000.5 is valid).
TEST(RealisationBasis, AProfileFullBeforeTheTargetsYearIsReported) {
  EXPECT_TRUE(validate(minimal_with([](Benefit&) {})).empty());
  const auto problems = validate(minimal_with([](Benefit& b) { b.target->date = day("2029-12-31"); }));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].pointer, "/benefits/0/profile/1/year");
  EXPECT_EQ(problems[0].value, "2028");
  EXPECT_NE(problems[0].message.find("before the target's year 2029"), std::string::npos);
}

}  // namespace
}  // namespace tiltak
