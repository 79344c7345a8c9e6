#pragma once
// A deterministic generator of large, realistic synthetic portfolios for tests and benchmarks.

#include <cstddef>
#include <cstdint>

#include "tiltak/model/portfolio.hpp"

namespace tiltak {

struct SyntheticOptions {
  std::size_t initiatives = 1000;
  std::uint64_t seed = 1;
  // Mean number of dependencies on other initiatives (0..1000); the first few initiatives,
  // having fewer predecessors, get fewer. About 15 % also depend on a shared component.
  double dependencies_per_initiative = 2.0;
  // Planned dates, cost lines and budget frames lie in [first_year, first_year + years);
  // benefit profiles run up to six years past it. first_year > 1900 (anchoring and assessments
  // are dated up to 240 days before it) and the profiles must end by 2200: every date lies in
  // the supported range (tiltak/core/date_range.hpp).
  int first_year = 2026;
  int years = 5;  // 1..50
  Currency currency = Currency::NOK;
  // 0: a single municipality. 2..100: a cooperation (interkommunalt samarbeid) of that many
  // member municipalities, with cost-sharing keys summing to exactly 100 %, units spread
  // over the members and some benefits landing in a member.
  std::size_t cooperation_members = 0;
};

// The same options give the same portfolio on every platform and compiler: the generator
// draws only from std::mt19937_64 (whose output the standard specifies) through its own
// integer helpers, in a fixed order, and computes amounts in integers; its few doubles
// (quantities, indicator values, goal weights) are small integers or halves, held exactly.
//
// The result is valid (validate() finds nothing): six service areas with a few units each,
// people in roles, five goals, budget frames and capacity sized below demand, a handful of
// shared components, lifecycle stages in realistic proportions, cost humps (investment early,
// operating after) in exact minor units, 0-3 risks, a sparse acyclic dependency graph (edges
// only to lower-numbered initiatives, mostly local, in chains short enough that the schedule of
// any size stays within the supported dates: 26 initiatives for the default horizon, fewer the
// closer it lies to 2200) and about 0.6 benefits per initiative
// with profiles starting one or two years after the costs. Planned dates are not made
// consistent with the dependencies, so schedule checks find some conflicts, as in practice.
//
// Ids are "T-000001" (initiatives) and "B-000001" (benefits), zero-padded to the width of
// the count (at least 3 digits), so they sort in generation order.
//
// Throws Error(invalid_argument) for unusable options (negative or non-finite out-degree,
// years outside 1..50, a horizon outside 1901..2200, 1 or more than 100 members).
Portfolio generate_portfolio(const SyntheticOptions& options);

}  // namespace tiltak
