#pragma once
// Calendar dates. Documents carry them as ISO 8601 calendar dates ("2026-11-23").

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace tiltak {

using Date = boost::gregorian::date;

// Strict "YYYY-MM-DD"; nullopt for anything else, including impossible dates (2026-02-30).
std::optional<Date> parse_iso_date(std::string_view text) noexcept;
// "not-a-date" for Boost's special values (a default-constructed Date).
std::string to_iso(Date date);

}  // namespace tiltak
