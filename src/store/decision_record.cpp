#include "tiltak/store/decision_record.hpp"

#include "tiltak/governance/lifecycle_gates.hpp"
#include "tiltak/reporting/labels.hpp"

namespace tiltak {

LogVerification verify_decision_log(const Store& store, const StoreLogCheck& check) {
  // The history first: it only grows, so a decision committed between the two reads is at
  // worst not yet vouched for, never taken for a cut tail.
  std::vector<ChainAnchor> anchors = store.chain_history();
  const Portfolio latest = store.read();
  for (ChainAnchor anchor : check.archived) {
    anchor.source = AnchorSource::archive;
    anchors.push_back(std::move(anchor));
  }
  return verify_decision_log(latest, check.rulebook ? *check.rulebook : default_rulebook(latest.currency), anchors,
                             check.language.value_or(default_language(latest.currency)));
}

}  // namespace tiltak
