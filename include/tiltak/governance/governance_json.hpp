#pragma once
// Governance results as JSON for machines: the C API and the CLI's --format json hand these
// out as they are (docs/governance.md, "JSON forms"). Fields always present, in this order;
// `null` for a missing value; enumerations by their names ("warning", "council").
//
// Compliance report: {"rulebook", "as_of", "language", "counts": {"error", "warning", "info"},
//   "findings": [{"subject_kind", "subject", "rule", "severity", "pointer", "message"}],
//   "areas": [{"area", "name", "initiatives", "compliant_initiatives", "errors", "warnings", "infos"}]}
// Log verification: {"intact", "entries", "first_broken", "pointer", "reason", "acknowledged",
//   "findings": [{"kind", "pointer", "message"}]}
// Archive receipt: {"case_file": {"key", "system_id", "created", "case_number"} | null,
//   "entry": {"key", "system_id", "created", "registry_number", "number_in_case"} | null}
// Decision: the decision log entry as in the portfolio document (docs/format.md).
// Transition check: {"allowed", "competent_body", "unmet": [{"requirement", "pointer", "message"}]}
// Chain anchor (read from an archived decision message): {"number", "hash", "head_number",
//   "head_hash"} (numbers from 1).
//
// Decision request (input): {"initiative", "to", "body", "date", and optionally "decided_by",
//   "amount" (decimal string in the portfolio's currency), "conditions", "reason",
//   "case_reference", "late_registration" (true for a decision entered after a later one was
//   logged), "language"}.
// Archive documents (input): [{"title", "file_name", "content_base64", and optionally
//   "mime_type" (default "application/pdf")}], the first the main document.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tiltak/governance/compliance.hpp"
#include "tiltak/governance/decision_log.hpp"
#include "tiltak/governance/fiks_arkiv.hpp"
#include "tiltak/governance/lifecycle_gates.hpp"

namespace tiltak {

// A decision someone asks for: which initiative, the stage it is to reach, and the decision.
struct DecisionRequest {
  InitiativeId initiative;
  Stage to = Stage::registered;
  Decision decision;                   // initiative, from and to are filled in by advance()
  std::optional<Language> language;    // of the messages; none for the currency's
};

// Error(parse_error) for malformed JSON; Error(invalid_argument) listing every problem with its
// JSON Pointer (unknown or missing fields, bad names, dates or amounts).
DecisionRequest decision_request_from_json(std::string_view text, Currency currency,
                                           const std::string& source = "decision");
std::string transition_check_to_json(const TransitionCheck& check, int indent = 2);

std::string compliance_to_json(const ComplianceReport& report, int indent = 2);
std::string log_verification_to_json(const LogVerification& verification, int indent = 2);
std::string archive_receipt_to_json(const ArchiveReceipt& receipt, int indent = 2);
std::string decision_to_json(const Decision& decision, int indent = 2);
std::string chain_anchor_to_json(const ChainAnchor& anchor, int indent = 2);

// Error(parse_error) for malformed JSON; Error(invalid_argument) listing every problem with its
// JSON Pointer (not an array, unknown or missing fields, content that is not base64).
std::vector<ArchiveDocument> archive_documents_from_json(std::string_view text, const std::string& source = "documents");

}  // namespace tiltak
