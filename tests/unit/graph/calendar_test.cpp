// Calendars: public holidays of Norway and Denmark, Easter, and dates as scheduling units.
// Expected answers are independent of the implementation: published Easter dates and holiday
// lists, and working-day counts worked out by hand in the comments.
#include "tiltak/graph/calendar.hpp"

#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian.hpp>  // operator<< for readable failures

#include <algorithm>
#include <functional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "tiltak/core/error.hpp"

namespace tiltak {
namespace {

using boost::gregorian::days;

constexpr CalendarKind all_kinds[] = {CalendarKind::calendar_days, CalendarKind::working_days_no,
                                      CalendarKind::working_days_dk};

std::vector<Date> dates_of(const std::vector<PublicHoliday>& holidays) {
  std::vector<Date> dates;
  for (const auto& holiday : holidays) dates.push_back(holiday.date);
  return dates;
}

std::vector<std::pair<Date, std::string_view>> local_names_of(const std::vector<PublicHoliday>& holidays) {
  std::vector<std::pair<Date, std::string_view>> names;
  for (const auto& holiday : holidays) names.emplace_back(holiday.date, holiday.name_local);
  return names;
}

// Runs `call`, which must throw Error(invalid_argument) whose message mentions `mentions`.
void expect_out_of_range(const std::function<void()>& call, const std::string& mentions) {
  try {
    call();
    ADD_FAILURE() << "no error for " << mentions;
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::invalid_argument) << error.what();
    const std::string message = error.what();
    EXPECT_NE(message.find(mentions), std::string::npos) << message;
  }
}

// --- Calendar kinds ------------------------------------------------------------------------

TEST(CalendarKindName, RoundTripsEveryKind) {
  EXPECT_EQ(calendar_kind_name(CalendarKind::calendar_days), "calendar_days");
  EXPECT_EQ(calendar_kind_name(CalendarKind::working_days_no), "working_days_no");
  EXPECT_EQ(calendar_kind_name(CalendarKind::working_days_dk), "working_days_dk");
  for (CalendarKind kind : all_kinds) EXPECT_EQ(calendar_kind_from_name(calendar_kind_name(kind)), kind);
}

TEST(CalendarKindName, UnknownNamesAreRejected) {
  for (const char* name : {"", "calendar", "Calendar_Days", "working_days", "working_days_se", " calendar_days"})
    EXPECT_FALSE(calendar_kind_from_name(name).has_value()) << '"' << name << '"';
}

// --- Easter --------------------------------------------------------------------------------

TEST(EasterSunday, MatchesPublishedEasterDates) {
  const std::pair<int, Date> known[] = {
      {1818, Date(1818, 3, 22)},  // earliest possible date
      {1900, Date(1900, 4, 15)},  {1943, Date(1943, 4, 25)},  // latest possible date
      {1961, Date(1961, 4, 2)},   {2000, Date(2000, 4, 23)},  {2008, Date(2008, 3, 23)},
      {2011, Date(2011, 4, 24)},  {2019, Date(2019, 4, 21)},  {2023, Date(2023, 4, 9)},
      {2024, Date(2024, 3, 31)},  {2025, Date(2025, 4, 20)},  {2026, Date(2026, 4, 5)},
      {2027, Date(2027, 3, 28)},  {2038, Date(2038, 4, 25)},
      {2285, Date(2285, 3, 22)},  // earliest possible date again
  };
  for (const auto& [year, easter] : known) EXPECT_EQ(easter_sunday(year), easter) << year;
}

TEST(EasterSunday, IsASundayBetween22MarchAnd25AprilInEveryYearOfTheRange) {
  for (int year = 1900; year <= 2200; ++year) {
    const Date easter = easter_sunday(year);
    EXPECT_EQ(easter.day_of_week(), boost::date_time::Sunday) << year;
    EXPECT_GE(easter, Date(static_cast<unsigned short>(year), 3, 22)) << year;
    EXPECT_LE(easter, Date(static_cast<unsigned short>(year), 4, 25)) << year;
  }
}

TEST(EasterSunday, RejectsYearsBeforeTheGregorianCalendarOrAfterBoosts) {
  EXPECT_THROW(easter_sunday(1582), Error);
  EXPECT_THROW(easter_sunday(10000), Error);
  EXPECT_EQ(easter_sunday(1583), Date(1583, 4, 10));
}

// --- Public holidays -----------------------------------------------------------------------

TEST(PublicHolidays, Norway2026MatchesTheOfficialList) {
  const std::vector<std::pair<Date, std::string_view>> expected = {
      {Date(2026, 1, 1), "Første nyttårsdag"},    {Date(2026, 4, 2), "Skjærtorsdag"},
      {Date(2026, 4, 3), "Langfredag"},           {Date(2026, 4, 5), "1. påskedag"},
      {Date(2026, 4, 6), "2. påskedag"},          {Date(2026, 5, 1), "Offentlig høytidsdag"},
      {Date(2026, 5, 14), "Kristi himmelfartsdag"}, {Date(2026, 5, 17), "Grunnlovsdag"},
      {Date(2026, 5, 24), "1. pinsedag"},         {Date(2026, 5, 25), "2. pinsedag"},
      {Date(2026, 12, 25), "1. juledag"},         {Date(2026, 12, 26), "2. juledag"},
  };
  const auto holidays = public_holidays(CalendarKind::working_days_no, 2026);
  EXPECT_EQ(local_names_of(holidays), expected);
  for (const auto& holiday : holidays) EXPECT_FALSE(holiday.name_en.empty()) << holiday.name_local;
  EXPECT_EQ(holidays[3].name_en, "Easter Sunday");
}

TEST(PublicHolidays, Norway2025MatchesTheOfficialList) {
  const std::vector<Date> expected = {
      Date(2025, 1, 1),  Date(2025, 4, 17), Date(2025, 4, 18), Date(2025, 4, 20),
      Date(2025, 4, 21), Date(2025, 5, 1),  Date(2025, 5, 17), Date(2025, 5, 29),
      Date(2025, 6, 8),  Date(2025, 6, 9),  Date(2025, 12, 25), Date(2025, 12, 26),
  };
  EXPECT_EQ(dates_of(public_holidays(CalendarKind::working_days_no, 2025)), expected);
}

TEST(PublicHolidays, Denmark2023StillHasStoreBededag) {
  const std::vector<std::pair<Date, std::string_view>> expected = {
      {Date(2023, 1, 1), "Nytårsdag"},             {Date(2023, 4, 6), "Skærtorsdag"},
      {Date(2023, 4, 7), "Langfredag"},            {Date(2023, 4, 9), "Påskedag"},
      {Date(2023, 4, 10), "2. påskedag"},          {Date(2023, 5, 5), "Store bededag"},
      {Date(2023, 5, 18), "Kristi himmelfartsdag"}, {Date(2023, 5, 28), "Pinsedag"},
      {Date(2023, 5, 29), "2. pinsedag"},          {Date(2023, 12, 25), "Juledag"},
      {Date(2023, 12, 26), "2. juledag"},
  };
  EXPECT_EQ(local_names_of(public_holidays(CalendarKind::working_days_dk, 2023)), expected);
}

TEST(PublicHolidays, Denmark2024HasNoStoreBededagGrundlovsdagOrChristmasAndNewYearsEve) {
  const std::vector<Date> expected = {
      Date(2024, 1, 1),  Date(2024, 3, 28), Date(2024, 3, 29), Date(2024, 3, 31), Date(2024, 4, 1),
      Date(2024, 5, 9),  Date(2024, 5, 19), Date(2024, 5, 20), Date(2024, 12, 25), Date(2024, 12, 26),
  };
  EXPECT_EQ(dates_of(public_holidays(CalendarKind::working_days_dk, 2024)), expected);
  // Store bededag would have been 26 April 2024.
  const Calendar dk(CalendarKind::working_days_dk);
  for (const Date day : {Date(2024, 4, 26), Date(2024, 6, 5), Date(2024, 12, 24), Date(2024, 12, 31)})
    EXPECT_TRUE(dk.is_working_day(day)) << to_iso(day);
  const Calendar no(CalendarKind::working_days_no);
  EXPECT_TRUE(no.is_working_day(Date(2026, 12, 24)));  // Thursday, julaften
  EXPECT_TRUE(no.is_working_day(Date(2026, 12, 31)));  // Thursday, nyttårsaften
}

TEST(PublicHolidays, CoincidingHolidaysAreBothListedInDateOrder) {
  // Easter 2008 was 23 March, so Kristi himmelfartsdag (+39 days) fell on 1 May.
  const auto holidays = public_holidays(CalendarKind::working_days_no, 2008);
  ASSERT_EQ(holidays.size(), 12u);
  EXPECT_EQ(holidays[5].date, Date(2008, 5, 1));
  EXPECT_EQ(holidays[5].name_local, "Offentlig høytidsdag");
  EXPECT_EQ(holidays[6].date, Date(2008, 5, 1));
  EXPECT_EQ(holidays[6].name_local, "Kristi himmelfartsdag");
  for (std::size_t i = 1; i < holidays.size(); ++i) EXPECT_LE(holidays[i - 1].date, holidays[i].date);
  // Easter 2007 was 8 April, so Kristi himmelfartsdag fell on 17 May.
  const auto dates = dates_of(public_holidays(CalendarKind::working_days_no, 2007));
  EXPECT_EQ(std::count(dates.begin(), dates.end(), Date(2007, 5, 17)), 2);
}

TEST(PublicHolidays, EveryYearIsSortedAndWithinTheYear) {
  for (CalendarKind kind : {CalendarKind::working_days_no, CalendarKind::working_days_dk})
    for (int year = 1900; year <= 2200; ++year) {
      const auto holidays = public_holidays(kind, year);
      const std::size_t expected = kind == CalendarKind::working_days_no ? 12 : year <= 2023 ? 11 : 10;
      EXPECT_EQ(holidays.size(), expected) << year;
      for (std::size_t i = 0; i < holidays.size(); ++i) {
        EXPECT_EQ(holidays[i].date.year(), year);
        if (i > 0) {
          EXPECT_LE(holidays[i - 1].date, holidays[i].date);
        }
      }
    }
}

TEST(PublicHolidays, CalendarDaysHaveNone) {
  EXPECT_TRUE(public_holidays(CalendarKind::calendar_days, 2026).empty());
}

TEST(PublicHolidays, YearsOutsideTheSupportedRangeAreRejected) {
  expect_out_of_range([] { public_holidays(CalendarKind::working_days_no, 1899); },
                      "year 1899 is outside the supported calendar 1900-2200");
  expect_out_of_range([] { public_holidays(CalendarKind::working_days_dk, 2201); }, "year 2201");
  EXPECT_EQ(public_holidays(CalendarKind::working_days_dk, 1900).front().date, Date(1900, 1, 1));
  EXPECT_EQ(public_holidays(CalendarKind::working_days_dk, 2200).back().date, Date(2200, 12, 26));
}

// --- Working-day counts --------------------------------------------------------------------

long count_working_days(const Calendar& calendar, int year) {
  long count = 0;
  const auto y = static_cast<unsigned short>(year);
  for (Date day(y, 1, 1); day <= Date(y, 12, 31); day += days(1)) count += calendar.is_working_day(day);
  return count;
}

TEST(WorkingDays, Norway2026Has253) {
  // 2026 starts on a Thursday and has 365 days = 52 weeks + 1 day (a Thursday): 52 * 5 + 1 =
  // 261 weekdays. Of its 12 holidays, 8 fall on a weekday: 1 Jan (Thu), 2 Apr (Thu), 3 Apr
  // (Fri), 6 Apr (Mon), 1 May (Fri), 14 May (Thu), 25 May (Mon), 25 Dec (Fri); 5 Apr, 17 May
  // and 24 May are Sundays and 26 Dec a Saturday. 261 - 8 = 253.
  const Calendar no(CalendarKind::working_days_no);
  EXPECT_EQ(no.span(Date(2026, 1, 1), Date(2026, 12, 31)), 253);
  EXPECT_EQ(count_working_days(no, 2026), 253);
  EXPECT_EQ(no.to_units(Date(2027, 1, 1)) - no.to_units(Date(2026, 1, 1)), 253);
}

TEST(WorkingDays, Denmark2024Has254) {
  // 2024 starts on a Monday and has 366 days = 52 weeks + 2 days (Mon, Tue): 52 * 5 + 2 = 262
  // weekdays. Of its 10 holidays, 8 fall on a weekday: 1 Jan (Mon), 28 Mar (Thu), 29 Mar
  // (Fri), 1 Apr (Mon), 9 May (Thu), 20 May (Mon), 25 Dec (Wed), 26 Dec (Thu); 31 Mar and
  // 19 May are Sundays. 262 - 8 = 254.
  const Calendar dk(CalendarKind::working_days_dk);
  EXPECT_EQ(dk.span(Date(2024, 1, 1), Date(2024, 12, 31)), 254);
  EXPECT_EQ(count_working_days(dk, 2024), 254);
}

TEST(WorkingDays, Denmark2023LosesOneMoreToStoreBededag) {
  // 2023 starts on a Sunday, 365 days = 52 weeks + 1 day (a Sunday): 260 weekdays. Weekday
  // holidays: 6 Apr (Thu), 7 Apr (Fri), 10 Apr (Mon), 5 May (Fri, store bededag), 18 May
  // (Thu), 29 May (Mon), 25 Dec (Mon), 26 Dec (Tue) = 8; 1 Jan, 9 Apr, 28 May are Sundays.
  // 260 - 8 = 252.
  const Calendar dk(CalendarKind::working_days_dk);
  EXPECT_EQ(dk.span(Date(2023, 1, 1), Date(2023, 12, 31)), 252);
  EXPECT_EQ(count_working_days(dk, 2023), 252);
}

TEST(WorkingDays, CalendarDaysCountEveryDay) {
  const Calendar days_calendar;
  EXPECT_EQ(days_calendar.kind(), CalendarKind::calendar_days);
  EXPECT_EQ(count_working_days(days_calendar, 2026), 365);
  EXPECT_EQ(days_calendar.span(Date(2024, 1, 1), Date(2024, 12, 31)), 366);
}

// --- Units ---------------------------------------------------------------------------------

TEST(CalendarUnits, EveryUnitRoundTripsThroughAWorkingDay) {
  for (CalendarKind kind : all_kinds) {
    const Calendar calendar(kind);
    long failures = 0;
    Date previous(boost::gregorian::not_a_date_time);
    for (long unit = 0; unit <= calendar.last_unit(); ++unit) {
      const Date date = calendar.from_units(unit);
      // Units are consecutive working days, in date order.
      if (calendar.to_units(date) != unit || !calendar.is_working_day(date) ||
          (!previous.is_special() && !(previous < date)))
        ++failures;
      previous = date;
    }
    EXPECT_EQ(failures, 0) << calendar_kind_name(kind);
    EXPECT_EQ(previous, Date(2200, 12, 31)) << calendar_kind_name(kind);
  }
}

TEST(CalendarUnits, EveryDayOfSeveralYearsMapsToItselfOrTheNextWorkingDay) {
  for (CalendarKind kind : all_kinds) {
    const Calendar calendar(kind);
    for (int year : {1900, 1999, 2000, 2023, 2024, 2025, 2026, 2200}) {
      const auto y = static_cast<unsigned short>(year);
      for (Date day(y, 1, 1); day <= Date(y, 12, 31); day += days(1)) {
        Date next_working = day;
        while (!calendar.is_working_day(next_working)) next_working += days(1);
        ASSERT_EQ(calendar.from_units(calendar.to_units(day)), next_working)
            << calendar_kind_name(kind) << ' ' << to_iso(day);
        if (next_working == day && day < Date(2200, 12, 31)) {  // a working day is followed by the next unit
          ASSERT_EQ(calendar.to_units(day + days(1)), calendar.to_units(day) + 1) << to_iso(day);
        }
      }
    }
  }
}

TEST(CalendarUnits, WeekendsAndHolidaysMapToTheNextWorkingDay) {
  const Calendar no(CalendarKind::working_days_no);
  const Calendar dk(CalendarKind::working_days_dk);
  const auto maps_to = [](const Calendar& calendar, Date day) { return calendar.from_units(calendar.to_units(day)); };
  // Saturday 3 Jan 2026 -> Monday 5 Jan.
  EXPECT_EQ(maps_to(no, Date(2026, 1, 3)), Date(2026, 1, 5));
  EXPECT_EQ(no.to_units(Date(2026, 1, 3)), no.to_units(Date(2026, 1, 2)) + 1);  // Friday 2 Jan + 1
  // Skjærtorsdag to 2. påskedag 2026 (Thu 2 Apr - Mon 6 Apr) -> Tuesday 7 Apr.
  for (Date day = Date(2026, 4, 2); day <= Date(2026, 4, 6); day += days(1)) {
    EXPECT_FALSE(no.is_working_day(day)) << to_iso(day);
    EXPECT_EQ(maps_to(no, day), Date(2026, 4, 7)) << to_iso(day);
    EXPECT_EQ(no.to_units(day), no.to_units(Date(2026, 4, 1)) + 1) << to_iso(day);
  }
  // Store bededag, Friday 5 May 2023 -> Monday 8 May; the same Friday in Norway is a working day.
  EXPECT_EQ(maps_to(dk, Date(2023, 5, 5)), Date(2023, 5, 8));
  EXPECT_EQ(maps_to(no, Date(2023, 5, 5)), Date(2023, 5, 5));
  // 17 May 2028 (Wednesday; Easter 16 April) is a holiday in Norway only.
  EXPECT_EQ(maps_to(no, Date(2028, 5, 17)), Date(2028, 5, 18));
  EXPECT_EQ(maps_to(dk, Date(2028, 5, 17)), Date(2028, 5, 17));
  // 1 January 1900 (a Monday) is a holiday: unit 0 is 2 January.
  EXPECT_EQ(no.to_units(Date(1900, 1, 1)), 0);
  EXPECT_EQ(no.from_units(0), Date(1900, 1, 2));
  EXPECT_EQ(dk.from_units(0), Date(1900, 1, 2));
}

TEST(CalendarUnits, CalendarDaysAreDayDifferences) {
  const Calendar calendar(CalendarKind::calendar_days);
  EXPECT_EQ(calendar.to_units(Date(1900, 1, 1)), 0);
  EXPECT_EQ(calendar.to_units(Date(1900, 1, 2)), 1);
  EXPECT_EQ(calendar.to_units(Date(1901, 1, 1)), 365);  // 1900 was not a leap year
  EXPECT_EQ(calendar.last_unit(), (Date(2200, 12, 31) - Date(1900, 1, 1)).days());
  const Date start(2026, 3, 30), end(2026, 11, 23);
  EXPECT_EQ(calendar.to_units(end) - calendar.to_units(start), (end - start).days());
  EXPECT_EQ(calendar.span(start, end), (end - start).days() + 1);
  EXPECT_EQ(calendar.from_units(calendar.to_units(start) + 10), start + days(10));
  EXPECT_TRUE(calendar.is_working_day(Date(2026, 4, 4)));  // Saturday
  EXPECT_TRUE(calendar.is_working_day(Date(2026, 12, 25)));
}

TEST(CalendarSpan, EasterWeekHasThreeWorkingDays) {
  const Calendar no(CalendarKind::working_days_no);
  const Calendar dk(CalendarKind::working_days_dk);
  const Calendar plain;
  // Mon 30 Mar - Sun 5 Apr 2026: Mon-Wed work; Thu, Fri holidays; Sat, Sun.
  EXPECT_EQ(no.span(Date(2026, 3, 30), Date(2026, 4, 5)), 3);
  EXPECT_EQ(dk.span(Date(2026, 3, 30), Date(2026, 4, 5)), 3);
  EXPECT_EQ(plain.span(Date(2026, 3, 30), Date(2026, 4, 5)), 7);
  // Two weeks to Fri 10 Apr: 3 + (2. påskedag, then Tue-Fri) 4 = 7.
  EXPECT_EQ(no.span(Date(2026, 3, 30), Date(2026, 4, 10)), 7);
  // Only holidays and a weekend: Skjærtorsdag - 2. påskedag.
  EXPECT_EQ(no.span(Date(2026, 4, 2), Date(2026, 4, 6)), 0);
  // A single working day, a single holiday, and an empty period.
  EXPECT_EQ(no.span(Date(2026, 4, 1), Date(2026, 4, 1)), 1);
  EXPECT_EQ(no.span(Date(2026, 4, 3), Date(2026, 4, 3)), 0);
  EXPECT_EQ(no.span(Date(2026, 4, 10), Date(2026, 3, 30)), 0);
  EXPECT_EQ(plain.span(Date(2026, 4, 10), Date(2026, 3, 30)), 0);
}

TEST(CalendarSpan, EqualsTheUnitDistanceToTheDayAfter) {
  const Calendar no(CalendarKind::working_days_no);
  const Date start(2025, 12, 20);
  for (Date end = start; end <= Date(2026, 6, 30); end += days(1))
    ASSERT_EQ(no.span(start, end), no.to_units(end + days(1)) - no.to_units(start)) << to_iso(end);
}

TEST(CalendarRange, DatesOutsideTheSupportedCalendarAreRejected) {
  for (CalendarKind kind : all_kinds) {
    const Calendar calendar(kind);
    expect_out_of_range([&] { calendar.to_units(Date(1899, 12, 31)); },
                        "date 1899-12-31 is outside the supported calendar 1900-2200");
    expect_out_of_range([&] { calendar.to_units(Date(2201, 1, 1)); }, "date 2201-01-01");
    expect_out_of_range([&] { calendar.is_working_day(Date(1400, 1, 1)); }, "date 1400-01-01");
    expect_out_of_range([&] { calendar.span(Date(1899, 12, 31), Date(1900, 1, 5)); }, "1899-12-31");
    expect_out_of_range([&] { calendar.span(Date(2200, 12, 1), Date(2201, 1, 5)); }, "2201-01-05");
    expect_out_of_range([&] { calendar.to_units(Date(boost::gregorian::not_a_date_time)); }, "not-a-date-time");
    expect_out_of_range([&] { calendar.to_units(Date(boost::gregorian::pos_infin)); }, "+infinity");
    expect_out_of_range([&] { calendar.to_units(Date(boost::gregorian::neg_infin)); }, "-infinity");
    // The edges themselves are inside.
    EXPECT_NO_THROW(calendar.to_units(Date(1900, 1, 1)));
    EXPECT_EQ(calendar.from_units(calendar.to_units(Date(2200, 12, 31))), Date(2200, 12, 31));
  }
}

TEST(CalendarRange, UnitsOutsideTheSupportedCalendarAreRejected) {
  for (CalendarKind kind : all_kinds) {
    const Calendar calendar(kind);
    expect_out_of_range([&] { calendar.from_units(-1); }, "unit -1 of " + std::string(calendar_kind_name(kind)));
    const long past = calendar.last_unit() + 1;
    expect_out_of_range([&] { calendar.from_units(past); }, "unit " + std::to_string(past));
    expect_out_of_range([&] { calendar.from_units(past); }, "outside the supported calendar 1900-2200");
  }
}

TEST(Calendar, RejectsAValueThatIsNotACalendarKind) {
  EXPECT_THROW(Calendar(static_cast<CalendarKind>(7)), Error);
}

TEST(Calendar, CopiesAndCalendarsBuiltConcurrentlyAgree) {
  // Each thread builds its own calendars (the first ones build the shared tables) and checks
  // a year of answers against a copy made on the main thread afterwards.
  std::vector<std::vector<long>> results(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < results.size(); ++t)
    threads.emplace_back([&results, t] {
      const Calendar calendar(t % 2 ? CalendarKind::working_days_dk : CalendarKind::working_days_no);
      for (Date day(2026, 1, 1); day <= Date(2026, 12, 31); day += days(1)) results[t].push_back(calendar.to_units(day));
    });
  for (auto& thread : threads) thread.join();
  const Calendar no(CalendarKind::working_days_no);
  const Calendar copy = no;
  EXPECT_EQ(copy.kind(), CalendarKind::working_days_no);
  std::vector<long> expected;
  for (Date day(2026, 1, 1); day <= Date(2026, 12, 31); day += days(1)) expected.push_back(copy.to_units(day));
  EXPECT_EQ(results[0], expected);
  EXPECT_EQ(results[2], expected);
  EXPECT_EQ(results[1], results[3]);
  EXPECT_NE(results[0], results[1]);  // 17 May and other Norway-only holidays differ
}

}  // namespace
}  // namespace tiltak
