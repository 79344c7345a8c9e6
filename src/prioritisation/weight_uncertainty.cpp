// Monte Carlo over weight uncertainty: each draw scores the candidates with drawn weights,
// ranks them and (optionally) re-runs the selection (docs/prioritisation.md, "Sensitivity").

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <unordered_map>

#include "core/monte_carlo.hpp"
#include "prioritisation/selection_problem.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/prioritisation/sensitivity.hpp"

namespace tiltak {

template <>
std::span<const EnumName<WeightModel>> enum_names() noexcept {
  static constexpr EnumName<WeightModel> names[] = {{WeightModel::dirichlet, "dirichlet"},
                                                    {WeightModel::uniform, "uniform"}};
  return names;
}

namespace {

constexpr const char* source = "weight uncertainty options";

void validate(const WeightUncertaintyOptions& o, const SelectionOptions& selection) {
  std::vector<Problem> problems;
  auto add = [&](const char* pointer, std::string value, const char* message) {
    problems.push_back(Problem{source, pointer, 0, 0, std::move(value), message});
  };
  if (o.draws < 1 || o.draws > 1'000'000) add("/draws", std::to_string(o.draws), "expected 1 … 1 000 000 draws");
  if (o.top_k < 1) add("/top_k", std::to_string(o.top_k), "expected k ≥ 1");
  if (o.threads < 1 || o.threads > 64) add("/threads", std::to_string(o.threads), "expected 1 … 64");
  if (!std::isfinite(o.concentration) || o.concentration <= 0)
    add("/concentration", std::to_string(o.concentration), "the Dirichlet concentration must be a number above 0");
  if (!std::isfinite(o.spread) || o.spread < 0 || o.spread > 1)
    add("/spread_percent", std::to_string(o.spread * 100), "the spread must be 0 … 100 %");
  if (o.select && o.method == SelectionMethod::exact && !(o.time_limit_seconds > 0))
    add("/time_limit_seconds", std::to_string(o.time_limit_seconds), "the time limit must be above 0 seconds");
  if (o.select && selection.objective != SelectionObjective::score)
    add("/selection/objective", std::string(enum_name(selection.objective)),
        "the weights matter only to the score objective: select by score, or set select to false");
  if (!problems.empty()) throw Error(ErrorCode::validation_error, std::move(problems));
}

// One draw's weights (normalised, sum 1) around the given ones.
std::vector<double> draw_weights(const std::vector<double>& given, const WeightUncertaintyOptions& o,
                                 detail::DrawStream& stream) {
  std::vector<double> w(given.size(), 0.0);
  double sum = 0.0;
  for (std::size_t k = 0; k < given.size(); ++k) {
    if (given[k] <= 0) continue;  // a criterion of weight 0 stays out
    if (o.model == WeightModel::dirichlet) {
      // Dirichlet(α) as independent Gamma(α_k, 1) draws over their sum.
      w[k] = std::gamma_distribution<double>(o.concentration * given[k], 1.0)(stream);
    } else {
      w[k] = given[k] * (1.0 + o.spread * (2.0 * stream.uniform() - 1.0));
    }
    sum += w[k];
  }
  if (!(sum > 0)) return given;  // every gamma draw underflowed (tiny α): keep the given weights
  for (double& x : w) x /= sum;
  return w;
}

// Competition ranks ("1, 2, 2, 4") of `scores`, as rank_initiatives gives them.
void rank_scores(const std::vector<double>& scores, std::vector<std::size_t>& order, std::vector<int>& ranks) {
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  for (std::size_t p = 0; p < order.size(); ++p) {
    const bool tie = p > 0 && std::abs(scores[order[p - 1]] - scores[order[p]]) <= score_tie_tolerance;
    ranks[order[p]] = tie ? ranks[order[p - 1]] : static_cast<int>(p + 1);
  }
}

// Weights summed in fixed point (2⁻⁴⁰): integer sums do not depend on how draws are split.
constexpr double fixed_point = 0x1.0p40;

// What one block of draws counts.
struct Tally {
  std::vector<std::vector<std::int64_t>> at_rank;  // [initiative][rank − 1]
  std::vector<std::int64_t> selected;
  std::vector<std::int64_t> weight_sum;
  int failed = 0, time_limited = 0;
};

}  // namespace

WeightUncertainty weight_uncertainty(const Portfolio& portfolio, const SelectionOptions& selection,
                                     const WeightUncertaintyOptions& options) {
  validate(options, selection);
  const Ranking ranking = rank_initiatives(portfolio, selection.criteria);
  const std::size_t n = ranking.initiatives.size(), criteria = ranking.criteria.criteria.size();

  WeightUncertainty result;
  result.options = options;
  for (const auto& c : ranking.criteria.criteria) {
    result.criteria.push_back(c.id);
    result.weights.push_back(c.weight);
  }
  std::vector<std::vector<double>> values(n, std::vector<double>(criteria));
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t k = 0; k < criteria; ++k) values[i][k] = ranking.initiatives[i].criteria[k].normalised;

  // The selection with the given weights first: its errors (infeasible, unknown ids) are the
  // user's to see, once. The draws then reuse its problem with their own values.
  SelectionOptions given = selection;
  given.method = options.method;
  given.time_limit_seconds = options.time_limit_seconds;
  std::unordered_map<std::string, std::size_t> position;  // id → index in the ranking
  for (std::size_t i = 0; i < n; ++i) position[ranking.initiatives[i].id.str()] = i;
  std::vector<bool> selected_given(n, false);
  std::optional<detail::SelectionProblem> problem;
  std::vector<std::size_t> candidate_of(n);  // ranking index → problem candidate index
  if (options.select) {
    for (const auto& id : select_portfolio(portfolio, given).selected) selected_given[position.at(id.str())] = true;
    problem = detail::build_selection_problem(portfolio, given);
    for (std::size_t c = 0; c < problem->candidates.size(); ++c)
      candidate_of[position.at(problem->candidates[c].initiative->id.str())] = c;
  }

  const auto draws = static_cast<std::size_t>(options.draws);
  std::vector<Tally> tallies(detail::block_count(draws, options.threads));
  detail::run_in_blocks(draws, options.threads, [&](std::size_t block, std::size_t first, std::size_t last) {
    Tally& tally = tallies[block];
    tally.at_rank.assign(n, std::vector<std::int64_t>(n, 0));
    tally.selected.assign(n, 0);
    tally.weight_sum.assign(criteria, 0);
    std::optional<detail::SelectionProblem> local = problem;  // each block writes its own values
    std::vector<double> scores(n);
    std::vector<std::size_t> order(n);
    std::vector<int> ranks(n);
    for (std::size_t d = first; d < last; ++d) {
      detail::DrawStream stream(options.seed, d);
      const std::vector<double> w = draw_weights(result.weights, options, stream);
      for (std::size_t k = 0; k < criteria; ++k) tally.weight_sum[k] += std::llround(w[k] * fixed_point);
      for (std::size_t i = 0; i < n; ++i)
        scores[i] = std::inner_product(w.begin(), w.end(), values[i].begin(), 0.0);
      rank_scores(scores, order, ranks);
      for (std::size_t i = 0; i < n; ++i) ++tally.at_rank[i][static_cast<std::size_t>(ranks[i] - 1)];
      if (!local) continue;
      for (std::size_t i = 0; i < n; ++i) local->candidates[candidate_of[i]].value = scores[i];
      const detail::Solution solution = options.method == SelectionMethod::exact
                                            ? detail::solve_exact(*local, options.time_limit_seconds)
                                            : detail::solve_greedy(*local);
      if (solution.infeasible) {
        ++tally.failed;
        continue;
      }
      if (options.method == SelectionMethod::exact && !solution.proven_optimal) ++tally.time_limited;
      for (std::size_t i = 0; i < n; ++i)
        if (solution.chosen[candidate_of[i]]) ++tally.selected[i];
    }
  });

  const auto total = static_cast<double>(draws);
  std::vector<std::int64_t> weight_sum(criteria, 0);
  for (const auto& tally : tallies) {
    for (std::size_t k = 0; k < criteria; ++k) weight_sum[k] += tally.weight_sum[k];
    result.failed_selections += tally.failed;
    result.time_limited_selections += tally.time_limited;
  }
  for (std::size_t k = 0; k < criteria; ++k)
    result.mean_weights.push_back(static_cast<double>(weight_sum[k]) / fixed_point / total);
  const auto p5_count = static_cast<std::int64_t>(std::ceil(0.05 * total));
  const auto p95_count = static_cast<std::int64_t>(std::ceil(0.95 * total));
  for (std::size_t i = 0; i < n; ++i) {
    RankDistribution row;
    row.id = ranking.initiatives[i].id;
    row.title = ranking.initiatives[i].title;
    row.rank = ranking.initiatives[i].rank;
    row.selected = selected_given[i];
    std::int64_t cumulative = 0, in_top = 0, rank_sum = 0, selected = 0;
    for (const auto& tally : tallies) selected += options.select ? tally.selected[i] : 0;
    for (std::size_t r = 0; r < n; ++r) {
      std::int64_t count = 0;
      for (const auto& tally : tallies) count += tally.at_rank[i][r];
      const int rank = static_cast<int>(r + 1);
      // Nearest-rank percentiles: the smallest rank whose cumulative count reaches ⌈p·draws⌉.
      if (cumulative < p5_count && cumulative + count >= p5_count) row.rank_p5 = rank;
      if (cumulative < p95_count && cumulative + count >= p95_count) row.rank_p95 = rank;
      cumulative += count;
      if (rank <= options.top_k) in_top += count;
      rank_sum += count * rank;
      row.rank_acceptability.push_back(static_cast<double>(count) / total);
    }
    row.probability_top_k = static_cast<double>(in_top) / total;
    if (options.select) row.probability_selected = static_cast<double>(selected) / total;
    row.mean_rank = static_cast<double>(rank_sum) / total;
    result.initiatives.push_back(std::move(row));
  }
  return result;
}

}  // namespace tiltak
