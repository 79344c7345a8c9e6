#include "store/latest_portfolio.hpp"

namespace tiltak::detail {
namespace {

template <class Entity>
void take_changed(std::vector<Entity>& committed, const std::vector<Entity>& working,
                  const std::vector<std::size_t>& positions) {
  committed.resize(working.size());
  for (const std::size_t i : positions) committed[i] = working[i];
}

// A change in place keeps its entity's id (or it would have rearranged them): only the
// appended entities add ids.
template <class Entity>
void index_appended(EntityIds::Positions& ids, const std::vector<Entity>& committed, const std::vector<Entity>& working) {
  for (std::size_t i = committed.size(); i < working.size(); ++i) ids.try_emplace(working[i].id.str(), i);
}

}  // namespace

void LatestPortfolio::accept(const ChangedEntities& changed, RevisionNumber made, LastPositions positions) {
  revision = made;
  last_positions = std::move(positions);
  if (changed.rearranged) {
    committed = working;
    ids = index_entity_ids(committed);
    return;
  }
  if (changed.own_fields) {
    committed.name = working.name;
    committed.currency = working.currency;
    committed.organisation = working.organisation;
    committed.strategy = working.strategy;
    committed.components = working.components;
  }
  index_appended(ids.initiatives, committed.initiatives, working.initiatives);
  index_appended(ids.benefits, committed.benefits, working.benefits);
  take_changed(committed.initiatives, working.initiatives, changed.entities.initiatives);
  take_changed(committed.benefits, working.benefits, changed.entities.benefits);
  take_changed(committed.decisions, working.decisions, changed.entities.decisions);
}

void LatestPortfolio::discard_change() { working = committed; }

}  // namespace tiltak::detail
