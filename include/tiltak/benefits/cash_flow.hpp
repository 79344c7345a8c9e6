#pragma once
// Dated cash flows. Sign convention: a gain (benefit, saving) is positive, a cost negative.

#include <optional>
#include <vector>

#include "tiltak/core/id.hpp"
#include "tiltak/core/money.hpp"
#include "tiltak/model/benefit.hpp"
#include "tiltak/model/names.hpp"

namespace tiltak {

// An amount in one calendar year (fixed prices of the analysis' price year).
struct CashFlow {
  int year = 0;
  Money amount{0, Currency::NOK};
  bool operator==(const CashFlow&) const = default;
};

enum class FlowCategory { investment, operating, internal_hours, benefit };
template <>
std::span<const EnumName<FlowCategory>> enum_names<FlowCategory>() noexcept;

// A cash flow with what it is and who it concerns: the input to tax-financing cost, and the
// hook for later payer/recipient analyses.
struct FlowLine {
  CashFlow flow;
  FlowCategory category = FlowCategory::benefit;
  // The part of the flow that falls on public budgets, in basis points (0…10 000):
  // investments and operations 10 000, citizens' time 0 (docs/benefits.md).
  int public_share_basis_points = 10000;
  std::optional<BenefitId> benefit;    // the benefit a benefit flow comes from
  std::optional<UnitId> payer;         // a cost line's bearer, when given
  std::optional<Recipient> recipient;  // a benefit's recipient
  bool operator==(const FlowLine&) const = default;
};

inline bool is_cost(FlowCategory category) noexcept { return category != FlowCategory::benefit; }

// The plain flows of tagged lines, in the same order.
std::vector<CashFlow> cash_flows(const std::vector<FlowLine>& lines);

}  // namespace tiltak
