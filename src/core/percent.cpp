#include "tiltak/core/percent.hpp"

#include <algorithm>

namespace tiltak {

std::string percent_text(long long basis_points, PercentDecimals decimals) {
  // The magnitude as unsigned, so that LLONG_MIN formats too.
  const unsigned long long magnitude = basis_points < 0 ? 0ULL - static_cast<unsigned long long>(basis_points)
                                                        : static_cast<unsigned long long>(basis_points);
  std::string text = basis_points < 0 ? "-" : "";
  text += std::to_string(magnitude / 100);
  const auto hundredths = static_cast<unsigned>(magnitude % 100);
  if (decimals == PercentDecimals::two || hundredths != 0) {
    text += '.';
    text += static_cast<char>('0' + hundredths / 10);
    if (decimals == PercentDecimals::two || hundredths % 10 != 0) text += static_cast<char>('0' + hundredths % 10);
  }
  return text;
}

std::string format_percent(long long basis_points, Language language) {
  std::string text = percent_text(basis_points);
  if (language == Language::en) return text + "%";
  std::replace(text.begin(), text.end(), '.', ',');
  return text + " %";
}

}  // namespace tiltak
