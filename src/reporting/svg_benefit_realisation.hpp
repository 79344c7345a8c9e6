#pragma once
// Benefit realisation: per benefit, the latest measurement placed between its baseline and
// its target, beside the planned money value.

#include <string>

#include "tiltak/reporting/report.hpp"

namespace tiltak::detail {

// An inline SVG, or empty when no initiative in the report has a benefit.
std::string benefit_realisation_svg(const PortfolioReport& report);

}  // namespace tiltak::detail
