#pragma once
// The portfolio's planned investment and operating costs per year against the budget frames.

#include <string>

#include "tiltak/reporting/report.hpp"

namespace tiltak::detail {

// An inline SVG, or empty when the report has no years.
std::string budget_bars_svg(const PortfolioReport& report);

}  // namespace tiltak::detail
