#include "store/portfolio_change.hpp"

#include "tiltak/core/error.hpp"

namespace tiltak::detail {
namespace {

bool same_entity(const Initiative& a, const Initiative& b) { return a.id == b.id; }
bool same_entity(const Benefit& a, const Benefit& b) { return a.id == b.id; }
bool same_entity(const Decision&, const Decision&) { return true; }  // a decision is its place in the log

template <class Entity>
void compare(const std::vector<Entity>& before, const std::vector<Entity>& after, std::vector<std::size_t>& changed,
             bool& rearranged) {
  if (after.size() < before.size()) rearranged = true;
  for (std::size_t i = 0; i < after.size(); ++i) {
    if (i < before.size() && after[i] == before[i]) continue;
    if (i < before.size() && !same_entity(after[i], before[i])) rearranged = true;
    changed.push_back(i);
  }
}

bool own_fields_differ(const Portfolio& before, const Portfolio& after) {
  return before.name != after.name || before.currency != after.currency || before.organisation != after.organisation ||
         before.strategy != after.strategy || before.components != after.components ||
         before.systems != after.systems || written_schema_version(before) != written_schema_version(after);
}

Problem decision_problem(const std::string& source, std::size_t index) {
  return Problem{source, "/decisions/" + std::to_string(index), 0, 0, "",
                 "the decision log is append-only: an entry may not be changed or removed"};
}

// Whether `after` is `before` with at most what the archive's receipt adds.
bool only_acknowledged(Decision before, const Decision& after) {
  before.registry_entry = after.registry_entry;
  before.acknowledged_hash = after.acknowledged_hash;
  return before == after;
}

}  // namespace

bool ChangedEntities::any() const {
  return own_fields || first_of_kind || rearranged || !entities.initiatives.empty() || !entities.benefits.empty() ||
         !entities.decisions.empty();
}

ChangedEntities changed_entities(const Portfolio& before, const Portfolio& after, const ChangeScope& scope) {
  ChangedEntities changed;
  if (scope.initiative && before.initiatives.size() == after.initiatives.size()) {
    const Initiative* found = after.find_initiative(*scope.initiative);
    const auto i = static_cast<std::size_t>(found - after.initiatives.data());
    if (found && before.initiatives[i].id == found->id) {
      if (!(before.initiatives[i] == *found)) changed.entities.initiatives.push_back(i);
      return changed;
    }
  }
  changed.own_fields = own_fields_differ(before, after);
  changed.first_of_kind = (before.initiatives.empty() && !after.initiatives.empty()) ||
                          (before.benefits.empty() && !after.benefits.empty()) ||
                          (before.decisions.empty() && !after.decisions.empty());
  compare(before.initiatives, after.initiatives, changed.entities.initiatives, changed.rearranged);
  compare(before.benefits, after.benefits, changed.entities.benefits, changed.rearranged);
  compare(before.decisions, after.decisions, changed.entities.decisions, changed.rearranged);
  return changed;
}

void require_appended(const std::vector<Decision>& before, const std::vector<Decision>& after, const std::string& source) {
  for (std::size_t i = 0; i < before.size(); ++i)
    if (i >= after.size() || !only_acknowledged(before[i], after[i]))
      throw Error(ErrorCode::validation_error, decision_problem(source, i));
}

void require_valid_change(const Portfolio& before, const Portfolio& after, const ChangedEntities& changed,
                          const EntityIds& before_ids, const std::string& source) {
  // A change to the portfolio's own fields (a unit or a goal gone, another currency) or a
  // removal can break any entity's references; only then is everything checked again.
  const bool whole = changed.own_fields || changed.rearranged;
  if (auto problems = whole ? validate(after) : validate(after, changed.entities, before_ids); !problems.empty())
    throw Error(ErrorCode::validation_error, std::move(problems));
  if (changed.rearranged) return require_appended(before.decisions, after.decisions, source);
  for (const std::size_t i : changed.entities.decisions)
    if (i < before.decisions.size() && !only_acknowledged(before.decisions[i], after.decisions[i]))
      throw Error(ErrorCode::validation_error, decision_problem(source, i));
}

[[noreturn]] void no_portfolio_to_change(const std::string& location) {
  throw Error(ErrorCode::not_found, Problem{location, "", 0, 0, "", "the store holds no portfolio yet; import one first"});
}

}  // namespace tiltak::detail
