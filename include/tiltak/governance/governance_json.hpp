#pragma once
// Governance results as JSON for machines: the C API and the CLI's --format json hand these
// out as they are (docs/governance.md, "JSON forms"). Fields always present, in this order;
// `null` for a missing value; enumerations by their names ("warning", "council").
//
// Compliance report: {"rulebook", "as_of", "language", "counts": {"error", "warning", "info"},
//   "findings": [{"subject_kind", "subject", "rule", "severity", "pointer", "message"}],
//   "areas": [{"area", "name", "initiatives", "compliant_initiatives", "errors", "warnings", "infos"}]}
// Log verification: {"intact", "entries", "first_broken", "pointer", "reason"}
// Archive receipt: {"case_file": {"key", "system_id", "created", "case_number"} | null,
//   "entry": {"key", "system_id", "created", "registry_number", "number_in_case"} | null}
// Decision: the decision log entry as in the portfolio document (docs/format.md).

#include <string>

#include "tiltak/governance/compliance.hpp"
#include "tiltak/governance/decision_log.hpp"
#include "tiltak/governance/fiks_arkiv.hpp"

namespace tiltak {

std::string compliance_to_json(const ComplianceReport& report, int indent = 2);
std::string log_verification_to_json(const LogVerification& verification, int indent = 2);
std::string archive_receipt_to_json(const ArchiveReceipt& receipt, int indent = 2);
std::string decision_to_json(const Decision& decision, int indent = 2);

}  // namespace tiltak
