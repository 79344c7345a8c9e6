#pragma once
// Internal rate(s) of return: every rate r at which NPV(r) = Σ_t flow_t / (1+r)^(t − t0) = 0,
// with one flat rate (not the banded curve) and t0 the first flow year.
//
// Method: NPV(r) is scanned on a fine grid over (irr_scan_min, irr_scan_max] (uniform in
// ln(1+r)); every sign change is refined with Boost.Math's TOMS 748 bracketing solver.
// Roots where NPV touches zero without changing sign, and roots outside the scanned range,
// are not reported. Cross-check: Descartes' rule of signs bounds the number of roots with
// r > −1 by the number of sign changes in the flow sequence, and the difference is even.

#include <vector>

#include "tiltak/benefits/cash_flow.hpp"
#include "tiltak/core/error.hpp"

namespace tiltak {

inline constexpr double irr_scan_min = -0.99;  // exclusive
inline constexpr double irr_scan_max = 10.0;   // inclusive

enum class IrrOutcome { none, one, several };
template <>
std::span<const EnumName<IrrOutcome>> enum_names<IrrOutcome>() noexcept;

struct IrrResult {
  std::vector<double> rates;  // ascending, as fractions (0.1 for 10 %)
  IrrOutcome outcome = IrrOutcome::none;
  int sign_changes = 0;       // in the yearly net flows, zero years skipped (Descartes' bound)
  // rates.size() ≤ sign_changes and their difference is even. False means a root lies outside
  // the scanned range or is a touching root: treat the result with care.
  bool consistent_with_descartes = true;
  bool operator==(const IrrResult&) const = default;
};

// Throws Error(currency_mismatch) for flows in different currencies.
IrrResult internal_rates_of_return(const std::vector<CashFlow>& flows);

}  // namespace tiltak
