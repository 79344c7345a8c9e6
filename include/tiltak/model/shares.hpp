#pragma once
// Who carries which part of an amount: a cooperation's members by their cost-sharing keys, an
// initiative's service areas, a benefit's contributors. Every split goes through the one
// allocation rule (tiltak/core/allocation.hpp), so the parts always sum exactly to the whole
// (docs/benefits.md, "Splitting an amount").

#include <vector>

#include "tiltak/core/money.hpp"
#include "tiltak/model/benefit.hpp"
#include "tiltak/model/initiative.hpp"
#include "tiltak/model/organisation.hpp"

namespace tiltak {

// The members' parts of an amount they share (a cost line without a bearer), by their
// cost-sharing keys, in the organisation's member order. Throws Error(invalid_argument) for
// an organisation without members or whose keys sum to 0.
std::vector<Money> member_parts(Money amount, const Organisation& organisation);

// The service areas' parts of an amount of `initiative`: equal, in the order the initiative
// lists its areas. Empty for an initiative in no service area.
std::vector<Money> service_area_parts(Money amount, const Initiative& initiative);
// The part of one service area (0 for an area the initiative does not serve).
Money service_area_part(Money amount, const Initiative& initiative, const ServiceAreaId& area);

// The contributors' parts of an amount of `benefit` by their attribution shares, in the order
// of benefit.contributors, followed by the part attributed to no initiative (10 000 basis
// points less the shares; 0 when they make up the whole).
std::vector<Money> contributor_parts(Money amount, const Benefit& benefit);
// The part attributed to `initiative` (the sum of its parts if it is listed more than once).
Money contributor_part(Money amount, const Benefit& benefit, const InitiativeId& initiative);
// The part attributed to no initiative.
Money unattributed_part(Money amount, const Benefit& benefit);

}  // namespace tiltak
