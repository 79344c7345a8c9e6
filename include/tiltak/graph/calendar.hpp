#pragma once
// Calendars for scheduling: dates as integer time units, counted in calendar days or in
// Norwegian or Danish working days.
//
// Working days are Monday to Friday minus the official public holidays of the country:
//
// - Norway: the helligdager of lov om helligdager og helligdagsfred (første nyttårsdag,
//   skjærtorsdag, langfredag, 1. og 2. påskedag, Kristi himmelfartsdag, 1. og 2. pinsedag,
//   1. og 2. juledag) and the offentlige høytidsdager 1. mai and 17. mai (lov 26. april 1947).
// - Denmark: the helligdage (nytårsdag, skærtorsdag, langfredag, påskedag, 2. påskedag,
//   Kristi himmelfartsdag, pinsedag, 2. pinsedag, juledag, 2. juledag) and store bededag
//   (the fourth Friday after Easter) up to and including 2023; the law of 2023 abolishing it as
//   a helligdag (lov om afskaffelse af store bededag som helligdag) applies from 2024.
//
// Deliberately not holidays, because no law makes them so: Danish grundlovsdag (5 June),
// 24 December (julaften) and 31 December (nytårsaften) in both countries. Many employers and
// collective agreements give them (or half of them) off, but a plan counted in these days
// would then differ from workplace to workplace; a portfolio that keeps them free can allow
// for them in its durations.
//
// The same rules are applied to every year of the supported range, 1900-2200 (the budget years
// validate() accepts); before the laws above existed they describe today's calendar, not the
// historical one.

#include <optional>
#include <string_view>
#include <vector>

#include "tiltak/core/date.hpp"
#include "tiltak/model/names.hpp"

namespace tiltak {

enum class CalendarKind { calendar_days, working_days_no, working_days_dk };

// "calendar_days", "working_days_no", "working_days_dk".
std::string_view calendar_kind_name(CalendarKind kind) noexcept;
std::optional<CalendarKind> calendar_kind_from_name(std::string_view name) noexcept;
template <>
std::span<const EnumName<CalendarKind>> enum_names<CalendarKind>() noexcept;

// Easter Sunday of a year of the Gregorian calendar (1583-9999), by the anonymous Gregorian
// algorithm (Meeus/Jones/Butcher). Throws Error(invalid_argument) for other years.
Date easter_sunday(int year);

struct PublicHoliday {
  Date date;
  std::string_view name_local;  // as the law names it, in Norwegian or Danish (UTF-8)
  std::string_view name_en;
  bool operator==(const PublicHoliday&) const = default;
};

// The official public holidays (helligdager / helligdage) of Norway (working_days_no) or
// Denmark (working_days_dk) in `year`, in date order, Sundays included. Two holidays that fall
// on the same date are both listed (Kristi himmelfartsdag was 1 May in 2008, 17 May in 2007).
// calendar_days has none. Throws Error(invalid_argument) for a year outside 1900-2200.
std::vector<PublicHoliday> public_holidays(CalendarKind country, int year);

// Maps dates to integer time units and back, over 1900-01-01..2200-12-31.
//
// A Calendar is an immutable value, cheap to copy and safe to share between threads: the
// tables of a working-day calendar are built once per kind, on first use (thread-safely), and
// shared by every Calendar of that kind for the life of the process. Mapping is then a range
// check and an array lookup, with no allocation.
//
// Every date or unit outside the supported range makes the call throw Error(invalid_argument).
class Calendar {
 public:
  // Throws Error(invalid_argument) for a value that is not a CalendarKind.
  explicit Calendar(CalendarKind kind = CalendarKind::calendar_days);

  CalendarKind kind() const noexcept { return kind_; }

  // calendar_days: every day.
  bool is_working_day(Date date) const;

  // The unit of a date. Calendar days: days since 1900-01-01 (which is unit 0). Working days:
  // the number of working days before the date since 1900-01-01, so a working day maps to its
  // own index and a weekend or holiday to the index of the next working day ("at or after").
  long to_units(Date date) const;

  // The date of a unit; for working-day calendars always a working day. Units run from 0 to
  // last_unit().
  Date from_units(long units) const;

  // The largest valid unit: that of 2200-12-31 (a Wednesday, a working day in both countries).
  long last_unit() const noexcept;

  // Units spanned by the inclusive period [start, end]: its number of working days (calendar
  // days: end - start + 1). 0 when it contains no working day, and for an empty period (end
  // before start).
  long span(Date start, Date end) const;

 private:
  struct Table;  // per-kind precomputed tables, defined in src/graph/calendar.cpp
  static const Table* table_for(CalendarKind kind);
  long day_index(Date date) const;  // days since 1900-01-01, range-checked

  CalendarKind kind_;
  const Table* table_;  // null for calendar_days; otherwise static, never freed
};

}  // namespace tiltak
