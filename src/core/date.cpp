#include "tiltak/core/date.hpp"

#include "tiltak/core/date_range.hpp"

#include <charconv>
#include <cstdio>

namespace tiltak {
namespace {

bool parse_digits(std::string_view text, int& out) {
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return std::from_chars(text.data(), text.data() + text.size(), out).ec == std::errc{};
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) noexcept {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int year = 0, month = 0, day = 0;
  if (!parse_digits(text.substr(0, 4), year) || !parse_digits(text.substr(5, 2), month) ||
      !parse_digits(text.substr(8, 2), day))
    return std::nullopt;
  // Boost's calendar covers 1400-9999; a month/day outside the calendar is not a date.
  if (year < 1400 || month < 1 || month > 12 || day < 1) return std::nullopt;
  const auto y = static_cast<unsigned short>(year), m = static_cast<unsigned short>(month);
  if (day > boost::gregorian::gregorian_calendar::end_of_month_day(y, m)) return std::nullopt;
  return Date(y, m, static_cast<unsigned short>(day));
}

Date first_supported_date() { return Date(first_supported_year, 1, 1); }
Date last_supported_date() { return Date(last_supported_year, 12, 31); }

bool is_supported_date(Date date) noexcept {
  return !date.is_special() && date.year() >= first_supported_year && date.year() <= last_supported_year;
}

std::string supported_date_range() {
  return to_iso(first_supported_date()) + " to " + to_iso(last_supported_date());
}

std::string to_iso(Date date) {
  if (date.is_special()) return "not-a-date";
  const auto ymd = date.year_month_day();
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", int(ymd.year), int(ymd.month), int(ymd.day));
  return buffer;
}

}  // namespace tiltak
