#pragma once
// Compliance reports as JSON for machines: the C API and `tiltak check --format json` hand
// this out as it is (docs/governance.md, "Compliance report as JSON").
//
// {"rulebook", "as_of", "language", "counts": {"error", "warning", "info"},
//  "findings": [{"subject_kind", "subject", "rule", "severity", "pointer", "message"}],
//  "areas": [{"area", "name", "initiatives", "compliant_initiatives", "errors", "warnings", "infos"}]}
// Fields always present, in this order; enumerations by their names ("warning", "benefit").

#include <string>

#include "tiltak/governance/compliance.hpp"

namespace tiltak {

std::string compliance_to_json(const ComplianceReport& report, int indent = 2);

}  // namespace tiltak
