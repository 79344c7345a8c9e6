#include "tiltak/core/locale.hpp"

#include <cstdio>

namespace tiltak {

std::string_view language_code(Language language) noexcept {
  switch (language) {
    case Language::nb: return "nb";
    case Language::da: return "da";
    case Language::en: return "en";
  }
  return "en";
}

std::optional<Language> language_from_code(std::string_view code) noexcept {
  if (code == "nb" || code == "no") return Language::nb;
  if (code == "da") return Language::da;
  if (code == "en") return Language::en;
  return std::nullopt;
}

std::string format_integer(long long value, Language language) {
  const char separator = language == Language::en ? ',' : ' ';
  // Work on the magnitude as unsigned so that LLONG_MIN formats too.
  unsigned long long magnitude = value < 0 ? 0ULL - static_cast<unsigned long long>(value)
                                           : static_cast<unsigned long long>(value);
  std::string digits = std::to_string(magnitude);
  std::string grouped;
  grouped.reserve(digits.size() + digits.size() / 3 + 1);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += separator;
    grouped += digits[i];
  }
  return value < 0 ? "-" + grouped : grouped;
}

std::string format_date(Date date, Language language) {
  if (language == Language::en || date.is_special()) return to_iso(date);
  const auto ymd = date.year_month_day();
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%02d.%02d.%04d", int(ymd.day), int(ymd.month), int(ymd.year));
  return buffer;
}

}  // namespace tiltak
