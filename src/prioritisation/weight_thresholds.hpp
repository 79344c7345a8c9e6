#pragma once
// The weight thresholds of one pair of alternatives on a plain decision matrix (normalised
// values, weights summing to 1), for weight_thresholds and its tests.

#include <optional>
#include <span>
#include <vector>

#include "tiltak/prioritisation/sensitivity.hpp"

namespace tiltak::detail {

// For `higher` ranked above `lower` (their normalised values per criterion): per criterion k,
// the change of w_k alone that makes the weighted sums equal, (S_h − S_l)/(v_lk − v_hk)
// (Triantaphyllou & Sánchez 1997, Theorem 1, whose δ is this change with the sign reversed).
// Criterion ids are left empty.
std::vector<WeightThreshold> pair_thresholds(std::span<const double> weights, std::span<const double> higher,
                                             std::span<const double> lower);

// The feasible threshold with the smallest |relative change|; among criteria of weight 0
// (no relative change) the smallest |change| when no other is feasible.
std::optional<std::size_t> most_critical(const std::vector<WeightThreshold>& thresholds);

}  // namespace tiltak::detail
