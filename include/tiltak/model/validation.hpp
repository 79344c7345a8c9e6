#pragma once
// The model's rules beyond the shape of a document: unique ids, references that resolve,
// possible dates, one currency, cost-sharing keys that sum to 100 %.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
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

// Where each initiative's and benefit's id stands in a portfolio: kept beside a portfolio by one
// who checks many changes to it (a store's handle), so that a check of a few entities need not
// index every id again.
struct EntityIds {
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view id) const noexcept { return std::hash<std::string_view>{}(id); }
  };
  using Positions = std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>>;
  Positions initiatives;
  Positions benefits;
};
EntityIds index_entity_ids(const Portfolio& portfolio);

// The problems of the portfolio's own fields (organisation, strategy, components) and of the
// selected entities only, after a change that changed them in place (keeping their ids) or
// appended them and touched no others; `before` indexes the ids before the change. Duplicates
// and references are checked against every id.
std::vector<Problem> validate(const Portfolio& portfolio, const EntitySelection& only, const EntityIds& before);

// Throws Error(validation_error) with every problem when validate() finds any.
void require_valid(const Portfolio& portfolio);

}  // namespace tiltak
