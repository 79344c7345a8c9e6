#pragma once
// What rules see: an initiative or benefit as it stands in the portfolio document, plus
// derived facts under "facts" (docs/governance.md, "Fields and facts").

#include <string>
#include <unordered_map>
#include <vector>

#include "governance/condition.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak::detail {

// What the views need to know across the portfolio, indexed once so that viewing every
// initiative stays linear in the portfolio's size.
struct PortfolioIndex {
  struct Entry {
    Stage stage = Stage::idea;
    std::vector<std::string> benefits;  // ids of the benefits it contributes to
    bool logged = false, council_decision = false;
  };
  std::unordered_map<std::string, Entry> initiatives;
  explicit PortfolioIndex(const Portfolio& portfolio);
};

// The initiative's document with "facts": planned_cost (plan-basis investment and operating,
// an exact amount), latest_status, latest_risk_assessment (the newest of the ROS date and the
// risks' assessments), logged (the decision log has an entry for it), council_decision (one
// by the council or a body above it), benefits (the ids it contributes to, absent when none); and "initiative_stage" in each dependency on an initiative.
Json initiative_view(const Portfolio& portfolio, const PortfolioIndex& index, const Initiative& initiative);
// The benefit's document with "facts": contributor_stages.
Json benefit_view(const PortfolioIndex& index, const Benefit& benefit);

// The system's document (model/system.hpp) with "facts": contract_end (the end of its
// contracts, graph/system_replacements.hpp; absent when open-ended or none),
// days_to_contract_end (from `as_of`, negative once it has ended), approved_replacement (an
// initiative approved or further on, not paused, replaces it) and replacements (the ids of
// the initiatives that replace it, absent when none).
Json system_view(const Portfolio& portfolio, const ItSystem& system, Date as_of);

// Plan-basis investment and operating amounts of an initiative.
Money planned_cost(const Initiative& initiative, Currency currency);

const FieldNames& initiative_fields();  // the view's top-level names, "decision" included
const FieldNames& benefit_fields();
const FieldNames& system_fields();

}  // namespace tiltak::detail
