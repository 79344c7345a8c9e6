#pragma once
// A banded real discount curve, accumulated year by year.
//
// Indexing convention (docs/benefits.md, "Discounting"):
//  - Every amount of calendar year y is valued at one point of that year; the discount year D
//    has factor 1.
//  - The step from year s−1 to year s carries the rate r(s) of band year n = s − A, where A is
//    the band anchor year; n ≤ the first band's through_year (including n ≤ 0) takes the first
//    band's rate.
//  - DF(y) = Π_{s=D+1..y} 1/(1+r(s)) for y > D, and Π_{s=y+1..D} (1+r(s)) for y < D (flows
//    before the discount year compound forward).
// With A = D and the Norwegian bands: DF(40) = 1.04^−40, DF(41) = DF(40)/1.03 (not 1.03^−41),
// DF(76) = DF(75)/1.02.

#include <vector>

#include "tiltak/benefits/parameters.hpp"

namespace tiltak {

class DiscountCurve {
 public:
  // Throws Error(validation_error) for bands that parameter_problems() rejects.
  DiscountCurve(std::vector<RateBand> bands, int band_anchor_year, int discount_year);
  DiscountCurve(const ParameterSet& set, int band_anchor_year, int discount_year);
  // One flat rate (a single open band).
  static DiscountCurve flat(double rate, int discount_year);

  int discount_year() const noexcept { return discount_year_; }
  int band_anchor_year() const noexcept { return band_anchor_year_; }
  const std::vector<RateBand>& bands() const noexcept { return bands_; }

  // r(s): the rate of the step from calendar year s−1 into s.
  double rate(int year) const noexcept;
  // DF(y), computed in long double with one power per band, so any year costs the same (a year
  // far beyond the range of rates gives 0, or infinity before the discount year).
  long double factor(int year) const noexcept;

  bool operator==(const DiscountCurve&) const = default;

 private:
  std::vector<RateBand> bands_;
  int band_anchor_year_;
  int discount_year_;
};

}  // namespace tiltak
