#pragma once
// The compliance check: a portfolio against a rulebook on a given date (docs/governance.md).

#include <string>
#include <vector>

#include "tiltak/core/date.hpp"
#include "tiltak/core/id.hpp"
#include "tiltak/core/locale.hpp"
#include "tiltak/governance/rulebook.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak {

// One broken rule on one initiative or benefit.
struct Finding {
  RuleScope subject_kind = RuleScope::initiative;
  std::string subject;  // the initiative's or benefit's id
  std::string rule;
  Severity severity = Severity::error;
  std::string pointer;  // JSON Pointer into the portfolio document, "/initiatives/13/security/dpia_done"
  std::string message;  // in the report's language
  bool operator==(const Finding&) const = default;
};

// Compliance of one service area. An initiative counts in each of its areas; a benefit's
// findings count in the areas of the initiatives that contribute to it.
struct AreaCompliance {
  ServiceAreaId area;
  std::string name;
  int initiatives = 0;
  int compliant_initiatives = 0;  // no error or warning on them
  int errors = 0, warnings = 0, infos = 0;
  bool operator==(const AreaCompliance&) const = default;
};

struct ComplianceReport {
  std::string rulebook;  // its id
  std::string rulebook_title;  // its title, for people
  Date as_of;
  Language language = Language::nb;
  std::vector<Finding> findings;  // in rule order, then document order
  std::vector<AreaCompliance> areas;  // in the organisation's order
  int count(Severity severity) const noexcept;
  bool operator==(const ComplianceReport&) const = default;
};

// Every rule on every initiative or benefit in its scope. Ages ("older than 90 days") count
// from `as_of`. Nothing is changed; the result depends only on the arguments.
ComplianceReport check(const Portfolio& portfolio, const Rulebook& rulebook, Date as_of,
                       Language language = Language::nb);

}  // namespace tiltak
