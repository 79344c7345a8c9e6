#include "tiltak/graph/calendar.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <utility>

#include "tiltak/core/date_range.hpp"
#include "tiltak/core/error.hpp"

namespace tiltak {
namespace {

constexpr int first_year = first_supported_year, last_year = last_supported_year;  // core/date.hpp

// Boost's day number of a date (its Julian Day Number), by the same formula Boost uses, so
// that the range can be constexpr.
constexpr long day_number(long year, long month, long day) {
  const long a = (14 - month) / 12;
  const long y = year + 4800 - a;
  const long m = month + 12 * a - 3;
  return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
}

constexpr long first_day = day_number(first_year, 1, 1);             // 1900-01-01, unit 0
constexpr long day_count = day_number(last_year + 1, 1, 1) - first_day;  // through 2200-12-31
static_assert(day_count == 109938 && day_count - 1 == longest_supported_span);
// Day of the week of day index 0: 1900-01-01 was a Monday (0 = Monday .. 6 = Sunday).
constexpr long first_weekday = 0;
static_assert((first_day + 1) % 7 == 1, "1900-01-01 is a Monday (JDN + 1 mod 7: 0 = Sunday)");

constexpr EnumName<CalendarKind> kind_names[] = {{CalendarKind::calendar_days, "calendar_days"},
                                                 {CalendarKind::working_days_no, "working_days_no"},
                                                 {CalendarKind::working_days_dk, "working_days_dk"}};

constexpr std::string_view range_text = " is outside the supported calendar 1900-2200";

std::string describe(Date date) {
  if (date.is_not_a_date()) return "not-a-date-time";
  if (date.is_pos_infinity()) return "+infinity";
  if (date.is_neg_infinity()) return "-infinity";
  return to_iso(date);
}

void check_year(int year) {
  if (year < first_year || year > last_year)
    throw Error(ErrorCode::invalid_argument, "year " + std::to_string(year) + std::string(range_text));
}

}  // namespace

template <>
std::span<const EnumName<CalendarKind>> enum_names() noexcept {
  return kind_names;
}

std::string_view calendar_kind_name(CalendarKind kind) noexcept { return enum_name(kind); }

std::optional<CalendarKind> calendar_kind_from_name(std::string_view name) noexcept {
  return enum_from_name<CalendarKind>(name);
}

Date easter_sunday(int year) {
  if (year < 1583 || year > 9999)
    throw Error(ErrorCode::invalid_argument,
                "year " + std::to_string(year) + " is outside the Gregorian Easter computus 1583-9999");
  // Anonymous Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8; Jones 1876; Butcher 1876).
  const int a = year % 19;              // place in the 19-year Metonic cycle
  const int b = year / 100, c = year % 100;
  const int d = b / 4, e = b % 4;       // Gregorian leap-century correction
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;        // Moon's orbit correction
  const int h = (19 * a + b - d - g + 15) % 30;  // days from 21 March to the Paschal full moon (epact)
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;  // days from the full moon to the next Sunday
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), static_cast<unsigned short>(day));
}

std::vector<PublicHoliday> public_holidays(CalendarKind country, int year) {
  check_year(year);
  std::vector<PublicHoliday> holidays;
  if (country == CalendarKind::calendar_days) return holidays;
  if (country != CalendarKind::working_days_no && country != CalendarKind::working_days_dk)
    throw Error(ErrorCode::invalid_argument, "not a calendar kind: " + std::to_string(static_cast<int>(country)));

  const auto y = static_cast<unsigned short>(year);
  const Date easter = easter_sunday(year);
  auto fixed = [&](unsigned short month, unsigned short day, std::string_view local, std::string_view en) {
    holidays.push_back({Date(y, month, day), local, en});
  };
  auto from_easter = [&](long offset, std::string_view local, std::string_view en) {
    holidays.push_back({easter + boost::gregorian::days(offset), local, en});
  };

  if (country == CalendarKind::working_days_no) {
    fixed(1, 1, "Første nyttårsdag", "New Year's Day");
    from_easter(-3, "Skjærtorsdag", "Maundy Thursday");
    from_easter(-2, "Langfredag", "Good Friday");
    from_easter(0, "1. påskedag", "Easter Sunday");
    from_easter(1, "2. påskedag", "Easter Monday");
    fixed(5, 1, "Offentlig høytidsdag", "Labour Day");
    fixed(5, 17, "Grunnlovsdag", "Constitution Day");
    from_easter(39, "Kristi himmelfartsdag", "Ascension Day");
    from_easter(49, "1. pinsedag", "Whit Sunday");
    from_easter(50, "2. pinsedag", "Whit Monday");
    fixed(12, 25, "1. juledag", "Christmas Day");
    fixed(12, 26, "2. juledag", "Boxing Day");
  } else {
    fixed(1, 1, "Nytårsdag", "New Year's Day");
    from_easter(-3, "Skærtorsdag", "Maundy Thursday");
    from_easter(-2, "Langfredag", "Good Friday");
    from_easter(0, "Påskedag", "Easter Sunday");
    from_easter(1, "2. påskedag", "Easter Monday");
    // The fourth Friday after Easter; abolished as a helligdag from 2024.
    if (year <= 2023) from_easter(26, "Store bededag", "General Prayer Day");
    from_easter(39, "Kristi himmelfartsdag", "Ascension Day");
    from_easter(49, "Pinsedag", "Whit Sunday");
    from_easter(50, "2. pinsedag", "Whit Monday");
    fixed(12, 25, "Juledag", "Christmas Day");
    fixed(12, 26, "2. juledag", "Boxing Day");
  }
  // Stable: on a shared date (1 or 17 May with Kristi himmelfartsdag) the order above stays.
  std::stable_sort(holidays.begin(), holidays.end(),
                   [](const PublicHoliday& lhs, const PublicHoliday& rhs) { return lhs.date < rhs.date; });
  return holidays;
}

// Day indices are days since 1900-01-01 (0 .. day_count - 1).
struct Calendar::Table {
  // before[i]: working days among day indices [0, i); day_count + 1 entries.
  std::vector<std::int32_t> before;
  // day_of_unit[u]: the day index of working day u.
  std::vector<std::int32_t> day_of_unit;
};

const Calendar::Table* Calendar::table_for(CalendarKind kind) {
  auto build = [](CalendarKind k) {
    std::vector<bool> working(static_cast<std::size_t>(day_count));
    for (long i = 0; i < day_count; ++i) working[static_cast<std::size_t>(i)] = (first_weekday + i) % 7 < 5;
    for (int year = first_year; year <= last_year; ++year)
      for (const PublicHoliday& holiday : public_holidays(k, year))
        working[static_cast<std::size_t>(static_cast<long>(holiday.date.day_number()) - first_day)] = false;
    // to_units maps a non-working day to the next working day; that must exist in the range.
    if (!working.back())
      throw Error(ErrorCode::internal, "the last day of the supported calendar is not a working day");

    auto* table = new Table;
    table->before.reserve(static_cast<std::size_t>(day_count) + 1);
    table->day_of_unit.reserve(static_cast<std::size_t>(day_count) * 5 / 7);
    std::int32_t count = 0;
    for (long i = 0; i < day_count; ++i) {
      table->before.push_back(count);
      if (working[static_cast<std::size_t>(i)]) {
        table->day_of_unit.push_back(static_cast<std::int32_t>(i));
        ++count;
      }
    }
    table->before.push_back(count);
    return table;
  };
  // Built on first use, once per kind (function-local statics initialise thread-safely), and
  // never freed, so that a Calendar stays usable even from other static destructors.
  switch (kind) {
    case CalendarKind::calendar_days:
      return nullptr;
    case CalendarKind::working_days_no: {
      static const Table* const table = build(kind);
      return table;
    }
    case CalendarKind::working_days_dk: {
      static const Table* const table = build(kind);
      return table;
    }
  }
  throw Error(ErrorCode::invalid_argument, "not a calendar kind: " + std::to_string(static_cast<int>(kind)));
}

Calendar::Calendar(CalendarKind kind) : kind_(kind), table_(table_for(kind)) {}

long Calendar::day_index(Date date) const {
  // Special dates have day numbers far outside the range (0 or near 2^32).
  const long index = static_cast<long>(date.day_number()) - first_day;
  if (index < 0 || index >= day_count) [[unlikely]]
    throw Error(ErrorCode::invalid_argument, "date " + describe(date) + std::string(range_text));
  return index;
}

bool Calendar::is_working_day(Date date) const {
  const long index = day_index(date);
  if (!table_) return true;
  const auto i = static_cast<std::size_t>(index);
  return table_->before[i + 1] != table_->before[i];
}

long Calendar::to_units(Date date) const {
  const long index = day_index(date);
  return table_ ? table_->before[static_cast<std::size_t>(index)] : index;
}

long Calendar::last_unit() const noexcept {
  return table_ ? static_cast<long>(table_->day_of_unit.size()) - 1 : day_count - 1;
}

Date Calendar::from_units(long units) const {
  if (units < 0 || units > last_unit()) [[unlikely]]
    throw Error(ErrorCode::invalid_argument, "unit " + std::to_string(units) + " of " +
                                                 std::string(calendar_kind_name(kind_)) + " (0.." +
                                                 std::to_string(last_unit()) + ")" + std::string(range_text));
  const long index = table_ ? table_->day_of_unit[static_cast<std::size_t>(units)] : units;
  return Date(static_cast<Date::date_int_type>(first_day + index));
}

long Calendar::span(Date start, Date end) const {
  const long first = day_index(start), last = day_index(end);
  if (last < first) return 0;
  if (!table_) return last - first + 1;
  return table_->before[static_cast<std::size_t>(last) + 1] - table_->before[static_cast<std::size_t>(first)];
}

}  // namespace tiltak
