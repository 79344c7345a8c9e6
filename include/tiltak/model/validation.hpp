#pragma once
// The model's rules beyond the shape of a document: unique ids, references that resolve,
// possible dates, one currency, cost-sharing keys that sum to 100 %.

#include <vector>

#include "tiltak/core/error.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak {

// Every problem found, each with the JSON Pointer of the offending field in the portfolio
// document. Empty when the portfolio is valid.
std::vector<Problem> validate(const Portfolio& portfolio);

// The initiatives, benefits and decisions (positions in their arrays) a partial check covers.
struct EntitySelection {
  std::vector<std::size_t> initiatives;
  std::vector<std::size_t> benefits;
  std::vector<std::size_t> decisions;
};

// The problems of the portfolio's own fields (organisation, strategy, components) and of the
// selected entities only, for a change that touched no others: every id is still indexed, so
// duplicates anywhere and references from the selected entities are checked against them all.
std::vector<Problem> validate(const Portfolio& portfolio, const EntitySelection& only);

// Throws Error(validation_error) with every problem when validate() finds any.
void require_valid(const Portfolio& portfolio);

}  // namespace tiltak
