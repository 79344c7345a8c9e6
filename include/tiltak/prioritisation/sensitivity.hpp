#pragma once
// How robust a ranking is to its criteria weights (docs/prioritisation.md, "Sensitivity"):
// the smallest weight change that swaps each pair of neighbours (Triantaphyllou & Sánchez
// 1997), and a seeded Monte Carlo over weight uncertainty giving each initiative's chance of
// making the top k and the selected portfolio, with its rank distribution (SMAA's rank
// acceptability, Lahdelma et al. 1998).

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "tiltak/prioritisation/scoring.hpp"
#include "tiltak/prioritisation/selection.hpp"

namespace tiltak {

// One criterion's threshold for a pair of neighbours: changing its weight w_k alone by
// `change` (the others kept) makes the two scores equal; beyond it they swap. The score is a
// weighted sum, so rescaling all weights leaves the ranking as it is: the renormalised weights
// at the threshold tie the pair just the same.
struct WeightThreshold {
  std::string criterion;
  std::optional<double> change;            // new w_k − w_k; missing when both score the same on k
  std::optional<double> relative_percent;  // change / w_k × 100; missing when w_k = 0 or no change
  bool feasible = false;                   // w_k + change within [0, 1]
  std::vector<double> weights_at_threshold;  // every weight, renormalised to sum 1; empty unless feasible
  bool operator==(const WeightThreshold&) const = default;
};

struct NeighbourThresholds {
  InitiativeId higher, lower;  // neighbours in the ranking, `higher` first
  double higher_score = 0.0, lower_score = 0.0;
  bool tied = false;  // equal scores already (within score_tie_tolerance): no thresholds
  std::vector<WeightThreshold> criteria;  // in the criteria' order
  // The feasible threshold with the smallest |relative change| (by |change| among criteria of
  // weight 0 when no other is feasible): the pair's most critical criterion.
  std::optional<std::size_t> most_critical;
  bool operator==(const NeighbourThresholds&) const = default;
};

struct WeightSensitivity {
  std::vector<std::string> criteria;  // ids, in order
  std::vector<double> weights;        // normalised, sum 1
  std::vector<NeighbourThresholds> pairs;  // in ranking order
  // The pair whose most critical threshold is the smallest relative change of all (the
  // portfolio's most critical criterion, Triantaphyllou's "percent-any").
  std::optional<std::size_t> most_critical_pair;
  bool operator==(const WeightSensitivity&) const = default;
};

// The thresholds of every pair of neighbours in `ranking` (rank_initiatives's result).
WeightSensitivity weight_thresholds(const Ranking& ranking);

// How the weights vary.
//   dirichlet: w ~ Dirichlet(c·w₀): mean w₀, sd(w_k) = √(w_k(1 − w_k)/(c + 1)).
//   uniform:   w_k = w₀_k × U(1 − s, 1 + s), then renormalised to sum 1.
// Criteria of weight 0 stay 0 in both.
enum class WeightModel { dirichlet, uniform };
template <>
std::span<const EnumName<WeightModel>> enum_names<WeightModel>() noexcept;

struct WeightUncertaintyOptions {
  WeightModel model = WeightModel::dirichlet;
  double concentration = 100.0;  // dirichlet c > 0: 100 gives a weight of 0.2 an sd of 0.04 (20 %)
  double spread = 0.2;           // uniform s in [0, 1]: ±20 %
  int draws = 1000;              // 1 … 1 000 000
  int top_k = 5;                 // ≥ 1
  std::uint64_t seed = 1;
  int threads = 2;  // 1 … 64; the result is the same for any number (an exact selection stopped
                    // by its time limit aside)
  // P(selected): the selection of `selection` re-run with each draw's weights (score objective).
  bool select = true;
  SelectionMethod method = SelectionMethod::greedy;  // greedy by default: one exact solve per draw is slow
  double time_limit_seconds = 1.0;                   // per draw, exact only
  bool operator==(const WeightUncertaintyOptions&) const = default;
};

struct RankDistribution {
  InitiativeId id;
  std::string title;
  int rank = 0;                    // with the given weights
  bool selected = false;           // with the given weights (false when not selecting)
  double probability_top_k = 0.0;  // share of draws with rank ≤ k
  std::optional<double> probability_selected;  // when selecting
  double mean_rank = 0.0;
  int rank_p5 = 0, rank_p95 = 0;  // the 5th and 95th percentile ranks (nearest rank)
  // rank_acceptability[r − 1]: the share of draws with rank r (SMAA's b_i^r); sums to 1.
  std::vector<double> rank_acceptability;
  bool operator==(const RankDistribution&) const = default;
};

struct WeightUncertainty {
  WeightUncertaintyOptions options;
  std::vector<std::string> criteria;   // ids, in order
  std::vector<double> weights;         // the given weights, normalised
  std::vector<double> mean_weights;    // the mean of the drawn weights
  std::vector<RankDistribution> initiatives;  // in the given ranking's order
  // Draws whose selection failed (the greedy heuristic can miss the service-area shares);
  // they count as selecting nothing.
  int failed_selections = 0;
  int time_limited_selections = 0;  // exact draws stopped by the time limit (best found used)
  bool operator==(const WeightUncertainty&) const = default;
};

// Ranks in a draw as in rank_initiatives: scores within score_tie_tolerance share a rank.
// `selection` gives the criteria (with the weights w₀) and, when options.select, the
// constraints of the selection re-run per draw. Throws Error(validation_error) with pointers
// for unusable options (/draws, /top_k, /threads, /concentration, /spread_percent,
// /time_limit_seconds; /selection/objective when it is npv while selecting) and what
// rank_initiatives and select_portfolio throw (the latter once, with the given weights).
WeightUncertainty weight_uncertainty(const Portfolio& portfolio, const SelectionOptions& selection,
                                     const WeightUncertaintyOptions& options = {});

}  // namespace tiltak
