#pragma once
// The one range of dates the library supports, 1900-01-01 to 2200-12-31: budget years, the
// calendars' public holidays and working days, and schedules all lie within it. validate()
// refuses a date outside it (with its JSON Pointer), and a schedule that would reach past it is
// an error naming the initiatives. Wide enough for any real plan, narrow enough that the
// calendars' tables stay small and no sum of days along a path of dependencies can overflow.

#include <string>

#include "tiltak/core/date.hpp"

namespace tiltak {

inline constexpr int first_supported_year = 1900;
inline constexpr int last_supported_year = 2200;
// Days from the first supported date to the last: no lag or lead between two initiatives can be
// longer and keep both in the range, and validate() refuses one that is.
inline constexpr long longest_supported_span = 109937;
Date first_supported_date();
Date last_supported_date();
bool is_supported_date(Date date) noexcept;  // false for Boost's special values as well
// "1900-01-01 to 2200-12-31", for messages.
std::string supported_date_range();

}  // namespace tiltak
