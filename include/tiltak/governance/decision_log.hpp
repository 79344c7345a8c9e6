#pragma once
// The decision log: append-only and tamper-evident. Each entry's hash is the SHA-256 of its
// canonical form, which includes the hash of the entry before it (docs/governance.md).

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "tiltak/core/error.hpp"
#include "tiltak/core/locale.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak {

// The SHA-256 (lower-case hex) of the decision's canonical form: every field but `hash` and
// `registry_entry` (assigned by the archive afterwards), `previous_hash` included, as compact
// JSON in a fixed order.
std::string decision_hash(const Decision& decision);

// Links `decision` to the log's last entry, hashes it and appends it.
void append_decision(std::vector<Decision>& log, Decision decision);

// Where an anchor comes from, which is what it proves: the archive's copy of a decision message
// lies outside the portfolio's file; a store's history lies in the same database as the log,
// apart from its decision rows.
enum class AnchorSource { archive, store_history };

// What the archive received for one decision (docs/governance.md, "What the chain proves"):
// each decision's arkivmelding carries its entry hash and the chain head when it was written,
// so the archive's copy anchors the chain outside the file (read_chain_anchor(), fiks_arkiv.hpp).
// A store keeps the chain head after each revision the same way (Store::chain_history()).
struct ChainAnchor {
  std::size_t number = 0;       // the decision's number in the log, 1-based
  std::string hash;             // its entry hash
  std::size_t head_number = 0;  // the log's last entry when the message was written, 1-based
  std::string head_hash;
  AnchorSource source = AnchorSource::archive;
  bool operator==(const ChainAnchor&) const = default;
};

// The log's head as an anchor ({n, hash, n, hash} of the last entry; all zero and empty for an
// empty log): what a store keeps with each revision, so that its history, like the archive's
// copies, can later be passed to verify_decision_log() as evidence from outside the file.
ChainAnchor chain_head(const std::vector<Decision>& log);

struct LogVerification {
  bool intact = true;  // no finding
  std::size_t entries = 0;
  std::optional<std::size_t> first_broken;  // index of the first entry that does not verify
  std::string reason;                       // why it does not ("hash does not match its content" ...)
  // The record as a whole (the Portfolio overload): the number of the last decision the
  // archive's acknowledgements vouch for (0: none), the last one a store's history vouches for,
  // the language of the messages, and every finding (`value` its kind: "chain",
  // "cut_tail", "changed", "replay", "stage_without_decision", and against a rulebook
  // "transition", "mandate" (lifecycle_gates.hpp); `pointer` into the document).
  std::size_t acknowledged = 0;
  std::size_t recorded = 0;
  Language language = Language::en;
  std::vector<Problem> findings;
  bool operator==(const LogVerification&) const = default;
};

// The hash chain alone: the first entry whose link or hash does not verify.
LogVerification verify_decision_log(const std::vector<Decision>& log);

// The decision record: the chain; the stages the log explains (each initiative's decisions
// follow on from each other and its stage is the last one's, else "a stage without a decision
// behind it"); and every acknowledgement (the decisions' acknowledged_hash and `anchors` from
// the archive's copies), which the log must still hold unchanged: a decision acknowledged but
// missing is a cut tail, one acknowledged with another hash a changed (re-hashed) chain.
// Entries after the last acknowledged one are vouched for by nothing outside the file.
LogVerification verify_decision_log(const Portfolio& portfolio, const std::vector<ChainAnchor>& anchors = {},
                                    Language language = Language::en);

// The portfolio with each decision's transition applied in order: the stages the log says.
// Error(validation_error) at the first decision whose initiative is unknown or not in the
// stage the decision moves it from.
Portfolio replay_decisions(Portfolio initial, const std::vector<Decision>& log);

}  // namespace tiltak
