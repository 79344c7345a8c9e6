#include "tiltak/benefits/irr.hpp"

#include <algorithm>
#include <array>
#include <boost/math/tools/toms748_solve.hpp>
#include <cmath>
#include <cstdint>
#include <utility>

#include "benefits/irr_series.hpp"

namespace tiltak {
namespace {

// Grid steps over ln(1+r) from ln(0.01) to ln(11): about 0.0009 per step, fine enough to
// separate roots a tenth of a percentage point apart near r = 0.
constexpr int grid_steps = 8000;

// NPV(r) = Σ_k c_k v^k with v = 1/(1+r): a polynomial in the discount factor v, by Horner's
// rule. c_k is the net flow of year t0 + k in minor units.
struct Polynomial {
  std::vector<long double> coefficients;

  long double at_factor(long double v) const {
    long double value = 0;
    for (auto c = coefficients.rbegin(); c != coefficients.rend(); ++c) value = value * v + *c;
    return value;
  }

  // At v > 0: Σ |c_k| v^k (the scale of the rounding error of at_factor) and Σ k |c_k| v^(k−1),
  // which bounds |NPV'| on every factor up to v.
  std::pair<long double, long double> scale_and_slope(long double v) const {
    long double scale = 0, slope = 0;
    for (std::size_t k = coefficients.size(); k-- > 0;) {
      const long double magnitude = std::fabs(coefficients[k]);
      scale = scale * v + magnitude;
      if (k > 0) slope = slope * v + static_cast<long double>(k) * magnitude;
    }
    return {scale, slope};
  }
};

long double factor_of(long double rate) { return 1.0L / (1.0L + rate); }

// The scan's grid: the rates and their discount factors, computed once per process.
struct Grid {
  std::array<long double, grid_steps + 1> rates{};
  std::array<long double, grid_steps + 1> factors{};
  Grid() {
    const long double low = std::log(1.0L + irr_scan_min), high = std::log(1.0L + irr_scan_max);
    for (int step = 0; step < grid_steps; ++step) rates[step] = std::expm1(low + (high - low) * step / grid_steps);
    rates[grid_steps] = irr_scan_max;
    for (int step = 0; step <= grid_steps; ++step) factors[step] = factor_of(rates[step]);
  }
};

const Grid& grid() {
  static const Grid instance;
  return instance;
}

int sign(long double value) { return (value > 0) - (value < 0); }

// The root of the polynomial between two grid points whose values have opposite signs, as a
// rate. Solved in the discount factor (v falls as r rises), so each step is one Horner pass.
long double root_between(const Polynomial& npv, long double factor_a, long double factor_b, long double fa,
                         long double fb) {
  std::uintmax_t iterations = 200;
  const auto bracket = boost::math::tools::toms748_solve([&](long double v) { return npv.at_factor(v); }, factor_b,
                                                         factor_a, fb, fa,
                                                         boost::math::tools::eps_tolerance<long double>(62), iterations);
  return 1.0L / ((bracket.first + bracket.second) / 2) - 1.0L;
}

}  // namespace

template <>
std::span<const EnumName<IrrOutcome>> enum_names() noexcept {
  static constexpr EnumName<IrrOutcome> names[] = {
      {IrrOutcome::none, "none"}, {IrrOutcome::one, "one"}, {IrrOutcome::several, "several"}};
  return names;
}

IrrResult internal_rates_of_return(const std::vector<CashFlow>& flows) {
  if (flows.empty()) return {};
  return detail::internal_rates_of_return(detail::by_year(flows, flows.front().amount.currency()));
}

IrrResult detail::internal_rates_of_return(const YearSeries& series) {
  IrrResult result;
  if (series.empty()) return result;
  Polynomial npv;
  const int first = series.begin()->first;
  npv.coefficients.assign(static_cast<std::size_t>(series.rbegin()->first - first + 1), 0.0L);
  for (const auto& [year, amount] : series) npv.coefficients[static_cast<std::size_t>(year - first)] = amount;

  int previous_sign = 0;
  for (long double c : npv.coefficients) {
    const int s = sign(c);
    if (s == 0) continue;
    if (previous_sign != 0 && s != previous_sign) ++result.sign_changes;
    previous_sign = s;
  }

  // The grid starts just inside the open end of the range (step 1). A root is reported where
  // the NPV is zero at a grid point or changes sign between two neighbours.
  const Grid& g = grid();
  if (result.sign_changes == 1) {
    // One sign change in the flows: exactly one root with r > −1 (Descartes), simple, so the
    // NPV changes sign across it and nowhere else. It is in the scanned range when the ends
    // of the grid differ in sign; nothing between them needs looking at.
    const long double fa = npv.at_factor(g.factors[1]), fb = npv.at_factor(g.factors[grid_steps]);
    if (fa == 0) {
      result.rates.push_back(static_cast<double>(g.rates[1]));
    } else if (fb == 0) {
      result.rates.push_back(static_cast<double>(g.rates[grid_steps]));
    } else if (sign(fa) != sign(fb)) {
      result.rates.push_back(static_cast<double>(root_between(npv, g.factors[1], g.factors[grid_steps], fa, fb)));
    }
  } else if (result.sign_changes > 1) {
    // Several sign changes: as many roots or fewer (by an even number); the scan finds those
    // that change sign between grid points. Points where the NPV cannot change sign are skipped:
    // from a point with value f the NPV keeps f's sign while v falls by less than |f| / 2 over
    // the slope bound, so only the points near a root are evaluated, each as the full scan
    // evaluates it (f far above the rounding error, so the skipped points' computed values
    // would have had f's sign too).
    int at = 1;
    long double fa = npv.at_factor(g.factors[1]);
    if (fa == 0) result.rates.push_back(static_cast<double>(g.rates[1]));
    while (at < grid_steps) {
      int next = at + 1;
      if (fa != 0) {
        const auto [scale, slope] = npv.scale_and_slope(g.factors[at]);
        if (std::fabs(fa) > 1e-12L * scale && slope > 0) {
          const long double reach = g.factors[at] - std::fabs(fa) / (2 * slope);
          // Factors fall with the step: the last point at or above `reach` keeps the sign.
          const long double* end = g.factors.data() + grid_steps + 1;
          const long double* beyond =
              std::partition_point(g.factors.data() + at + 1, end, [&](long double v) { return v >= reach; });
          next = std::max(next, static_cast<int>(beyond - g.factors.data()) - 1);
        }
      }
      const long double fb = npv.at_factor(g.factors[next]);
      if (next == at + 1) {
        if (fb == 0) {
          result.rates.push_back(static_cast<double>(g.rates[next]));
        } else if (fa != 0 && sign(fa) != sign(fb)) {
          result.rates.push_back(static_cast<double>(root_between(npv, g.factors[at], g.factors[next], fa, fb)));
        }
      }
      at = next;
      fa = fb;
    }
  }

  const auto found = static_cast<int>(result.rates.size());
  result.outcome = found == 0 ? IrrOutcome::none : found == 1 ? IrrOutcome::one : IrrOutcome::several;
  result.consistent_with_descartes = found <= result.sign_changes && (result.sign_changes - found) % 2 == 0;
  return result;
}

}  // namespace tiltak
