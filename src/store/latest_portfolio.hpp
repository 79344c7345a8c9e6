#pragma once
// The latest state of a store as one handle last read or committed it, kept between changes so
// that a change neither reads the whole portfolio again nor writes more than it changed.

#include <cstdint>
#include <map>
#include <string>

#include "store/portfolio_change.hpp"
#include "tiltak/model/portfolio.hpp"
#include "tiltak/store/store.hpp"

namespace tiltak::detail {

// The highest position of a live row, per kind of entity (entity_positions.hpp).
using LastPositions = std::map<std::string, std::int64_t, std::less<>>;

struct LatestPortfolio {
  RevisionNumber revision = 0;
  Portfolio committed;  // as revision `revision` holds it
  Portfolio working;    // what a change edits; the same as `committed` between changes
  EntityIds ids;  // of `committed`
  LastPositions last_positions;

  // After `working` was committed as `made` with the entities `changed`: `committed` takes
  // what changed (copying only those entities unless some were rearranged).
  void accept(const ChangedEntities& changed, RevisionNumber made, LastPositions positions);
  // After a change was not committed: `working` is `committed` again.
  void discard_change();
};

}  // namespace tiltak::detail
