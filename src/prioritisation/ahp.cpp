#include "tiltak/prioritisation/ahp.hpp"

#include <cmath>
#include <string>

#include "tiltak/core/error.hpp"

namespace tiltak {
namespace {

constexpr double random_indices[] = {0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
constexpr double reciprocal_tolerance = 1e-6;

std::string cell_pointer(std::size_t i, std::size_t j) { return "/" + std::to_string(i) + "/" + std::to_string(j); }

std::vector<Problem> matrix_problems(const std::vector<std::vector<double>>& a) {
  std::vector<Problem> problems;
  const std::size_t n = a.size();
  auto report = [&](std::string pointer, double value, std::string message) {
    problems.push_back({"<matrix>", std::move(pointer), 0, 0, std::to_string(value), std::move(message)});
  };
  if (n < 1 || n > 10) {
    problems.push_back({"<matrix>", "", 0, 0, std::to_string(n), "a pairwise comparison needs 1 to 10 criteria"});
    return problems;
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (a[i].size() != n) {
      problems.push_back({"<matrix>", "/" + std::to_string(i), 0, 0, std::to_string(a[i].size()) + " entries",
                          "each row needs " + std::to_string(n) + " entries (the matrix is square)"});
      continue;
    }
    for (std::size_t j = 0; j < n; ++j)
      if (!std::isfinite(a[i][j]) || a[i][j] <= 0) report(cell_pointer(i, j), a[i][j], "a comparison must be positive");
  }
  if (!problems.empty()) return problems;
  for (std::size_t i = 0; i < n; ++i) {
    if (std::abs(a[i][i] - 1.0) > reciprocal_tolerance) report(cell_pointer(i, i), a[i][i], "the diagonal must be 1");
    for (std::size_t j = i + 1; j < n; ++j)
      if (std::abs(a[i][j] * a[j][i] - 1.0) > reciprocal_tolerance)
        report(cell_pointer(j, i), a[j][i],
               "must be the reciprocal of " + cell_pointer(i, j) + " (" + std::to_string(a[i][j]) + ")");
  }
  return problems;
}

}  // namespace

double ahp_random_index(int n) {
  if (n < 1 || n > 10) throw Error(ErrorCode::invalid_argument, "Saaty's random index is tabulated for 1 to 10 criteria");
  return random_indices[n - 1];
}

AhpResult ahp_weights(const std::vector<std::vector<double>>& matrix) {
  if (auto problems = matrix_problems(matrix); !problems.empty())
    throw Error(ErrorCode::validation_error, std::move(problems));
  const std::size_t n = matrix.size();
  // Power iteration: a positive matrix has a simple dominant (Perron) eigenvalue with a positive
  // eigenvector, and the iteration converges to it from any positive start.
  std::vector<double> w(n, 1.0 / static_cast<double>(n));
  std::vector<double> next(n);
  for (int iteration = 0; iteration < 10000; ++iteration) {
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      next[i] = 0.0;
      for (std::size_t j = 0; j < n; ++j) next[i] += matrix[i][j] * w[j];
      sum += next[i];
    }
    double change = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      next[i] /= sum;
      change = std::max(change, std::abs(next[i] - w[i]));
    }
    w.swap(next);
    if (change < 1e-15) break;
  }
  // λmax from Aw = λw, averaged over the rows (they agree at convergence).
  double lambda = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    double row = 0.0;
    for (std::size_t j = 0; j < n; ++j) row += matrix[i][j] * w[j];
    lambda += row / w[i];
  }
  lambda /= static_cast<double>(n);

  AhpResult result;
  result.weights = std::move(w);
  result.lambda_max = lambda;
  result.random_index = ahp_random_index(static_cast<int>(n));
  result.consistency_index = n > 1 ? std::max(0.0, (lambda - static_cast<double>(n)) / static_cast<double>(n - 1)) : 0.0;
  result.consistency_ratio = result.random_index > 0 ? result.consistency_index / result.random_index : 0.0;
  return result;
}

}  // namespace tiltak
