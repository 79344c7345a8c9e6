#pragma once
// The one allocation rule of tiltak: how an amount is split into parts (a cooperation's member
// keys, an initiative's service areas, a benefit's contributors) so that the parts always sum
// exactly to the whole, in minor units (docs/benefits.md, "Splitting an amount").

#include <cstdint>
#include <span>
#include <vector>

#include "tiltak/core/money.hpp"

namespace tiltak {

// Split `whole` in proportion to `weights` by the largest-remainder (Hamilton) method: each
// part gets the whole minor units of its exact quota |whole| × weight / Σ weights, and the
// minor units left over go one each to the parts with the largest fractional remainders, ties
// to the part listed first. A negative whole is split as its magnitude and every part negated
// (splitting −x gives exactly the negated parts of x). The parts are in the order of
// `weights`, in the whole's currency, sum exactly to `whole`, and a part of weight 0 is 0.
//
// Throws Error(invalid_argument) for no weights, a negative weight or weights summing to 0,
// Error(overflow) when the weights' sum leaves the range of int64.
std::vector<Money> allocate(Money whole, std::span<const std::int64_t> weights);

}  // namespace tiltak
