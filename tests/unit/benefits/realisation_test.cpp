// Realisation tracking pinned by hand computation.
//
// The example benefit "saksbehandlingstid" (lower is better): baseline 20 days (2026-01-01),
// target 10 days (2028-12-31); profile 500 hours saved in 2027, 1 000 in 2028 and 2029, at
// 400 kr an hour. Planned degree: 2027 500/1 000 = 0.5, 2028 and 2029 1.0.
// Measurements: 2027-06-30 18 days, 2027-12-31 17 days, 2028-06-30 14 days, 2028-10-01 11 days
// (after the as-of date 2028-09-01: ignored).
//  degree = (m − 20)/(10 − 20): 0.2, 0.3, 0.6.
//  realised 2027 = 0.3 × 1 000 h × 400 kr = 120 000; 2028 = 0.6 × 400 000 = 240 000.
//  planned to date = 200 000 + 400 000 = 600 000; realised to date = 360 000.
//  Least squares over t = 0, 184/365.25, 366/365.25 years (days from 2027-06-30) and degrees
//  0.2, 0.3, 0.6: t̄ = 0.501939…, ȳ = 0.366667…, slope = Sxy/Sxx = 0.398813 a year,
//  intercept = ȳ − slope·t̄ = 0.166487. At the target (550 days): 0.767026. Degree 1 after
//  (1 − 0.166487)/0.398813 years = 763.37 days → 2029-08-01. At 2029-12-31 (915 days) the trend
//  gives 1.1656, clamped to 1: remaining forecast 1 000 × 400 = 400 000.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/appraisal_example.hpp"
#include "support/portfolio_builder.hpp"
#include "tiltak/benefits/realisation.hpp"
#include "tiltak/benefits/realisation_json.hpp"

namespace tiltak {
namespace {

using testing::day;

Benefit case_time() {
  Benefit b;
  b.id = BenefitId("T");
  b.title = "Kortere saksbehandlingstid";
  b.kind = BenefitKind::non_cash;
  b.owner = PersonId("p1");
  b.indicator = {"saksbehandlingstid", "days", IndicatorDirection::decrease};
  b.baseline = IndicatorValue{20, day("2026-01-01"), "", std::nullopt};
  b.target = IndicatorValue{10, day("2028-12-31"), "", std::nullopt};
  b.profile = {{2027, 500}, {2028, 1000}, {2029, 1000}};
  b.value_per_unit = nok("400");
  b.measurements = {{17, day("2027-12-31"), "", std::nullopt}, {18, day("2027-06-30"), "", std::nullopt}, {14, day("2028-06-30"), "", std::nullopt},
                    {11, day("2028-10-01"), "", std::nullopt}};
  return b;
}

Portfolio with(std::vector<Benefit> benefits) {
  Portfolio portfolio;
  portfolio.currency = Currency::NOK;
  portfolio.benefits = std::move(benefits);
  return portfolio;
}

RealisationOptions as_of(const char* iso) {
  RealisationOptions options;
  options.as_of = day(iso);
  return options;
}

bool has(const BenefitRealisation& r, RealisationFlag flag) {
  return std::find(r.flags.begin(), r.flags.end(), flag) != r.flags.end();
}

TEST(Realisation, DegreeRespectsTheIndicatorsDirection) {
  EXPECT_DOUBLE_EQ(*realisation_degree(150, 100, 200, IndicatorDirection::increase), 0.5);
  // Lower is better: 20 → 10 days, measured 16: (16 − 20)/(10 − 20) = 0.4.
  EXPECT_DOUBLE_EQ(*realisation_degree(16, 20, 10, IndicatorDirection::decrease), 0.4);
  EXPECT_DOUBLE_EQ(*realisation_degree(22, 20, 10, IndicatorDirection::decrease), -0.2);  // worse than before
  EXPECT_DOUBLE_EQ(*realisation_degree(5, 20, 10, IndicatorDirection::decrease), 1.5);    // beyond the target
  EXPECT_FALSE(realisation_degree(16, 20, 30, IndicatorDirection::decrease));  // target against direction
  EXPECT_FALSE(realisation_degree(150, 100, 50, IndicatorDirection::increase));
  EXPECT_FALSE(realisation_degree(150, 100, 100, IndicatorDirection::increase));  // nothing to realise
}

TEST(Realisation, PlannedAgainstMeasuredYearByYear) {
  const auto r = benefit_realisation(with({case_time()}), BenefitId("T"), as_of("2028-09-01"));
  ASSERT_EQ(r.measurements.size(), 3u);  // the one after the as-of date is ignored, the rest by date
  EXPECT_EQ(r.measurements[0].date, day("2027-06-30"));
  EXPECT_NEAR(*r.measurements[0].degree, 0.2, 1e-12);
  EXPECT_DOUBLE_EQ(*r.measurements[0].planned_degree, 0.5);
  EXPECT_NEAR(*r.latest_degree, 0.6, 1e-12);
  EXPECT_DOUBLE_EQ(*r.planned_degree_now, 1.0);
  ASSERT_EQ(r.years.size(), 3u);
  EXPECT_EQ(r.years[0].planned_value, nok("200000"));
  EXPECT_NEAR(*r.years[0].degree, 0.3, 1e-12);
  EXPECT_EQ(r.years[0].realised_value, nok("120000"));
  EXPECT_EQ(r.years[1].realised_value, nok("240000"));
  EXPECT_FALSE(r.years[2].degree);
  EXPECT_FALSE(r.years[2].realised_value);
  EXPECT_EQ(r.planned_to_date, nok("600000"));
  EXPECT_EQ(r.realised_to_date, nok("360000"));
  EXPECT_EQ(r.flags, std::vector<RealisationFlag>{RealisationFlag::behind_plan});  // 0.6 < 1.0
}

TEST(Realisation, ForecastIsTheLeastSquaresTrend) {
  const auto r = benefit_realisation(with({case_time()}), BenefitId("T"), as_of("2028-09-01"));
  ASSERT_TRUE(r.forecast);
  EXPECT_NEAR(r.forecast->slope_per_year, 0.3988128060676036, 1e-12);
  EXPECT_NEAR(r.forecast->intercept, 0.16648684158139912, 1e-12);
  EXPECT_NEAR(*r.forecast->degree_at_target, 0.767026316837202, 1e-12);
  EXPECT_EQ(r.forecast->full_realisation, day("2029-08-01"));
  EXPECT_EQ(r.forecast->remaining_value, nok("400000"));
}

TEST(Realisation, ForecastNeedsTwoDatesAndBehindPlanHasATolerance) {
  Benefit b = case_time();
  b.measurements = {{18, day("2027-06-30"), "", std::nullopt}};  // degree 0.2 against the planned 0.5
  auto options = as_of("2027-09-01");
  auto r = benefit_realisation(with({b}), BenefitId("T"), options);
  EXPECT_FALSE(r.forecast);
  EXPECT_TRUE(has(r, RealisationFlag::behind_plan));
  options.behind_plan_tolerance = 0.3;
  r = benefit_realisation(with({b}), BenefitId("T"), options);
  EXPECT_FALSE(has(r, RealisationFlag::behind_plan));
}

TEST(Realisation, MeasurementIsDueWhenAProfileYearHasEnded) {
  Benefit b = case_time();
  b.measurements.clear();
  EXPECT_FALSE(has(benefit_realisation(with({b}), BenefitId("T"), as_of("2027-12-31")),
                   RealisationFlag::no_measurement_when_due));  // 2027 has not ended yet
  auto options = as_of("2028-01-15");
  EXPECT_TRUE(has(benefit_realisation(with({b}), BenefitId("T"), options), RealisationFlag::no_measurement_when_due));
  options.measurement_grace_days = 30;  // due 2028-01-30
  EXPECT_FALSE(has(benefit_realisation(with({b}), BenefitId("T"), options), RealisationFlag::no_measurement_when_due));
  // A measurement of 2027 satisfies the year; in 2029 the 2028 one is due and missing.
  b.measurements = {{18, day("2027-06-30"), "", std::nullopt}};
  EXPECT_FALSE(has(benefit_realisation(with({b}), BenefitId("T"), as_of("2028-06-01")),
                   RealisationFlag::no_measurement_when_due));
  EXPECT_TRUE(has(benefit_realisation(with({b}), BenefitId("T"), as_of("2029-02-01")),
                  RealisationFlag::no_measurement_when_due));
}

TEST(Realisation, FlagsMissingOwnerLevelsAndATargetAgainstTheDirection) {
  Benefit b = case_time();
  b.owner.reset();
  b.target->value = 30;  // "decrease" to 30 from 20
  auto r = benefit_realisation(with({b}), BenefitId("T"), as_of("2028-09-01"));
  EXPECT_TRUE(has(r, RealisationFlag::no_owner));
  EXPECT_TRUE(has(r, RealisationFlag::target_against_direction));
  EXPECT_FALSE(r.latest_degree);
  EXPECT_FALSE(r.forecast);
  EXPECT_FALSE(r.years[0].realised_value);
  b.target.reset();
  r = benefit_realisation(with({b}), BenefitId("T"), as_of("2028-09-01"));
  EXPECT_TRUE(has(r, RealisationFlag::not_measurable));
}

TEST(Realisation, WithoutProfileThePlanRunsLinearlyFromBaselineToTarget) {
  Benefit b = case_time();
  b.profile.clear();
  b.baseline->date = day("2026-01-01");
  b.target->date = day("2028-01-01");  // 730 days
  const auto r = benefit_realisation(with({b}), BenefitId("T"), as_of("2027-01-01"));  // 365 days in
  EXPECT_DOUBLE_EQ(*r.planned_degree_now, 0.5);
  EXPECT_EQ(r.planned_to_date, nok("0"));
}

TEST(Realisation, PortfolioSumsMoneyAndCountsFlags) {
  Benefit other = case_time();
  other.id = BenefitId("U");
  other.owner.reset();
  other.measurements.clear();
  const auto summary = portfolio_realisation(with({case_time(), other}), as_of("2028-09-01"));
  ASSERT_EQ(summary.benefits.size(), 2u);
  EXPECT_EQ(summary.planned_to_date, nok("1200000"));
  EXPECT_EQ(summary.realised_to_date, nok("360000"));
  EXPECT_EQ(summary.forecast_remaining, nok("400000"));
  EXPECT_EQ(summary.behind_plan, 1);
  EXPECT_EQ(summary.no_owner, 1);
  EXPECT_EQ(summary.no_measurement_when_due, 1);
  EXPECT_EQ(summary.not_measurable, 0);
}

TEST(Realisation, BadInputIsRefused) {
  EXPECT_THROW(portfolio_realisation(with({}), RealisationOptions{}), Error);  // not a date
  auto options = as_of("2028-01-01");
  options.measurement_grace_days = -1;
  EXPECT_THROW(portfolio_realisation(with({}), options), Error);
  try {
    benefit_realisation(with({}), BenefitId("X"), as_of("2028-01-01"));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::not_found);
  }
  Benefit dkk = case_time();
  dkk.value_per_unit = Money::parse("400", Currency::DKK);
  EXPECT_THROW(portfolio_realisation(with({dkk}), as_of("2028-01-01")), Error);
}

TEST(RealisationJson, WritesEveryFieldInOrder) {
  const auto summary = portfolio_realisation(with({case_time()}), as_of("2028-09-01"));
  const auto json = nlohmann::ordered_json::parse(portfolio_realisation_to_json(summary));
  EXPECT_EQ(json["as_of"], "2028-09-01");
  EXPECT_EQ(json["realised_to_date"], "360000.00");
  EXPECT_EQ(json["flag_counts"]["behind_plan"], 1);
  const auto& b = json["benefits"][0];
  EXPECT_EQ(b["direction"], "decrease");
  EXPECT_EQ(b["flags"], nlohmann::ordered_json::array({"behind_plan"}));
  EXPECT_EQ(b["years"][2]["realised_value"], nullptr);
  EXPECT_EQ(b["forecast"]["method"], "least_squares");
  EXPECT_EQ(b["forecast"]["full_realisation"], "2029-08-01");
  const auto one = nlohmann::ordered_json::parse(
      benefit_realisation_to_json(summary.benefits[0], summary.as_of, summary.currency));
  EXPECT_EQ(one.begin().key(), "as_of");
  EXPECT_EQ(one["id"], "T");
}

}  // namespace
}  // namespace tiltak

namespace tiltak {
namespace {

TEST(RealisationJson, OptionsAreReadWithEveryProblemAtOnce) {
  const auto options = realisation_options_from_json(R"({"as_of": "2028-09-01", "measurement_grace_days": 30,
                                                          "behind_plan_tolerance": 0.1})");
  EXPECT_EQ(options.as_of, testing::day("2028-09-01"));
  EXPECT_EQ(options.measurement_grace_days, 30);
  EXPECT_DOUBLE_EQ(options.behind_plan_tolerance, 0.1);
  try {
    realisation_options_from_json(R"({"as_of": "2028-02-30", "measurement_grace_days": -1, "colour": 1})", "opts");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::validation_error);
    ASSERT_EQ(e.problems().size(), 3u);
    EXPECT_EQ(e.problems()[0].pointer, "/colour");
    EXPECT_EQ(e.problems()[1].pointer, "/as_of");
    EXPECT_EQ(e.problems()[2].pointer, "/measurement_grace_days");
  }
  EXPECT_THROW(realisation_options_from_json("{"), Error);
  EXPECT_THROW(realisation_options_from_json("{}"), Error);  // as_of is required
}

}  // namespace
}  // namespace tiltak
