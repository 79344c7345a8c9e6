#pragma once
// The decision record of a store, verified with everything that vouches for it: the log's hash
// chain, the stages it explains, each decision replayed against the rulebook's gates, the
// store's own history of chain heads and the archive's copies of decision messages
// (docs/governance.md, "What the chain proves"). One operation for the CLI's `log verify`, the
// C API and Python.

#include <optional>
#include <vector>

#include "tiltak/core/locale.hpp"
#include "tiltak/governance/decision_log.hpp"
#include "tiltak/governance/rulebook.hpp"
#include "tiltak/store/store.hpp"

namespace tiltak {

struct StoreLogCheck {
  // The archive's copies of decision messages (read_chain_anchor()); counted as the archive's
  // whatever their `source` says.
  std::vector<ChainAnchor> archived;
  std::optional<Rulebook> rulebook;  // the gates each decision is replayed against; nullopt: the currency's
  std::optional<Language> language;  // of the findings; nullopt: the currency's
};

// The latest portfolio's decision record, held against the store's chain_history() (none for
// the JSON document) and `check.archived`.
LogVerification verify_decision_log(const Store& store, const StoreLogCheck& check = {});

}  // namespace tiltak
