// Hostile and careless input to the benefit computations (issue 14): sums that leave the range
// of exact amounts are errors that name the initiative or benefit, parameter-set years are
// range-checked, a far year costs no time, and the public-budget share of a benefit follows its
// recipient the same way in the appraisal and in the gevinstuttak.

#include <gtest/gtest.h>

#include <chrono>
#include <climits>
#include <cmath>

#include "support/appraisal_example.hpp"
#include "tiltak/benefits/discount_curve.hpp"
#include "tiltak/benefits/gains_withdrawal.hpp"
#include "tiltak/benefits/payers.hpp"
#include "tiltak/benefits/uncertainty.hpp"

namespace tiltak {
namespace {

using testing::at_2026;

// One initiative whose only flow is a non-cash benefit (no public share, so no tax-financing
// cost) of `value` in the discount year 2026, where DF = 1: its NPV is `value`, exactly.
Portfolio one_benefit_of(const char* value) {
  Portfolio p;
  p.name = "Testvik";
  p.currency = Currency::NOK;
  Initiative big;
  big.id = InitiativeId("STOR");
  big.title = "Stor gevinst";
  p.initiatives = {big};
  Benefit b = testing::benefit("G", BenefitKind::non_cash, nok(value), 1, {{InitiativeId("STOR"), 10000}});
  b.profile = {{2026, 1}};
  p.benefits = {b};
  return p;
}

Error error_of(const std::function<void()>& run) {
  try {
    run();
  } catch (const Error& error) {
    return error;
  }
  ADD_FAILURE() << "no error";
  return Error(ErrorCode::ok, "none");
}

TEST(BenefitHardening, MonteCarloMeanPerInitiativeDoesNotWrapAround) {
  // 50 000 000 000 000 000 kr per draw (5·10^18 øre) over 1 000 draws: the per-initiative sum
  // of whole øre (5·10^21) is beyond int64, which used to wrap it to a wrong, even negative mean
  // (the issue's case: 15 018 157 578.71 kr over 10 million draws gave −3 428 586 495.00).
  UncertaintyInput input;
  input.draws = 1000;
  const auto r = uncertainty_analysis(one_benefit_of("50000000000000000.00"), builtin_parameter_set("dk-2023"), input,
                                      at_2026());
  ASSERT_EQ(r.monte_carlo.initiatives.size(), 1u);
  EXPECT_EQ(r.monte_carlo.initiatives[0].mean_npv, nok("50000000000000000.00"));
  EXPECT_EQ(r.monte_carlo.mean, nok("50000000000000000.00"));
}

TEST(BenefitHardening, MonteCarloDrawBeyondExactAmountsNamesTheInitiative) {
  UncertaintyInput input;
  input.draws = 10;
  input.default_benefit_factor = {3, 3, 3};  // 3 × 5·10^18 øre does not fit
  const Error error = error_of([&] {
    uncertainty_analysis(one_benefit_of("50000000000000000.00"), builtin_parameter_set("dk-2023"), input, at_2026());
  });
  EXPECT_EQ(error.code(), ErrorCode::overflow);
  EXPECT_EQ(error.pointer(), "/initiatives/0");
  EXPECT_NE(std::string(error.what()).find("initiative \"STOR\""), std::string::npos) << error.what();
}

TEST(BenefitHardening, CostSumBeyondExactAmountsNamesTheInitiative) {
  // Each amount is valid (validate accepts it); their present value is not representable.
  Portfolio p = testing::example();
  p.initiatives[1].costs = {testing::cost(2026, CostKind::investment, "90000000000000000"),
                            testing::cost(2026, CostKind::operating, "90000000000000000")};
  const Error error = error_of([&] { appraise_portfolio(p, builtin_parameter_set("no-2021"), at_2026()); });
  EXPECT_EQ(error.code(), ErrorCode::overflow);
  EXPECT_EQ(error.pointer(), "/initiatives/1");
  EXPECT_NE(std::string(error.what()).find("initiative \"C\""), std::string::npos) << error.what();
}

TEST(BenefitHardening, PlannedValueBeyondExactAmountsNamesTheBenefitAndYear) {
  Portfolio p = testing::example();
  p.benefits[0].profile[2].quantity = 1e30;  // × 500 kr
  const Error error = error_of([&] { appraise_portfolio(p, builtin_parameter_set("no-2021"), at_2026()); });
  EXPECT_EQ(error.code(), ErrorCode::overflow);
  EXPECT_EQ(error.pointer(), "/benefits/0/profile/2");
  EXPECT_NE(std::string(error.what()).find("benefit \"B1\" in 2029, the part of initiative \"A\""), std::string::npos)
      << error.what();
}

TEST(BenefitHardening, PortfolioTotalBeyondExactAmountsNamesTheInitiativeThatTippedIt) {
  Portfolio p = testing::example();
  p.initiatives[0].costs = {testing::cost(2026, CostKind::investment, "60000000000000000")};
  p.initiatives[1].costs = {testing::cost(2026, CostKind::investment, "60000000000000000")};
  const Error error = error_of([&] { appraise_portfolio(p, builtin_parameter_set("no-2021"), at_2026()); });
  EXPECT_EQ(error.code(), ErrorCode::overflow);
  EXPECT_EQ(error.pointer(), "/initiatives/1");
  EXPECT_NE(std::string(error.what()).find("the portfolio's total, adding initiative \"C\""), std::string::npos)
      << error.what();
}

ParameterSet with(const std::string& field, const std::string& value) {
  return parameters_from_json(R"({"id": "x", "based_on": "no-2021", ")" + field + "\": " + value + "}", "p.json");
}

Problem only_parameter_problem(const std::string& field, const std::string& value) {
  const Error error = error_of([&] { with(field, value); });
  EXPECT_EQ(error.code(), ErrorCode::validation_error);
  EXPECT_EQ(error.problems().size(), 1u) << error.what();
  return error.problems().empty() ? Problem{} : error.problems().front();
}

TEST(BenefitHardening, ParameterSetYearsOutsideTheSupportedRangeAreRefusedWithPointers) {
  // 2147483647 hung `benefits`; 202 gave every present value 0 kr.
  for (const char* field : {"discount_year", "band_anchor_year", "price_year"}) {
    for (const char* year : {"2147483647", "202", "1899", "2201", "-5"}) {
      SCOPED_TRACE(std::string(field) + " = " + year);
      const Problem problem = only_parameter_problem(field, year);
      EXPECT_EQ(problem.pointer, std::string("/") + field);
      EXPECT_EQ(problem.value, year);
      EXPECT_EQ(problem.message, "must be a year within 1900-2200, the years tiltak supports");
      EXPECT_EQ(problem.source, "p.json");
    }
  }
  EXPECT_EQ(with("discount_year", "1900").discount_year, 1900);
  EXPECT_EQ(with("band_anchor_year", "2200").band_anchor_year, 2200);
}

TEST(BenefitHardening, EveryOtherNumberOfAParameterSetIsRangeChecked) {
  EXPECT_EQ(only_parameter_problem("cpi", R"({"99999": 100})").pointer, "/cpi/99999");
  EXPECT_EQ(only_parameter_problem("analysis_period_years", "100000").pointer, "/analysis_period_years");
  EXPECT_EQ(only_parameter_problem("lifetime_years", "302").pointer, "/lifetime_years");
  EXPECT_EQ(only_parameter_problem("discount_rate_bands", R"([{"through_year": 2147483647, "rate_percent": 4},
                                                             {"rate_percent": 3}])")
                .pointer,
            "/discount_rate_bands/0/through_year");
  EXPECT_EQ(only_parameter_problem("discount_rate_bands", R"([{"rate_percent": 1e300}])").pointer,
            "/discount_rate_bands/0/rate_percent");
  EXPECT_EQ(only_parameter_problem("tax_financing_percent", "250").pointer, "/tax_financing_percent");
  EXPECT_EQ(only_parameter_problem("real_price_growth_percent", "1e200").pointer, "/real_price_growth_percent");
  EXPECT_EQ(only_parameter_problem("cofinancing", R"({"max_budget_years": 2147483647})").pointer,
            "/cofinancing/max_budget_years");
  EXPECT_EQ(with("lifetime_years", "301").lifetime_years, 301);
}

TEST(BenefitHardening, AnAppraisalsDiscountYearIsCheckedLikeTheSets) {
  AppraisalOptions options;
  options.discount_year = 202;
  const Error error = error_of([&] { appraise_portfolio(testing::example(), builtin_parameter_set("no-2021"), options); });
  EXPECT_EQ(error.code(), ErrorCode::validation_error);
  EXPECT_EQ(error.pointer(), "/discount_year");
}

TEST(BenefitHardening, AFarYearCostsNoTimeOnADiscountCurve) {
  // The factor was a loop over every year in between: 2147483647 never returned.
  const DiscountCurve curve(builtin_parameter_set("no-2021"), 2026, 2026);
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(curve.factor(INT_MAX), 0.0L);
  EXPECT_TRUE(std::isinf(curve.factor(INT_MIN)));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(100));
  // Through the band boundaries, as a product year by year (R-109: 4 % to band year 40, 3 % to
  // 75, 2 % after): DF(2026 + 100) = 1.04^−40 · 1.03^−35 · 1.02^−25.
  const long double expected = std::pow(1.04L, -40.0L) * std::pow(1.03L, -35.0L) * std::pow(1.02L, -25.0L);
  EXPECT_NEAR(static_cast<double>(curve.factor(2126) / expected), 1.0, 1e-15);
  // And before the discount year the same steps compound forward.
  const DiscountCurve later(builtin_parameter_set("no-2021"), 2026, 2126);
  EXPECT_NEAR(static_cast<double>(later.factor(2026) * expected), 1.0, 1e-15);
}

// The recipients of B1 (cash-releasing, 500 000 kr a year 2027-2030, A 60 %, C 40 %).
Portfolio b1_to(RecipientKind kind) {
  Portfolio p = testing::example();
  p.benefits[0].recipient = {kind, kind == RecipientKind::unit ? "servicetorget" : kind == RecipientKind::member ? "m1" : ""};
  return p;
}

bool in_gevinstuttak(const Portfolio& p) {
  PayersOptions every_stage;
  every_stage.counted = {Commitment::committed, Commitment::pipeline};
  return !budget_withdrawal(p, builtin_parameter_set("no-2021"), every_stage).total.is_zero();
}

int b1_share_in_appraisal(const Portfolio& p) {
  const auto lines = initiative_flow_lines(p, InitiativeId("C"), builtin_parameter_set("no-2021"), at_2026());
  for (const auto& line : lines)
    if (line.benefit == BenefitId("B1")) return line.public_share_basis_points;
  ADD_FAILURE() << "no B1 flow";
  return -1;
}

TEST(BenefitHardening, PublicShareFollowsTheRecipientInTheAppraisalAndTheGevinstuttakAlike) {
  struct Case {
    RecipientKind kind;
    int public_share;
    bool withdrawable;
  };
  for (const Case& c : {Case{RecipientKind::unit, 10000, true}, Case{RecipientKind::member, 10000, true},
                        Case{RecipientKind::other_public_bodies, 10000, false},
                        Case{RecipientKind::citizens, 0, false}, Case{RecipientKind::businesses, 0, false}}) {
    SCOPED_TRACE(static_cast<int>(c.kind));
    const Portfolio p = b1_to(c.kind);
    EXPECT_EQ(public_share_basis_points(p.benefits[0]), c.public_share);
    EXPECT_EQ(b1_share_in_appraisal(p), c.public_share);
    EXPECT_EQ(in_gevinstuttak(p), c.withdrawable);
    // The two agree: nothing is withdrawn from a budget that the appraisal says it does not touch.
    if (in_gevinstuttak(p)) {
      EXPECT_GT(b1_share_in_appraisal(p), 0);
    }
  }
}

TEST(BenefitHardening, CitizensCashSavingCarriesNoTaxFinancingCost) {
  // C alone: −300 000 in 2027 (a public outlay, × 1.2) and 40 % of B1, 200 000 a year 2027-2030
  // to citizens (no public share, × 1): NPV with tax financing = −360 000/1.04 + 200 000 · A(4).
  Portfolio p = b1_to(RecipientKind::citizens);
  const auto a = appraise_initiative(p, InitiativeId("C"), builtin_parameter_set("no-2021"), at_2026());
  const long double annuity = 1 / 1.04L + 1 / std::pow(1.04L, 2.0L) + 1 / std::pow(1.04L, 3.0L) + 1 / std::pow(1.04L, 4.0L);
  const long double expected = (-360000 / 1.04L + 200000 * annuity) * 100;  // øre
  EXPECT_EQ(a.appraisal.npv_with_tax_financing, round_to_minor(expected, Currency::NOK));
  EXPECT_EQ(a.appraisal.npv_with_tax_financing, nok("379825.20"));
  EXPECT_EQ(a.appraisal.pv_public_budget, nok("-288461.54"));  // the investment only
}

}  // namespace
}  // namespace tiltak
