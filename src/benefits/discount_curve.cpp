#include "tiltak/benefits/discount_curve.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
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
  // The steps s = from … to between the discount year and `year`, each band's taken as one
  // power: the work is one step per band, whatever the span (a year of 2147483647 used to loop
  // two billion times). Band years run from the anchor: band k holds the steps of band years
  // after the previous band's through_year up to its own; the first also holds every earlier one.
  const long from = std::min<long>(year, discount_year_) + 1, to = std::max<long>(year, discount_year_);
  long double growth = 1.0L;  // Π (1 + r(s)) over the steps
  long band_first = LONG_MIN;
  for (const auto& band : bands_) {
    const long band_last = band.through_year ? long{band_anchor_year_} + *band.through_year : LONG_MAX;
    const long first = std::max(from, band_first), last = std::min(to, band_last);
    if (first <= last)
      growth *= std::pow(1.0L + static_cast<long double>(band.rate), static_cast<long double>(last - first + 1));
    if (band_last == LONG_MAX) break;
    band_first = band_last + 1;
  }
  return year >= discount_year_ ? 1.0L / growth : growth;
}

}  // namespace tiltak
