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

// Throws Error(validation_error) with every problem when validate() finds any.
void require_valid(const Portfolio& portfolio);

}  // namespace tiltak
