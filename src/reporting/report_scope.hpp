#pragma once
// Which initiatives and which part of their money a report scope covers. Every scoped figure is
// the scope's part, split by the one allocation rule (tiltak/model/shares.hpp), so that the
// scopes of a partition (the members, the service areas) sum exactly to the portfolio.

#include <unordered_set>
#include <utility>
#include <vector>

#include "tiltak/reporting/report.hpp"

namespace tiltak::detail {

class ScopeFilter {
 public:
  // Throws Error(not_found) for an unknown area or member, Error(invalid_argument) for a member
  // scope in a single municipality.
  ScopeFilter(const Portfolio& portfolio, const ReportScope& scope);

  bool includes(const Initiative& initiative) const;
  // The part of one of the initiative's cost lines that falls in the scope: the whole line for
  // the portfolio and a programme; a service area's equal part of the initiative's areas; for a
  // member, lines borne by its own units in full, shared lines by its key, nothing else.
  Money share_of(const Initiative& initiative, const CostLine& line) const;
  // The part of an amount of the whole initiative (an appraisal's figure or flow): a service
  // area's part; the whole amount for the other scopes (a member's economy is of whole
  // initiatives, and the report says so).
  Money share_of(const Initiative& initiative, Money amount) const;
  // The scope's part of a cost line split over the initiative's service areas: each area's
  // part of the line, and of that a member's part as share_of() takes it (so the members'
  // area tables add up to the whole's); for a service-area scope only that area's part.
  std::vector<std::pair<ServiceAreaId, Money>> by_service_area(const Initiative& initiative, const CostLine& line) const;

 private:
  // A member's part of `amount`, an amount of `line`: by its key when the line has no bearer,
  // all of it when one of its units bears the line, else nothing.
  Money member_part(Money amount, const CostLine& line) const;

  const Organisation& organisation_;
  ReportScope scope_;
  std::size_t member_index_ = 0;
  std::unordered_set<std::string> member_units_;
};

}  // namespace tiltak::detail
