#include <gtest/gtest.h>

#include "tiltak/core/error.hpp"
#include "tiltak/prioritisation/ahp.hpp"

namespace tiltak {
namespace {

// T. L. Saaty, "How to make a decision: The analytic hierarchy process", European Journal of
// Operational Research 48 (1990) 9–26, the family choosing a house: eight criteria (size,
// transportation, neighbourhood, age, yard, modern facilities, general condition, financing).
// Published: priorities .173 .054 .188 .018 .031 .036 .167 .333, λmax = 9.669, CI = 0.238,
// CR = 0.169 (so the judgements are not acceptably consistent by Saaty's 10 % rule).
TEST(Ahp, HouseExample_MatchesSaaty1990) {
  const std::vector<std::vector<double>> matrix = {
      {1, 5, 3, 7, 6, 6, 1.0 / 3, 1.0 / 4},         {1.0 / 5, 1, 1.0 / 3, 5, 3, 3, 1.0 / 5, 1.0 / 7},
      {1.0 / 3, 3, 1, 6, 3, 4, 6, 1.0 / 5},         {1.0 / 7, 1.0 / 5, 1.0 / 6, 1, 1.0 / 3, 1.0 / 4, 1.0 / 7, 1.0 / 8},
      {1.0 / 6, 1.0 / 3, 1.0 / 3, 3, 1, 1.0 / 2, 1.0 / 5, 1.0 / 6}, {1.0 / 6, 1.0 / 3, 1.0 / 4, 4, 2, 1, 1.0 / 5, 1.0 / 6},
      {3, 5, 1.0 / 6, 7, 5, 5, 1, 1.0 / 2},         {4, 7, 5, 8, 6, 6, 2, 1}};
  const AhpResult result = ahp_weights(matrix);
  const double published[] = {.173, .054, .188, .018, .031, .036, .167, .333};
  ASSERT_EQ(result.weights.size(), 8u);
  for (std::size_t i = 0; i < 8; ++i) EXPECT_NEAR(result.weights[i], published[i], 0.0005) << i;
  EXPECT_NEAR(result.lambda_max, 9.669, 0.0005);
  EXPECT_NEAR(result.consistency_index, 0.238, 0.0005);
  EXPECT_DOUBLE_EQ(result.random_index, 1.41);
  EXPECT_NEAR(result.consistency_ratio, 0.169, 0.0005);
  EXPECT_FALSE(result.consistent());
}

// A perfectly consistent matrix (a_ij = w_i / w_j for w = 4:2:1) returns w exactly, λmax = n.
TEST(Ahp, ConsistentMatrix_GivesTheRatiosAndZeroInconsistency) {
  const AhpResult result = ahp_weights({{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}});
  EXPECT_NEAR(result.weights[0], 4.0 / 7, 1e-12);
  EXPECT_NEAR(result.weights[1], 2.0 / 7, 1e-12);
  EXPECT_NEAR(result.weights[2], 1.0 / 7, 1e-12);
  EXPECT_NEAR(result.lambda_max, 3.0, 1e-12);
  EXPECT_NEAR(result.consistency_ratio, 0.0, 1e-12);
  EXPECT_TRUE(result.consistent());
}

TEST(Ahp, TwoCriteria_AreAlwaysConsistent) {
  const AhpResult result = ahp_weights({{1, 3}, {1.0 / 3, 1}});
  EXPECT_NEAR(result.weights[0], 0.75, 1e-12);
  EXPECT_DOUBLE_EQ(result.random_index, 0.0);
  EXPECT_DOUBLE_EQ(result.consistency_ratio, 0.0);
}

TEST(Ahp, RandomIndex_IsSaatysTable) {
  EXPECT_DOUBLE_EQ(ahp_random_index(3), 0.58);
  EXPECT_DOUBLE_EQ(ahp_random_index(4), 0.90);
  EXPECT_DOUBLE_EQ(ahp_random_index(10), 1.49);
  EXPECT_THROW(ahp_random_index(11), Error);
}

TEST(Ahp, BrokenMatrix_ListsEveryProblemWithItsCell) {
  try {
    ahp_weights({{1, 3, 2}, {0.5, 1, -1}, {0.5, 1, 1}});
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    ASSERT_EQ(error.problems().size(), 1u);  // the negative entry; reciprocity is checked after
    EXPECT_EQ(error.problems()[0].pointer, "/1/2");
  }
  try {
    ahp_weights({{1, 3, 2}, {0.5, 1, 1}, {0.5, 1, 2}});
    FAIL() << "expected an error";
  } catch (const Error& error) {
    std::vector<std::string> pointers;
    for (const auto& p : error.problems()) pointers.push_back(p.pointer);
    EXPECT_EQ(pointers, (std::vector<std::string>{"/1/0", "/2/2"}));
  }
  EXPECT_THROW(ahp_weights({{1, 2}, {0.5}}), Error);
}

}  // namespace
}  // namespace tiltak
