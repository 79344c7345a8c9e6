#pragma once
// Basis points (the unit of every share and cost-sharing key, so that "sums to 100 %" is exact)
// written as per cent. The one formatter for documents, problem reports, JSON and the CLI.

#include <string>

#include "tiltak/core/locale.hpp"

namespace tiltak {

enum class PercentDecimals {
  two,          // "33.33", "-0.50", "100.00": problem values and JSON
  significant,  // "33.33", "-0.5", "100": the document form of shares, without trailing zeros
};

// The per cent as a plain number with a point and the sign kept, no "%".
std::string percent_text(long long basis_points, PercentDecimals decimals = PercentDecimals::two);

// "33,33 %" (nb, da), "33.33%" (en).
std::string format_percent(long long basis_points, Language language);

}  // namespace tiltak
