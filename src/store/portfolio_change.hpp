#pragma once
// What a change did to a portfolio, entity by entity, and whether the result may be committed:
// valid, and with the decision log only appended to. Shared by every kind of store, so that a
// change is judged the same way whichever keeps it.

#include <optional>
#include <string>
#include <vector>

#include "tiltak/model/portfolio.hpp"
#include "tiltak/model/validation.hpp"

namespace tiltak::detail {

// The entities `after` holds that differ from `before`'s at the same position, or that it
// appends (positions in `after`'s arrays, ascending).
struct ChangedEntities {
  bool own_fields = false;  // name, currency, organisation, strategy, components
  bool first_of_kind = false;  // the first initiative, benefit or decision: the portfolio's entity lists its kind now
  bool rearranged = false;  // an entity removed or put in another's place: positions no longer match
  EntitySelection entities;
  bool any() const;
  // Whether the store's "portfolio" entity (document_parts.hpp) changed.
  bool portfolio_entity() const { return own_fields || first_of_kind; }
};

// What a change may have touched: anything, or only the initiative named (the others and the
// portfolio's own fields are then not compared).
struct ChangeScope {
  std::optional<InitiativeId> initiative;
};

ChangedEntities changed_entities(const Portfolio& before, const Portfolio& after, const ChangeScope& scope = {});

// Error(validation_error) with every problem of `after` a change can have made: those of the
// changed entities against all ids when only entities changed in place or were appended, the
// whole portfolio's otherwise; and when a decision was changed or removed. `before_ids`:
// index_entity_ids(before).
void require_valid_change(const Portfolio& before, const Portfolio& after, const ChangedEntities& changed,
                          const EntityIds& before_ids, const std::string& source);

// The log may grow and an entry may gain what the archive's receipt gives it (its registry
// entry and the hash acknowledged); nothing else in it may change (docs/governance.md).
// Error(validation_error) naming the first entry changed or removed otherwise.
void require_appended(const std::vector<Decision>& before, const std::vector<Decision>& after, const std::string& source);

// Error(not_found): a change needs a portfolio to change.
[[noreturn]] void no_portfolio_to_change(const std::string& location);

}  // namespace tiltak::detail
