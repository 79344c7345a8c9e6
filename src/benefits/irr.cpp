#include "tiltak/benefits/irr.hpp"

#include <boost/math/tools/toms748_solve.hpp>
#include <cmath>
#include <cstdint>

#include "benefits/flow_series.hpp"

namespace tiltak {
namespace {

// Grid steps over ln(1+r) from ln(0.01) to ln(11): about 0.0009 per step, fine enough to
// separate roots a tenth of a percentage point apart near r = 0.
constexpr int grid_steps = 8000;

struct Polynomial {
  std::vector<long double> coefficients;  // c_k = net flow of year t0 + k (minor units)

  // NPV(r) = Σ_k c_k v^k with v = 1/(1+r), by Horner's rule.
  long double operator()(long double rate) const {
    const long double v = 1.0L / (1.0L + rate);
    long double value = 0;
    for (auto c = coefficients.rbegin(); c != coefficients.rend(); ++c) value = value * v + *c;
    return value;
  }
};

int sign(long double value) { return (value > 0) - (value < 0); }

}  // namespace

template <>
std::span<const EnumName<IrrOutcome>> enum_names() noexcept {
  static constexpr EnumName<IrrOutcome> names[] = {
      {IrrOutcome::none, "none"}, {IrrOutcome::one, "one"}, {IrrOutcome::several, "several"}};
  return names;
}

IrrResult internal_rates_of_return(const std::vector<CashFlow>& flows) {
  IrrResult result;
  if (flows.empty()) return result;
  const auto series = detail::by_year(flows, flows.front().amount.currency());

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

  if (result.sign_changes > 0) {
    const long double low = std::log(1.0L + irr_scan_min), high = std::log(1.0L + irr_scan_max);
    auto rate_at = [&](int step) {
      if (step == grid_steps) return static_cast<long double>(irr_scan_max);
      return std::expm1(low + (high - low) * step / grid_steps);
    };
    long double a = rate_at(1);  // the grid starts just inside the open end of the range
    long double fa = npv(a);
    if (fa == 0) result.rates.push_back(static_cast<double>(a));
    for (int step = 2; step <= grid_steps; ++step) {
      const long double b = rate_at(step);
      const long double fb = npv(b);
      if (fb == 0) {
        result.rates.push_back(static_cast<double>(b));
      } else if (fa != 0 && sign(fa) != sign(fb)) {
        std::uintmax_t iterations = 200;
        const auto bracket = boost::math::tools::toms748_solve(
            npv, a, b, fa, fb, boost::math::tools::eps_tolerance<long double>(60), iterations);
        result.rates.push_back(static_cast<double>((bracket.first + bracket.second) / 2));
      }
      a = b;
      fa = fb;
    }
  }

  const auto found = static_cast<int>(result.rates.size());
  result.outcome = found == 0 ? IrrOutcome::none : found == 1 ? IrrOutcome::one : IrrOutcome::several;
  result.consistent_with_descartes = found <= result.sign_changes && (result.sign_changes - found) % 2 == 0;
  return result;
}

}  // namespace tiltak
