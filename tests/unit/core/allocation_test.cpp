// The allocation rule (largest remainder, ties to the part listed first), pinned with
// hand-computed splits and checked for its properties on many small cases.
#include "tiltak/core/allocation.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <vector>

#include "tiltak/core/error.hpp"
#include "support/test_values.hpp"

namespace tiltak {
namespace {


std::vector<std::int64_t> minor_units(const std::vector<Money>& parts) {
  std::vector<std::int64_t> units;
  for (const Money& part : parts) units.push_back(part.minor_units());
  return units;
}

std::int64_t sum(const std::vector<Money>& parts) {
  std::int64_t total = 0;
  for (const Money& part : parts) total += part.minor_units();
  return total;
}

ErrorCode code_of(Money whole, const std::vector<std::int64_t>& weights) {
  try {
    allocate(whole, weights);
  } catch (const Error& error) {
    return error.code();
  }
  return ErrorCode::ok;
}

TEST(Allocation, KeysOfHalfAndQuartersSplitTwoOreIntoOneOneNothing) {
  // Rounding each key's part on its own gives 0.01 + 0.01 + 0.01 = 0.03 for 0.02: the rule
  // rounds the split, not the parts. The tie of the quarters (0.5 each) goes to the first.
  EXPECT_EQ(minor_units(allocate(ore(2), std::vector<std::int64_t>{5000, 2500, 2500})), (std::vector<std::int64_t>{1, 1, 0}));
  EXPECT_EQ(minor_units(allocate(ore(4), std::vector<std::int64_t>{5000, 2500, 2500})), (std::vector<std::int64_t>{2, 1, 1}));
  // 0.05 by 50/25/25: quotas 2.5, 1.25, 1.25; the one øre left goes to the largest remainder.
  EXPECT_EQ(minor_units(allocate(ore(5), std::vector<std::int64_t>{5000, 2500, 2500})), (std::vector<std::int64_t>{3, 1, 1}));
}

TEST(Allocation, OddKeysSplitAMillionAndTwoOreExactly) {
  // 100 000 002 øre by 33.33/33.34/33.33: quotas 33 330 000.6666, 33 340 000.6668,
  // 33 330 000.6666; the two øre left go to the largest remainder (the middle), then to the
  // first of the tied ones.
  const auto parts = allocate(ore(100'000'002), std::vector<std::int64_t>{3333, 3334, 3333});
  EXPECT_EQ(minor_units(parts), (std::vector<std::int64_t>{33'330'001, 33'340'001, 33'330'000}));
  EXPECT_EQ(sum(parts), 100'000'002);
}

TEST(Allocation, TiesGoToThePartListedFirst) {
  EXPECT_EQ(minor_units(allocate(ore(1), std::vector<std::int64_t>{1, 1, 1})), (std::vector<std::int64_t>{1, 0, 0}));
  EXPECT_EQ(minor_units(allocate(ore(2), std::vector<std::int64_t>{1, 1, 1})), (std::vector<std::int64_t>{1, 1, 0}));
  EXPECT_EQ(minor_units(allocate(ore(100), std::vector<std::int64_t>{1, 1, 1})), (std::vector<std::int64_t>{34, 33, 33}));
}

TEST(Allocation, LargestRemainderWinsOverOrder) {
  // 10 by 1:2:4 → quotas 1.428…, 2.857…, 5.714…: the one left goes to the second (0.857).
  EXPECT_EQ(minor_units(allocate(ore(10), std::vector<std::int64_t>{1, 2, 4})), (std::vector<std::int64_t>{1, 3, 6}));
}

TEST(Allocation, NegativeAmountsSplitAsTheNegatedSplitOfTheirMagnitude) {
  EXPECT_EQ(minor_units(allocate(ore(-5), std::vector<std::int64_t>{5000, 2500, 2500})), (std::vector<std::int64_t>{-3, -1, -1}));
  EXPECT_EQ(minor_units(allocate(ore(-100'000'002), std::vector<std::int64_t>{3333, 3334, 3333})),
            (std::vector<std::int64_t>{-33'330'001, -33'340'001, -33'330'000}));
}

TEST(Allocation, ZeroWeightGetsNothingAndZeroSplitsIntoZeros) {
  EXPECT_EQ(minor_units(allocate(ore(7), std::vector<std::int64_t>{0, 1, 0, 1})), (std::vector<std::int64_t>{0, 4, 0, 3}));
  EXPECT_EQ(minor_units(allocate(ore(0), std::vector<std::int64_t>{1, 2})), (std::vector<std::int64_t>{0, 0}));
}

TEST(Allocation, KeepsTheCurrency) {
  for (const Money& part : allocate(Money(101, Currency::DKK), std::vector<std::int64_t>{1, 1}))
    EXPECT_EQ(part.currency(), Currency::DKK);
}

TEST(Allocation, ExtremeAmountsSplitWithoutOverflow) {
  constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
  constexpr std::int64_t min = std::numeric_limits<std::int64_t>::min();
  EXPECT_EQ(sum(allocate(ore(max), std::vector<std::int64_t>{max / 4, max / 4 - 1, 3})), max);
  EXPECT_EQ(minor_units(allocate(ore(min), std::vector<std::int64_t>{1})), (std::vector<std::int64_t>{min}));
  EXPECT_EQ(minor_units(allocate(ore(min), std::vector<std::int64_t>{1, 1})), (std::vector<std::int64_t>{min / 2, min / 2}));
}

TEST(Allocation, UnusableWeightsAndOverflowingSumsAreErrors) {
  constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
  EXPECT_EQ(code_of(ore(1), {}), ErrorCode::invalid_argument);
  EXPECT_EQ(code_of(ore(1), {0, 0}), ErrorCode::invalid_argument);
  EXPECT_EQ(code_of(ore(1), {3, -1}), ErrorCode::invalid_argument);
  EXPECT_EQ(code_of(ore(1), {max, 1}), ErrorCode::overflow);
}

// Properties on many small cases: exact sum, each part within one minor unit of its quota
// (rounded towards zero or away), deterministic, the negated split for the negated amount, and
// no part with a smaller remainder gets a unit a part with a larger one does not.
TEST(Allocation, PropertiesHoldOnRandomSplits) {
  std::mt19937_64 rng(22);
  for (int round = 0; round < 5000; ++round) {
    const std::size_t count = 1 + rng() % 7;
    std::vector<std::int64_t> weights(count);
    std::int64_t total = 0;
    for (auto& weight : weights) total += weight = static_cast<std::int64_t>(rng() % 10001);
    if (total == 0) weights[0] = total = 1;
    const std::int64_t whole = static_cast<std::int64_t>(rng() % 2'000'001) - 1'000'000;
    const auto parts = allocate(ore(whole), weights);
    ASSERT_EQ(sum(parts), whole);
    EXPECT_EQ(parts, allocate(ore(whole), weights));
    const auto negated = allocate(ore(-whole), weights);
    const std::int64_t magnitude = whole < 0 ? -whole : whole;
    for (std::size_t i = 0; i < count; ++i) {
      EXPECT_EQ(negated[i].minor_units(), -parts[i].minor_units());
      const std::int64_t floor = magnitude * weights[i] / total, remainder = magnitude * weights[i] % total;
      const std::int64_t part = whole < 0 ? -parts[i].minor_units() : parts[i].minor_units();
      ASSERT_TRUE(part == floor || (part == floor + 1 && remainder > 0)) << "part " << i << " of " << whole;
      for (std::size_t j = 0; j < count; ++j) {
        const std::int64_t other_floor = magnitude * weights[j] / total, other_remainder = magnitude * weights[j] % total;
        const std::int64_t other = whole < 0 ? -parts[j].minor_units() : parts[j].minor_units();
        // A unit given to i but not to j: i's remainder is larger, or equal and i listed first.
        if (part > floor && other == other_floor) {
          EXPECT_TRUE(remainder > other_remainder || (remainder == other_remainder && i < j));
        }
      }
    }
  }
}

}  // namespace
}  // namespace tiltak
