#pragma once
// Scoring and ranking initiatives by weighted criteria, with each criterion's part shown.

#include <optional>
#include <string>
#include <vector>

#include "tiltak/core/id.hpp"
#include "tiltak/model/portfolio.hpp"
#include "tiltak/prioritisation/criteria.hpp"

namespace tiltak {

// One criterion's part in an initiative's score: contribution = weight × normalised.
struct CriterionScore {
  std::string criterion;
  std::optional<double> raw;  // the measured value; missing (e.g. no benefit–cost ratio) scores 0
  double normalised = 0.0;    // 0..1, 1 best
  double weight = 0.0;        // normalised weight (weights sum to 1)
  double contribution = 0.0;
  bool operator==(const CriterionScore&) const = default;
};

struct ScoredInitiative {
  InitiativeId id;
  std::string title;
  double score = 0.0;  // 0..1: Σ contributions
  int rank = 0;        // 1 best; equal scores share a rank ("1, 2, 2, 4")
  std::vector<CriterionScore> criteria;  // in the criteria' order
  bool operator==(const ScoredInitiative&) const = default;
};

struct Ranking {
  Criteria criteria;  // with the normalised weights
  std::vector<ScoredInitiative> initiatives;  // best first; ties by id
};

// Scores differing by no more than this are a tie.
inline constexpr double score_tie_tolerance = 1e-9;

// The candidates: initiatives neither finished (completed, closed) nor dropped (rejected,
// cancelled). Throws Error(validation_error) for invalid criteria (validate_criteria).
Ranking rank_initiatives(const Portfolio& portfolio, const Criteria& criteria = default_criteria());

// Whether an initiative is a candidate for prioritisation and selection.
bool is_candidate(const Initiative& initiative) noexcept;

}  // namespace tiltak
