#pragma once
// Which initiatives and which part of their money a report scope covers.

#include <optional>
#include <unordered_set>

#include "tiltak/reporting/report.hpp"

namespace tiltak::detail {

class ScopeFilter {
 public:
  // Throws Error(not_found) for an unknown area or member, Error(invalid_argument) for a member
  // scope in a single municipality.
  ScopeFilter(const Portfolio& portfolio, const ReportScope& scope);

  bool includes(const Initiative& initiative) const;
  // The part of a cost line that falls in the scope: the whole line, except for a member, who
  // carries lines borne by its own units in full, shared lines by its key, and nothing else.
  Money share_of(const CostLine& line) const;

 private:
  ReportScope scope_;
  int member_key_basis_points_ = 0;
  std::unordered_set<std::string> member_units_;
};

}  // namespace tiltak::detail
