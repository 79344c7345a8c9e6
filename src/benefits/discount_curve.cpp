#include "tiltak/benefits/discount_curve.hpp"

#include <utility>

namespace tiltak {
namespace {

std::vector<RateBand> checked(std::vector<RateBand> bands) {
  ParameterSet probe;
  probe.id = "discount-curve";
  probe.bands = bands;
  validate_parameters(probe, "discount curve");
  return bands;
}

}  // namespace

DiscountCurve::DiscountCurve(std::vector<RateBand> bands, int band_anchor_year, int discount_year)
    : bands_(checked(std::move(bands))), band_anchor_year_(band_anchor_year), discount_year_(discount_year) {}

DiscountCurve::DiscountCurve(const ParameterSet& set, int band_anchor_year, int discount_year)
    : DiscountCurve(set.bands, band_anchor_year, discount_year) {}

DiscountCurve DiscountCurve::flat(double rate, int discount_year) {
  return DiscountCurve({RateBand{std::nullopt, rate}}, discount_year, discount_year);
}

double DiscountCurve::rate(int year) const noexcept {
  const long band_year = static_cast<long>(year) - band_anchor_year_;
  for (const auto& band : bands_)
    if (!band.through_year || band_year <= *band.through_year) return band.rate;
  return bands_.back().rate;  // not reached: the last band is open-ended
}

long double DiscountCurve::factor(int year) const noexcept {
  long double factor = 1.0L;
  if (year >= discount_year_) {
    for (int step = discount_year_ + 1; step <= year; ++step) factor /= 1.0L + static_cast<long double>(rate(step));
  } else {
    for (int step = year + 1; step <= discount_year_; ++step) factor *= 1.0L + static_cast<long double>(rate(step));
  }
  return factor;
}

}  // namespace tiltak
