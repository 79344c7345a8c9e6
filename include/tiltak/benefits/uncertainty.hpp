#pragma once
// Uncertainty of the portfolio's NPV (with tax-financing cost): three-point (low / likely /
// high) estimates per initiative, a seeded Monte Carlo simulation and a tornado (docs/benefits.md,
// "Uncertainty").
//
// Estimates are factors on the appraisal's planned flows, so the model needs no new fields: a
// cost factor on the initiative's cost flows, a benefit factor on its benefit flows, and a delay
// of its benefit flows in years. Each is drawn from the triangular distribution (low, likely,
// high); a delay is rounded to whole years. Draw k uses its own random stream, seeded from
// (seed, k), so the result does not depend on the number of threads.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tiltak/benefits/appraisal.hpp"

namespace tiltak {

struct ThreePoint {
  double low = 1, likely = 1, high = 1;  // low ≤ likely ≤ high
  bool operator==(const ThreePoint&) const = default;
};

struct InitiativeUncertainty {
  InitiativeId initiative;
  ThreePoint cost_factor, benefit_factor;
  ThreePoint delay_years{0, 0, 0};
  bool operator==(const InitiativeUncertainty&) const = default;
};

struct UncertaintyInput {
  std::uint64_t seed = 1;
  int draws = 10000;
  int threads = 2;  // ≥ 1; the result is the same for any number
  // For initiatives not listed.
  ThreePoint default_cost_factor, default_benefit_factor;
  ThreePoint default_delay_years{0, 0, 0};
  std::vector<InitiativeUncertainty> initiatives;
  double tornado_swing = 0.2;  // ±20 % per item
  bool operator==(const UncertaintyInput&) const = default;
};

struct InitiativeRisk {
  InitiativeId initiative;
  Money mean_npv{0, Currency::NOK};
  double probability_negative = 0;
  bool operator==(const InitiativeRisk&) const = default;
};

struct MonteCarloResult {
  std::uint64_t seed = 0;
  int draws = 0;
  Money mean{0, Currency::NOK};
  Money p10{0, Currency::NOK}, p50{0, Currency::NOK}, p90{0, Currency::NOK};  // linear between order statistics
  double probability_negative = 0;  // share of draws with NPV < 0
  std::vector<InitiativeRisk> initiatives;
  bool operator==(const MonteCarloResult&) const = default;
};

enum class TornadoItem { costs, benefits };
template <>
std::span<const EnumName<TornadoItem>> enum_names<TornadoItem>() noexcept;

// The portfolio NPV with one item's flows at (1 − swing) and (1 + swing), the rest as planned.
struct TornadoBar {
  InitiativeId initiative;
  TornadoItem item = TornadoItem::costs;
  Money npv_low{0, Currency::NOK};   // at (1 − swing) × the item
  Money npv_high{0, Currency::NOK};  // at (1 + swing) × the item
  Money range{0, Currency::NOK};     // |npv_high − npv_low|
  bool operator==(const TornadoBar&) const = default;
};

struct UncertaintyResult {
  std::string parameter_set;
  Currency currency = Currency::NOK;
  Money planned_npv{0, Currency::NOK};  // all factors 1, no delay
  MonteCarloResult monte_carlo;
  std::vector<TornadoBar> tornado;  // widest first; items with no flows left out
  bool operator==(const UncertaintyResult&) const = default;
};

// Throws Error(validation_error) for a three-point estimate out of order or negative factors, an
// unknown initiative, draws < 1, threads < 1.
UncertaintyResult uncertainty_analysis(const Portfolio& portfolio, const ParameterSet& parameters,
                                       const UncertaintyInput& input, const AppraisalOptions& options = {});

// The inverse distribution function of the triangular distribution at u ∈ [0, 1].
double triangular_quantile(const ThreePoint& estimate, double u) noexcept;

// {"seed", "draws", "threads", "tornado_swing_percent", "defaults": {"cost_factor": [l, m, h],
//  "benefit_factor": [...], "delay_years": [...]}, "initiatives": {"<id>": {same keys}}}; all
// optional. Every problem at once, with its pointer.
UncertaintyInput uncertainty_input_from_json(std::string_view text, const std::string& source = "<memory>");
std::string uncertainty_to_json(const UncertaintyResult& result, int indent = 2);

}  // namespace tiltak
