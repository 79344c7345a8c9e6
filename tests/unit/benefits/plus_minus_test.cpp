// The plus–minus method for benefits without a money value, on the appraisal example: A carries
// B3 (qualitative) and B4 (quantified, no value per unit); by NPV with tax-financing cost the
// ranking is C (525 021.01), A (197 153.90), D (0).

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/appraisal_example.hpp"
#include "tiltak/benefits/plus_minus.hpp"

namespace tiltak {
namespace {

using testing::at_2026;
using testing::example;

TEST(PlusMinus, DefaultMatrixIsTheNineStepScale) {
  const auto m = default_consequence_matrix();
  EXPECT_EQ(m.consequence(Significance::large, Scope::large_positive), 4);
  EXPECT_EQ(m.consequence(Significance::large, Scope::large_negative), -4);
  EXPECT_EQ(m.consequence(Significance::small, Scope::small_positive), 0);
  EXPECT_EQ(m.consequence(Significance::medium, Scope::medium_negative), -2);
  for (auto significance : {Significance::small, Significance::medium, Significance::large}) {
    EXPECT_EQ(m.consequence(significance, Scope::none), 0);
    EXPECT_EQ(m.consequence(significance, Scope::small_positive), -m.consequence(significance, Scope::small_negative));
  }
  EXPECT_EQ(consequence_symbol(4), "++++");
  EXPECT_EQ(consequence_symbol(-2), "--");
  EXPECT_EQ(consequence_symbol(0), "0");
}

TEST(PlusMinus, EveryUnvaluedBenefitIsListedAndAssessedOnesCanChallengeTheRanking) {
  PlusMinusInput input;
  input.assessments = {{BenefitId("B3"), Significance::large, Scope::large_positive, "bedre kvalitet"}};
  const auto r = plus_minus(example(), builtin_parameter_set("no-2021"), input, at_2026());
  ASSERT_EQ(r.initiatives.size(), 3u);
  const auto& a = r.initiatives[0];
  EXPECT_EQ(a.npv_rank, 2);
  EXPECT_EQ(r.initiatives[1].npv_rank, 1);  // C
  ASSERT_EQ(a.effects.size(), 2u);           // B3 assessed, B4 listed though not assessed
  EXPECT_EQ(a.effects[0].consequence, 4);
  EXPECT_EQ(a.effects[0].note, "bedre kvalitet");
  EXPECT_FALSE(a.effects[1].consequence);
  EXPECT_EQ(a.effects[1].reason, "no value per unit");
  EXPECT_EQ(a.positive_steps, 4);
  EXPECT_EQ(a.unassessed, 1);
  EXPECT_TRUE(r.open_because_unassessed);
  // A has a lower NPV than C but +4 against C's 0: the NPV ranking is challenged.
  ASSERT_EQ(r.challenges.size(), 1u);
  EXPECT_EQ(r.challenges[0], (RankingChallenge{InitiativeId("C"), InitiativeId("A")}));
}

TEST(PlusMinus, AConfiguredMatrixAndNegativeEffects) {
  PlusMinusInput input;
  input.matrix.steps[static_cast<std::size_t>(Scope::small_negative)] = {-1, -1, -1};
  input.assessments = {{BenefitId("B3"), Significance::small, Scope::small_negative, ""},
                       {BenefitId("B4"), Significance::large, Scope::small_negative, ""}};
  const auto r = plus_minus(example(), builtin_parameter_set("no-2021"), input, at_2026());
  EXPECT_EQ(r.initiatives[0].negative_steps, 2);
  EXPECT_FALSE(r.open_because_unassessed);
  // A (−2) stays below C (0); D, with the lowest NPV and no effects (0), now challenges A.
  ASSERT_EQ(r.challenges.size(), 1u);
  EXPECT_EQ(r.challenges[0], (RankingChallenge{InitiativeId("A"), InitiativeId("D")}));
}

TEST(PlusMinus, AssessmentsOfUnknownOrMoneyValuedBenefitsAreRefused) {
  PlusMinusInput input;
  input.assessments = {{BenefitId("B1"), Significance::large, Scope::large_positive, ""},
                       {BenefitId("B9"), Significance::large, Scope::large_positive, ""}};
  try {
    plus_minus(example(), builtin_parameter_set("no-2021"), input, at_2026());
    FAIL();
  } catch (const Error& e) {
    ASSERT_EQ(e.problems().size(), 2u);
    EXPECT_EQ(e.problems()[0].pointer, "/assessments/0/benefit");
    EXPECT_EQ(e.problems()[1].pointer, "/assessments/1/benefit");
  }
}

TEST(PlusMinusJson, InputWithEveryProblemAtOnceAndResult) {
  const auto input = plus_minus_input_from_json(R"({"assessments": [
      {"benefit": "B3", "significance": "medium", "scope": "medium_positive", "note": "n"}]})");
  ASSERT_EQ(input.assessments.size(), 1u);
  EXPECT_EQ(input.assessments[0].scope, Scope::medium_positive);
  try {
    plus_minus_input_from_json(R"({"matrix": {"none": [0, 0, 9]}, "assessments": [
        {"benefit": "B3", "significance": "huge", "scope": "none", "colour": 1}]})",
                               "effects.json");
    FAIL();
  } catch (const Error& e) {
    std::vector<std::string> pointers;
    for (const auto& p : e.problems()) pointers.push_back(p.pointer);
    EXPECT_EQ(pointers, (std::vector<std::string>{"/matrix/large_negative", "/matrix/medium_negative",
                                                  "/matrix/small_negative", "/matrix/small_positive",
                                                  "/matrix/medium_positive", "/matrix/large_positive",
                                                  "/assessments/0/colour", "/assessments/0/significance",
                                                  "/matrix/none/2"}));
  }
  const auto result = plus_minus(example(), builtin_parameter_set("no-2021"), input, at_2026());
  const auto doc = nlohmann::ordered_json::parse(plus_minus_to_json(result));
  EXPECT_EQ(doc["parameter_set"], "no-2021");
  EXPECT_EQ(doc["initiatives"][0]["effects"][0]["symbol"], "++");
  EXPECT_EQ(doc["initiatives"][0]["effects"][1]["consequence"], nullptr);
  EXPECT_EQ(doc["ranking_challenged"], true);
}

}  // namespace
}  // namespace tiltak
