#pragma once
// Weights from pairwise comparisons: Saaty's analytic hierarchy process (AHP).

#include <vector>

namespace tiltak {

// The principal eigenvector of a positive reciprocal matrix, normalised to sum 1, with
// Saaty's consistency figures: CI = (λmax − n)/(n − 1), CR = CI / RI(n).
struct AhpResult {
  std::vector<double> weights;
  double lambda_max = 0.0;
  double consistency_index = 0.0;
  double random_index = 0.0;       // Saaty's RI(n); 0 for n ≤ 2 (always consistent)
  double consistency_ratio = 0.0;  // 0 when RI is 0
  bool consistent() const noexcept { return consistency_ratio <= acceptable_consistency_ratio; }

  static constexpr double acceptable_consistency_ratio = 0.10;
};

// Saaty's random index for n = 1..10 (0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49).
// Throws Error(invalid_argument) for n outside 1..10.
double ahp_random_index(int n);

// `matrix[i][j]`: how much more important criterion i is than j (Saaty's 1..9 scale and
// reciprocals). Throws Error(validation_error) listing every problem (pointer "/i/j") when the
// matrix is not square, has n outside 1..10, an entry that is not positive and finite, a
// diagonal other than 1, or a pair that is not reciprocal (a_ji·a_ij ≠ 1 within 1e-6).
// Does not judge consistency: the caller decides what CR it accepts.
AhpResult ahp_weights(const std::vector<std::vector<double>>& matrix);

}  // namespace tiltak
