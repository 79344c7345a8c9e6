#pragma once
// The cost hump and the benefit curve: costs and benefits per year and the cumulative net.

#include <string>

#include "tiltak/reporting/report.hpp"

namespace tiltak::detail {

// An inline SVG, or empty when the report has no economy.
std::string economy_curve_svg(const PortfolioReport& report);

}  // namespace tiltak::detail
