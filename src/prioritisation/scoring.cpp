#include "tiltak/prioritisation/scoring.hpp"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "prioritisation/criterion_values.hpp"

namespace tiltak {
namespace {

// Each value's rank, 1 for the largest, ties sharing their mean rank.
std::vector<double> mean_ranks(const std::vector<double>& values) {
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] > values[b]; });
  std::vector<double> ranks(values.size());
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i;
    while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]]) ++j;
    const double mean = (static_cast<double>(i + 1) + static_cast<double>(j + 1)) / 2.0;
    for (std::size_t k = i; k <= j; ++k) ranks[order[k]] = mean;
    i = j + 1;
  }
  return ranks;
}

// Values in 0..1, 1 best; missing values score 0.
std::vector<double> normalise(const Criterion& criterion, const std::vector<std::optional<double>>& raw) {
  std::vector<double> present;
  for (const auto& value : raw)
    if (value) present.push_back(*value);
  std::vector<double> out(raw.size(), 0.0);
  if (present.empty()) return out;
  const auto [min_it, max_it] = std::minmax_element(present.begin(), present.end());
  const double min = *min_it, max = *max_it;
  const bool minimise = criterion.direction == CriterionDirection::minimise;
  switch (criterion.normalisation) {
    case Normalisation::min_max:
      for (std::size_t i = 0; i < raw.size(); ++i) {
        if (!raw[i]) continue;
        const double v = (*raw[i] - min) / (max - min);
        out[i] = max <= min ? 1.0 : minimise ? 1.0 - v : v;
      }
      break;
    case Normalisation::rank: {
      const auto ranks = mean_ranks(present);
      const double n = static_cast<double>(present.size());
      for (std::size_t i = 0, k = 0; i < raw.size(); ++i) {
        if (!raw[i]) continue;
        const double v = (n - ranks[k++]) / (n - 1);
        out[i] = n <= 1 ? 1.0 : minimise ? 1.0 - v : v;
      }
      break;
    }
    case Normalisation::target: {
      const double tolerance = criterion.tolerance.value_or(max - min);
      for (std::size_t i = 0; i < raw.size(); ++i) {
        if (!raw[i]) continue;
        const double distance = std::abs(*raw[i] - *criterion.target);
        out[i] = tolerance > 0 ? std::max(0.0, 1.0 - distance / tolerance) : (distance == 0 ? 1.0 : 0.0);
      }
      break;
    }
  }
  return out;
}

}  // namespace

bool is_candidate(const Initiative& initiative) noexcept {
  return !is_dropped(initiative.stage) && initiative.stage != Stage::completed && initiative.stage != Stage::closed;
}

Ranking rank_initiatives(const Portfolio& portfolio, const Criteria& criteria) {
  validate_criteria(criteria);
  Ranking ranking;
  ranking.criteria = criteria;
  double weight_sum = 0.0;
  for (const auto& c : criteria.criteria) weight_sum += c.weight;
  for (auto& c : ranking.criteria.criteria) c.weight /= weight_sum;

  std::vector<const Initiative*> candidates;
  for (const auto& initiative : portfolio.initiatives)
    if (is_candidate(initiative)) candidates.push_back(&initiative);
  const detail::CriterionValues values(portfolio, criteria);

  for (const auto* initiative : candidates) {
    ScoredInitiative scored;
    scored.id = initiative->id;
    scored.title = initiative->title;
    ranking.initiatives.push_back(std::move(scored));
  }
  for (const auto& criterion : ranking.criteria.criteria) {
    std::vector<std::optional<double>> raw;
    raw.reserve(candidates.size());
    for (const auto* initiative : candidates) raw.push_back(values.raw(criterion, *initiative));
    const auto normalised = normalise(criterion, raw);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      const double contribution = criterion.weight * normalised[i];
      ranking.initiatives[i].criteria.push_back({criterion.id, raw[i], normalised[i], criterion.weight, contribution});
      ranking.initiatives[i].score += contribution;
    }
  }
  std::stable_sort(ranking.initiatives.begin(), ranking.initiatives.end(),
                   [](const ScoredInitiative& a, const ScoredInitiative& b) {
                     if (a.score != b.score) return a.score > b.score;
                     return a.id < b.id;
                   });
  for (std::size_t i = 0; i < ranking.initiatives.size(); ++i) {
    auto& current = ranking.initiatives[i];
    const bool tie = i > 0 && std::abs(ranking.initiatives[i - 1].score - current.score) <= score_tie_tolerance;
    current.rank = tie ? ranking.initiatives[i - 1].rank : static_cast<int>(i + 1);
  }
  return ranking;
}

}  // namespace tiltak
