#pragma once
// Dated cash flows. Sign convention: a gain (benefit, saving) is positive, a cost negative.

#include <optional>
#include <vector>

#include "tiltak/core/cash_flow.hpp"
#include "tiltak/core/id.hpp"
#include "tiltak/core/money.hpp"
#include "tiltak/model/benefit.hpp"
#include "tiltak/model/names.hpp"

namespace tiltak {

enum class FlowCategory { investment, operating, internal_hours, benefit };
template <>
std::span<const EnumName<FlowCategory>> enum_names<FlowCategory>() noexcept;

// A cash flow with what it is and who it concerns: the input to tax-financing cost, and the
// hook for later payer/recipient analyses.
struct FlowLine {
  CashFlow flow;
  FlowCategory category = FlowCategory::benefit;
  // The part of the flow that falls on public budgets, in basis points (0…10 000):
  // investments and operations 10 000, benefits by public_share_basis_points(benefit)
  // (docs/benefits.md).
  int public_share_basis_points = 10000;
  std::optional<BenefitId> benefit;    // the benefit a benefit flow comes from
  std::optional<UnitId> payer;         // a cost line's bearer, when given
  std::optional<Recipient> recipient;  // a benefit's recipient
  bool operator==(const FlowLine&) const = default;
};

// The part of a benefit's flows that falls on public budgets, in basis points: all of a
// cash-releasing benefit whose recipient is public (a unit or member of the organisation, or
// another public body), none otherwise: time freed and quality are no budget money, and what
// citizens and businesses save does not come back to a public budget. The appraisal's
// tax-financing cost and the gevinstuttak (budget_withdrawal: the public share received inside
// the organisation) both follow this one rule.
inline int public_share_basis_points(const Benefit& benefit) noexcept {
  if (benefit.kind != BenefitKind::cash_releasing) return 0;
  switch (benefit.recipient.kind) {
    case RecipientKind::unit:
    case RecipientKind::member:
    case RecipientKind::other_public_bodies: return 10000;
    case RecipientKind::citizens:
    case RecipientKind::businesses: return 0;
  }
  return 0;
}

inline bool is_cost(FlowCategory category) noexcept { return category != FlowCategory::benefit; }

// The plain flows of tagged lines, in the same order.
std::vector<CashFlow> cash_flows(const std::vector<FlowLine>& lines);

}  // namespace tiltak
