#pragma once
// The IRR of net flows already summed by year (the appraisal has them), so that they are not
// summed again.

#include "benefits/flow_series.hpp"
#include "tiltak/benefits/irr.hpp"

namespace tiltak::detail {

IrrResult internal_rates_of_return(const YearSeries& series);

}  // namespace tiltak::detail
