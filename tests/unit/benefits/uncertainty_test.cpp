// Monte Carlo and tornado against closed forms. The fixture is the appraisal example reduced to
// initiative C (investment 300 000 in 2027, 40 % of B1 = 200 000 a year 2027–2030, cash-releasing,
// so every flow falls on public budgets): with the tax-financing cost (0.2) and DF = 1.04^−(y−2026),
//   costs    −300 000 × 1.2 / 1.04       = −346 153.8462
//   benefits 200 000 × 1.2 × A(4)        =  871 174.8538  (A(4) = 3.6298952…)
//   planned NPV                          =  525 021.0077 → 525 021.01

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/appraisal_example.hpp"
#include "tiltak/benefits/uncertainty.hpp"

namespace tiltak {
namespace {

using testing::at_2026;

constexpr double costs = -300000.0 * 1.2 / 1.04;
const double benefits = 200000.0 * 1.2 * (1 / 1.04 + 1 / (1.04 * 1.04) + 1 / std::pow(1.04, 3) + 1 / std::pow(1.04, 4));

Portfolio only_c() {
  Portfolio p = testing::example();
  p.initiatives = {p.initiatives[1]};
  return p;
}

UncertaintyInput input_for_c(ThreePoint cost, ThreePoint benefit = {}, ThreePoint delay = {0, 0, 0}) {
  UncertaintyInput input;
  input.initiatives = {{InitiativeId("C"), cost, benefit, delay}};
  return input;
}

double kroner(Money m) { return static_cast<double>(m.minor_units()) / 100.0; }

TEST(Uncertainty, TriangularQuantileByHand) {
  const ThreePoint e{0, 1, 2};
  EXPECT_DOUBLE_EQ(triangular_quantile(e, 0.5), 1.0);
  EXPECT_DOUBLE_EQ(triangular_quantile(e, 0.125), 0.5);  // 0 + √(0.125 · 2 · 1)
  EXPECT_DOUBLE_EQ(triangular_quantile(e, 0.875), 1.5);  // 2 − √(0.125 · 2 · 1)
  EXPECT_DOUBLE_EQ(triangular_quantile({1, 2, 4}, 0.0), 1.0);
  EXPECT_DOUBLE_EQ(triangular_quantile({3, 3, 3}, 0.7), 3.0);
}

TEST(Uncertainty, WithoutSpreadEveryDrawIsThePlan) {
  const auto r = uncertainty_analysis(only_c(), builtin_parameter_set("no-2021"), input_for_c({1, 1, 1}), at_2026());
  EXPECT_EQ(r.planned_npv, nok("525021.01"));
  EXPECT_EQ(r.monte_carlo.p10, r.planned_npv);
  EXPECT_EQ(r.monte_carlo.p90, r.planned_npv);
  EXPECT_EQ(r.monte_carlo.mean, r.planned_npv);
  EXPECT_EQ(r.monte_carlo.probability_negative, 0.0);
}

TEST(Uncertainty, PlannedNpvIsTheAppraisalsNpvWithTaxFinancing) {
  const auto& set = builtin_parameter_set("no-2021");
  const auto r = uncertainty_analysis(testing::example(), set, UncertaintyInput{}, at_2026());
  const auto a = appraise_portfolio(testing::example(), set, at_2026());
  EXPECT_LE(std::abs(r.planned_npv.minor_units() - a.total.npv_with_tax_financing.minor_units()), 2);
}

TEST(Uncertainty, MonteCarloMatchesTheTriangularDistributionOfTheCostFactor) {
  // NPV = f · costs + benefits with f ~ triangular(1, 2, 4): E f = 7/3; P(NPV < 0) = P(f > x)
  // with x = benefits/|costs| = 2.5167…, i.e. (4 − x)² / ((4 − 1)(4 − 2)); the NPV's P90 is at
  // f's P10 = 1 + √(0.1 · 3 · 1) and its P10 at f's P90 = 4 − √(0.1 · 3 · 2).
  auto input = input_for_c({1, 2, 4});
  input.draws = 200000;
  input.seed = 7;
  const auto mc = uncertainty_analysis(only_c(), builtin_parameter_set("no-2021"), input, at_2026()).monte_carlo;
  const double x = benefits / -costs;
  EXPECT_NEAR(mc.probability_negative, (4 - x) * (4 - x) / 6, 0.005);
  EXPECT_NEAR(kroner(mc.mean), 7.0 / 3 * costs + benefits, 2000);
  EXPECT_NEAR(kroner(mc.p90), (1 + std::sqrt(0.3)) * costs + benefits, 3000);
  EXPECT_NEAR(kroner(mc.p10), (4 - std::sqrt(0.6)) * costs + benefits, 3000);
  EXPECT_NEAR(kroner(mc.p50), (4 - std::sqrt(3.0)) * costs + benefits, 3000);  // F(m) = 0.5 above the mode
  ASSERT_EQ(mc.initiatives.size(), 1u);
  EXPECT_EQ(mc.initiatives[0].probability_negative, mc.probability_negative);
}

TEST(Uncertainty, ADelayShiftsTheBenefitsWholeYears) {
  const auto r = uncertainty_analysis(only_c(), builtin_parameter_set("no-2021"), input_for_c({1, 1, 1}, {1, 1, 1}, {2, 2, 2}),
                                      at_2026());
  EXPECT_NEAR(kroner(r.monte_carlo.p50), costs + benefits / (1.04 * 1.04), 0.01);
}

TEST(Uncertainty, ReproducibleForAnyNumberOfThreads) {
  auto input = input_for_c({0.8, 1, 1.6}, {0.5, 0.9, 1.1}, {0, 0, 2});
  input.draws = 5001;
  input.threads = 1;
  const auto& set = builtin_parameter_set("no-2021");
  const auto one = uncertainty_analysis(testing::example(), set, input, at_2026());
  input.threads = 2;
  EXPECT_EQ(uncertainty_analysis(testing::example(), set, input, at_2026()), one);
  input.threads = 3;
  EXPECT_EQ(uncertainty_analysis(testing::example(), set, input, at_2026()), one);
  input.seed = 2;
  EXPECT_NE(uncertainty_analysis(testing::example(), set, input, at_2026()).monte_carlo, one.monte_carlo);
}

TEST(Uncertainty, TornadoMovesEachItemTwentyPercent) {
  const auto r = uncertainty_analysis(only_c(), builtin_parameter_set("no-2021"), UncertaintyInput{}, at_2026());
  ASSERT_EQ(r.tornado.size(), 2u);
  EXPECT_EQ(r.tornado[0].item, TornadoItem::benefits);  // the wider bar first
  EXPECT_NEAR(kroner(r.tornado[0].npv_low), costs + 0.8 * benefits, 0.01);
  EXPECT_NEAR(kroner(r.tornado[0].npv_high), costs + 1.2 * benefits, 0.01);
  EXPECT_EQ(r.tornado[1].item, TornadoItem::costs);
  EXPECT_NEAR(kroner(r.tornado[1].npv_high), 1.2 * costs + benefits, 0.01);
  EXPECT_NEAR(kroner(r.tornado[1].range), 0.4 * -costs, 0.01);
}

TEST(Uncertainty, BadEstimatesAreRefusedWithPointers) {
  auto input = input_for_c({1.2, 1, 1.5});
  input.draws = 0;
  input.initiatives.push_back({InitiativeId("X"), {}, {}, {0, 0, 0}});
  try {
    uncertainty_analysis(only_c(), builtin_parameter_set("no-2021"), input);
    FAIL();
  } catch (const Error& e) {
    std::vector<std::string> pointers;
    for (const auto& p : e.problems()) pointers.push_back(p.pointer);
    EXPECT_EQ(pointers, (std::vector<std::string>{"/draws", "/initiatives/C/cost_factor", "/initiatives/X"}));
  }
}

TEST(UncertaintyJson, InputAndResult) {
  const auto input = uncertainty_input_from_json(R"({"seed": 9, "draws": 100, "tornado_swing_percent": 10,
      "defaults": {"cost_factor": [0.9, 1, 1.3]}, "initiatives": {"C": {"delay_years": [0, 1, 2]}}})");
  EXPECT_EQ(input.seed, 9u);
  EXPECT_DOUBLE_EQ(input.tornado_swing, 0.1);
  ASSERT_EQ(input.initiatives.size(), 1u);
  EXPECT_EQ(input.initiatives[0].cost_factor, (ThreePoint{0.9, 1, 1.3}));  // the defaults, then its own
  EXPECT_EQ(input.initiatives[0].delay_years, (ThreePoint{0, 1, 2}));
  EXPECT_THROW(uncertainty_input_from_json(R"({"draws": "many", "defaults": {"cost_factor": [1, 2]}})"), Error);
  const auto doc = nlohmann::ordered_json::parse(
      uncertainty_to_json(uncertainty_analysis(only_c(), builtin_parameter_set("no-2021"), input, at_2026())));
  EXPECT_EQ(doc["monte_carlo"]["distribution"], "triangular");
  EXPECT_EQ(doc["monte_carlo"]["draws"], 100);
  EXPECT_EQ(doc["tornado"][0]["item"], "benefits");
}

}  // namespace
}  // namespace tiltak
