#pragma once
// tiltak::Date (boost::gregorian::date) <-> datetime.date, both ways.
//
// - A datetime.date converts to a Date. A datetime.datetime (a subclass of date) is refused
//   with a TypeError rather than silently losing its time of day.
// - Boost's calendar covers the years 1400-9999; earlier dates raise ValueError.
// - A special Date (not_a_date_time, the value of a date field nobody has set yet) converts
//   to None. std::optional<Date> goes through pybind11's optional caster: None <-> nullopt.
// - An ISO date string "YYYY-MM-DD" converts too (when conversion is allowed); any other
//   string raises a short TypeError naming the value, instead of pybind11's list of every
//   signature.

#include <pybind11/pybind11.h>
// After pybind11 (which includes Python.h first, as Python requires).
#include <datetime.h>

#include <string>

#include "tiltak/core/date.hpp"

namespace pybind11::detail {

template <>
struct type_caster<boost::gregorian::date> {
 public:
  PYBIND11_TYPE_CASTER(boost::gregorian::date, const_name("datetime.date"));

  bool load(handle source, bool convert) {
    if (!source) return false;
    import_datetime();
    PyObject* object = source.ptr();
    if (PyDateTime_Check(object))
      throw type_error("expected a datetime.date, got a datetime.datetime; use its .date()");
    if (PyUnicode_Check(object) && convert) return load_iso(source);
    if (!PyDate_Check(object)) return false;
    return load_date(object);
  }

  bool load_iso(handle source) {
    const std::string text = reinterpret_borrow<str>(source).cast<std::string>();
    object date;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {  // not 2026-W01-1 or 20260101
      try {
        date = module_::import("datetime").attr("date").attr("fromisoformat")(source);
      } catch (error_already_set&) {
        date = object();
      }
    }
    if (!date)
      throw type_error("expected a datetime.date or an ISO date \"YYYY-MM-DD\", got " +
                       repr(source).cast<std::string>());
    return load_date(date.ptr());
  }

  bool load_date(PyObject* object) {
    const int year = PyDateTime_GET_YEAR(object);
    if (year < 1400)
      throw value_error("tiltak dates lie in the years 1400-9999, got " + std::to_string(year));
    value = boost::gregorian::date(static_cast<unsigned short>(year),
                                   static_cast<unsigned short>(PyDateTime_GET_MONTH(object)),
                                   static_cast<unsigned short>(PyDateTime_GET_DAY(object)));
    return true;
  }

  static handle cast(const boost::gregorian::date& date, return_value_policy /*policy*/, handle /*parent*/) {
    if (date.is_special()) return none().release();
    import_datetime();
    const auto ymd = date.year_month_day();
    PyObject* result = PyDate_FromDate(static_cast<int>(ymd.year), static_cast<int>(ymd.month),
                                       static_cast<int>(ymd.day));
    if (!result) throw error_already_set();
    return result;
  }

 private:
  // PyDateTimeAPI is a per-translation-unit static in datetime.h: import it where used.
  static void import_datetime() {
    if (!PyDateTimeAPI) {
      PyDateTime_IMPORT;
      if (!PyDateTimeAPI) throw error_already_set();
    }
  }
};

}  // namespace pybind11::detail
