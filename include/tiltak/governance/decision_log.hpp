#pragma once
// The decision log: append-only and tamper-evident. Each entry's hash is the SHA-256 of its
// canonical form, which includes the hash of the entry before it (docs/governance.md).

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "tiltak/model/portfolio.hpp"

namespace tiltak {

// The SHA-256 (lower-case hex) of the decision's canonical form: every field but `hash` and
// `registry_entry` (assigned by the archive afterwards), `previous_hash` included, as compact
// JSON in a fixed order.
std::string decision_hash(const Decision& decision);

// Links `decision` to the log's last entry, hashes it and appends it.
void append_decision(std::vector<Decision>& log, Decision decision);

struct LogVerification {
  bool intact = true;
  std::size_t entries = 0;
  std::optional<std::size_t> first_broken;  // index of the first entry that does not verify
  std::string reason;                       // why it does not ("hash does not match its content" ...)
  bool operator==(const LogVerification&) const = default;
};

LogVerification verify_decision_log(const std::vector<Decision>& log);

// The portfolio with each decision's transition applied in order: the stages the log says.
// Error(validation_error) at the first decision whose initiative is unknown or not in the
// stage the decision moves it from.
Portfolio replay_decisions(Portfolio initial, const std::vector<Decision>& log);

}  // namespace tiltak
