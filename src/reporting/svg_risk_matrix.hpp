#pragma once
// The portfolio's 5×5 risk matrix: the number of open risks per probability and consequence.

#include <string>

#include "tiltak/reporting/report.hpp"

namespace tiltak::detail {

// The band of a risk score (probability × consequence, 1–25): green 1–4, yellow 5–9, red
// 10–25, the usual three bands of a 5×5 matrix. The matrix's legend states them.
Rag risk_band(int score) noexcept;

std::string risk_matrix_svg(const PortfolioReport& report);

}  // namespace tiltak::detail
