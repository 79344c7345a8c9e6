#include "prioritisation/weight_thresholds.hpp"

#include <cmath>
#include <limits>

namespace tiltak::detail {
namespace {

double weighted_sum(std::span<const double> weights, std::span<const double> values) {
  double sum = 0.0;
  for (std::size_t k = 0; k < weights.size(); ++k) sum += weights[k] * values[k];
  return sum;
}

}  // namespace

std::vector<WeightThreshold> pair_thresholds(std::span<const double> weights, std::span<const double> higher,
                                             std::span<const double> lower) {
  const double gap = weighted_sum(weights, higher) - weighted_sum(weights, lower);
  double total = 0.0;
  for (double w : weights) total += w;
  std::vector<WeightThreshold> thresholds(weights.size());
  for (std::size_t k = 0; k < weights.size(); ++k) {
    auto& t = thresholds[k];
    const double difference = lower[k] - higher[k];
    if (difference == 0.0) continue;  // w_k moves both scores alike: it cannot swap them
    const double change = gap / difference;
    const double weight = weights[k] + change;
    t.change = change;
    if (weights[k] > 0) t.relative_percent = change / weights[k] * 100.0;
    t.feasible = weight >= 0.0 && weight <= 1.0;
    if (t.feasible) {
      // Renormalised to sum 1 (Σ w + change before): a weighted sum's ranking does not change
      // with the scale of the weights.
      t.weights_at_threshold.assign(weights.begin(), weights.end());
      t.weights_at_threshold[k] = weight;
      for (double& w : t.weights_at_threshold) w /= total + change;
    }
  }
  return thresholds;
}

std::optional<std::size_t> most_critical(const std::vector<WeightThreshold>& thresholds) {
  std::optional<std::size_t> best;
  auto key = [&](std::size_t k) {
    const auto& t = thresholds[k];
    // Relative changes first; weight-0 criteria (absolute change only) after every one of them.
    return t.relative_percent ? std::pair{0, std::abs(*t.relative_percent)} : std::pair{1, std::abs(*t.change)};
  };
  for (std::size_t k = 0; k < thresholds.size(); ++k)
    if (thresholds[k].feasible && (!best || key(k) < key(*best))) best = k;
  return best;
}

}  // namespace tiltak::detail

namespace tiltak {

WeightSensitivity weight_thresholds(const Ranking& ranking) {
  WeightSensitivity result;
  for (const auto& c : ranking.criteria.criteria) {
    result.criteria.push_back(c.id);
    result.weights.push_back(c.weight);
  }
  auto normalised = [](const ScoredInitiative& s) {
    std::vector<double> values;
    for (const auto& part : s.criteria) values.push_back(part.normalised);
    return values;
  };
  std::optional<double> smallest;
  for (std::size_t i = 0; i + 1 < ranking.initiatives.size(); ++i) {
    const auto& higher = ranking.initiatives[i];
    const auto& lower = ranking.initiatives[i + 1];
    NeighbourThresholds pair{higher.id, lower.id, higher.score, lower.score, higher.rank == lower.rank, {}, {}};
    if (!pair.tied) {
      pair.criteria = detail::pair_thresholds(result.weights, normalised(higher), normalised(lower));
      for (std::size_t k = 0; k < pair.criteria.size(); ++k) pair.criteria[k].criterion = result.criteria[k];
      pair.most_critical = detail::most_critical(pair.criteria);
      if (pair.most_critical) {
        const auto& relative = pair.criteria[*pair.most_critical].relative_percent;
        if (relative && (!smallest || std::abs(*relative) < *smallest)) {
          smallest = std::abs(*relative);
          result.most_critical_pair = result.pairs.size();
        }
      }
    }
    result.pairs.push_back(std::move(pair));
  }
  return result;
}

}  // namespace tiltak
