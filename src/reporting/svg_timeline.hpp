#pragma once
// The report's timeline (Gantt): each initiative's planned and forecast bars on one time axis,
// the critical path highlighted, prerequisites at risk linked to their dependants.

#include <string>

#include "tiltak/reporting/report.hpp"

namespace tiltak::detail {

// An inline SVG, or empty when no initiative has dates to draw.
std::string timeline_svg(const PortfolioReport& report);

}  // namespace tiltak::detail
