#pragma once
// A rounded amount apportioned over parties by their unrounded parts, so that the parties'
// amounts add up to it exactly (the allocation rule, tiltak/core/allocation.hpp).

#include <map>

#include "tiltak/benefits/payers.hpp"

namespace tiltak::detail {

using PartySums = std::map<Party, long double>;  // minor units, unrounded
using PartyAmounts = std::map<Party, Money>;

// Adds to `into` the parties' parts of `whole`, split by the allocation rule with the unrounded
// parts, scaled to integers, as the weights: they then sum to `whole` exactly. Parts of mixed
// signs (a negative benefit beside positive ones) or summing to zero are rounded one by one.
void apportion(Money whole, const PartySums& parts, PartyAmounts& into);

}  // namespace tiltak::detail
