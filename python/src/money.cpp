// tiltak::Money as tiltak.Money: an immutable, exact amount (integer minor units + currency).

#include <climits>
#include <cmath>
#include <optional>
#include <string>

#include "bindings.hpp"
#include "casters.hpp"
#include "tiltak/core/money.hpp"
#include "tiltak/reporting/labels.hpp"

namespace tiltak_python {
namespace {

using tiltak::Currency;
using tiltak::ErrorCode;
using tiltak::Money;

[[noreturn]] void throw_overflow(const std::string& what) {
  throw tiltak::Error(ErrorCode::overflow, "amount out of range (" + what + ")");
}

// A Python int as int64, or Error(overflow) naming what it was for.
std::int64_t to_int64(const py::int_& value, const char* what) {
  int overflow = 0;
  const long long result = PyLong_AsLongLongAndOverflow(value.ptr(), &overflow);
  if (overflow != 0) throw_overflow(std::string(what) + " " + py::repr(value).cast<std::string>());
  if (result == -1 && PyErr_Occurred()) throw py::error_already_set();
  return static_cast<std::int64_t>(result);
}

std::string repr(const Money& money) {
  return "Money('" + money.to_string() + "', '" + std::string(tiltak::currency_code(money.currency())) + "')";
}

py::object decimal_type() { return py::module_::import("decimal").attr("Decimal"); }

// decimal.Decimal, int or str -> Money, exactly. More than two decimals (after dropping
// trailing zeros) is a ParseError, never a rounding.
Money from_decimal(const py::handle& value, Currency currency) {
  const py::object Decimal = decimal_type();
  if (PyFloat_Check(value.ptr()))
    throw_invalid_argument("a float cannot hold øre exactly; pass a decimal.Decimal, an int or a str");
  py::object decimal;
  try {
    decimal = Decimal(value);
  } catch (py::error_already_set& error) {
    if (!error.matches(py::module_::import("decimal").attr("InvalidOperation"))) throw;
    throw tiltak::Error(ErrorCode::parse_error, "not a decimal number: " + py::repr(value).cast<std::string>());
  }
  if (!decimal.attr("is_finite")().cast<bool>())
    throw tiltak::Error(ErrorCode::parse_error, "not a finite amount: " + py::str(decimal).cast<std::string>());
  // Drop trailing zeros beyond the currency's decimals ("1.500" is exactly 1.50) without
  // rounding anything that is not zero; 'f' formatting never uses an exponent.
  py::object normalized = decimal.attr("normalize")();
  py::object text = py::module_::import("builtins").attr("format")(normalized, "f");
  return Money::parse(text.cast<std::string>(), currency);
}


// The minor units per major unit of every supported currency (NOK, DKK, EUR, SEK: two decimals).
constexpr int minor_per_major = 100;

py::object fraction_type() { return py::module_::import("fractions").attr("Fraction"); }

// A real number other than bool (int, float, decimal.Decimal, fractions.Fraction) as an exact
// fractions.Fraction, or None when ``value`` is not one.
py::object exact_number(const py::handle& value) {
  if (PyBool_Check(value.ptr())) return py::none();
  const py::object numbers_real = py::module_::import("numbers").attr("Real");
  const bool decimal = py::isinstance(value, decimal_type());
  if (!decimal && !py::isinstance(value, numbers_real)) return py::none();
  if (PyFloat_Check(value.ptr()) && !std::isfinite(PyFloat_AsDouble(value.ptr()))) return py::none();
  if (decimal && !value.attr("is_finite")().cast<bool>()) return py::none();
  return fraction_type()(value);
}

// money <op> number: the amount in major units against the number, exactly (no float).
// Ordering only: equality stays between Money of one currency, so that == and hash agree.
py::object compare_with(const Money& money, const py::object& other, const char* op) {
  if (py::isinstance<Money>(other)) {
    const Money b = other.cast<Money>();
    const auto order = money <=> b;  // CurrencyMismatchError across currencies
    const std::string o(op);
    if (o == "__lt__") return py::bool_(order < 0);
    if (o == "__le__") return py::bool_(order <= 0);
    if (o == "__gt__") return py::bool_(order > 0);
    return py::bool_(order >= 0);
  }
  const py::object number = exact_number(other);
  if (number.is_none()) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
  const py::object amount = fraction_type()(py::int_(money.minor_units()), py::int_(minor_per_major));
  return amount.attr(op)(number);
}

// Round a Fraction of minor units to the nearest minor unit, halves away from zero: the
// library's rounding rule (round_to_minor in money.hpp), here exact on Python integers.
std::int64_t round_half_away(const py::object& minor) {
  const py::object half = fraction_type()(1, 2);
  const bool negative = minor.attr("__lt__")(py::int_(0)).cast<bool>();
  const py::object magnitude = py::module_::import("math").attr("floor")(minor.attr("__abs__")().attr("__add__")(half));
  const py::int_ rounded = negative ? py::int_(magnitude.attr("__neg__")()) : py::int_(magnitude);
  return to_int64(rounded, "quotient");
}

[[noreturn]] void throw_zero_division(const char* message) {
  PyErr_SetString(PyExc_ZeroDivisionError, message);
  throw py::error_already_set();
}

// money / number: Money rounded to the minor unit (halves away from zero);
// money / money: the ratio as a float (same currency, else CurrencyMismatchError).
py::object divide(const Money& money, const py::object& divisor) {
  if (py::isinstance<Money>(divisor)) {
    const Money b = divisor.cast<Money>();
    if (b.currency() != money.currency()) (void)(money - b);  // throws CurrencyMismatchError
    if (b.is_zero()) throw_zero_division("division by a zero amount");
    return py::float_(py::float_(fraction_type()(py::int_(money.minor_units()), py::int_(b.minor_units()))));
  }
  const py::object number = exact_number(divisor);
  if (number.is_none()) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
  if (number.attr("__eq__")(py::int_(0)).cast<bool>()) throw_zero_division("division of an amount by zero");
  const py::object quotient = fraction_type()(py::int_(money.minor_units())).attr("__truediv__")(number);
  return py::cast(Money(round_half_away(quotient), money.currency()));
}
}  // namespace

void bind_money(py::module_& module) {
  py::class_<Money> money(module, "Money",
                          "An exact amount of money: a signed count of minor units (øre, cent) in one currency.\n\n"
                          "Immutable and hashable. Arithmetic is overflow-checked (AmountOverflowError) and never "
                          "mixes currencies (CurrencyMismatchError).\n\n"
                          ">>> Money(125000050, \"NOK\")\n"
                          "Money('1250000.50', 'NOK')");
  money
      .def(py::init([](const py::int_& minor_units, Currency currency) {
             return Money(to_int64(minor_units, "minor units"), currency);
           }),
           py::arg("minor_units"), py::arg("currency"),
           "An amount of ``minor_units`` (øre, cent) in ``currency`` (\"NOK\", \"DKK\", \"EUR\", \"SEK\").")
      .def_static("parse", &Money::parse, py::arg("text"), py::arg("currency"),
                  "Exact decimal text with a point: \"1250000.50\", \"-12.5\", \"300\"; at most two decimals, "
                  "no grouping, no exponent. Raises ParseError or AmountOverflowError.")
      .def_static("from_decimal", &from_decimal, py::arg("value"), py::arg("currency"),
                  "From a decimal.Decimal (or int, or str) with at most two significant decimals, exactly. "
                  "Floats are refused (InvalidArgumentError): they cannot hold øre exactly.")
      .def_static("zero", &Money::zero, py::arg("currency"), "Zero in ``currency``.")
      .def_property_readonly("minor_units", &Money::minor_units, "The amount in minor units (øre, cent), an int.")
      .def_property_readonly("currency", &Money::currency, "The ISO 4217 code: \"NOK\", \"DKK\", \"EUR\" or \"SEK\".")
      .def_property_readonly("is_zero", &Money::is_zero, "True for a zero amount.")
      .def(
          "to_decimal",
          [](const Money& self) { return decimal_type()(self.to_string()); },
          "The amount in major units as an exact decimal.Decimal with all decimals: Decimal('1250000.50').")
      .def("__str__", &Money::to_string, "Exact decimal text with a point and all decimals: \"1250000.50\".")
      .def("__repr__", &repr)
      .def(
          "format",
          [](const Money& self, std::optional<tiltak::Language> lang, bool whole_units) {
            return tiltak::format_money(self, lang.value_or(tiltak::default_language(self.currency())), whole_units);
          },
          py::arg("lang") = py::none(), py::arg("whole_units") = false,
          "The amount for people: \"1 250 000,50 kr\" (lang \"nb\" or \"da\"), \"NOK 1,250,000.50\" (\"en\"). "
          "Without ``lang``, the customary language of the currency (nb for NOK, da for DKK, else en). "
          "``whole_units`` rounds to whole kroner, halves away from zero: \"1 250 001 kr\".")
      .def("__add__", [](const Money& a, const Money& b) { return a + b; }, py::is_operator())
      .def("__sub__", [](const Money& a, const Money& b) { return a - b; }, py::is_operator())
      // 0 + money, so that sum(amounts) works without a start value.
      .def(
          "__radd__",
          [](const Money& self, const py::int_& zero) -> py::object {
            if (PyBool_Check(zero.ptr()) || !zero.equal(py::int_(0)))
              return py::reinterpret_borrow<py::object>(Py_NotImplemented);
            return py::cast(self);
          },
          py::is_operator())
      .def("__neg__", [](const Money& a) { return -a; })
      .def("__pos__", [](const Money& a) { return a; })
      .def("__abs__", [](const Money& a) { return a.minor_units() < 0 ? -a : a; })
      .def(
          "__mul__",
          [](const Money& a, const py::int_& factor) -> py::object {
            if (PyBool_Check(factor.ptr())) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
            return py::cast(a * to_int64(factor, "factor"));
          },
          py::is_operator())
      .def(
          "__rmul__",
          [](const Money& a, const py::int_& factor) -> py::object {
            if (PyBool_Check(factor.ptr())) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
            return py::cast(a * to_int64(factor, "factor"));
          },
          py::is_operator())
      .def("__eq__", [](const Money& a, const Money& b) { return a == b; }, py::is_operator())
      .def("__ne__", [](const Money& a, const Money& b) { return a != b; }, py::is_operator())
      // Ordering against Money of the same currency or against any real number (int, float,
      // Decimal, Fraction) in major units, exactly: money > 0, money <= Decimal("1000.50").
      .def("__lt__", [](const Money& a, const py::object& b) { return compare_with(a, b, "__lt__"); }, py::is_operator())
      .def("__le__", [](const Money& a, const py::object& b) { return compare_with(a, b, "__le__"); }, py::is_operator())
      .def("__gt__", [](const Money& a, const py::object& b) { return compare_with(a, b, "__gt__"); }, py::is_operator())
      .def("__ge__", [](const Money& a, const py::object& b) { return compare_with(a, b, "__ge__"); }, py::is_operator())
      .def("__truediv__", &divide, py::is_operator(),
           "money / number: Money rounded to the minor unit, halves away from zero (the library's "
           "rounding rule); money / money: the ratio as a float.")
      .def(
          "__float__",
          [](const Money& self) {
            return py::float_(fraction_type()(py::int_(self.minor_units()), py::int_(minor_per_major)));
          },
          "The amount in major units as the nearest float: for plotting and statistics, not for sums.")
      .def("__hash__",
           [](const Money& self) {
             return py::hash(py::make_tuple(self.minor_units(), std::string(tiltak::currency_code(self.currency()))));
           })
      .def("__bool__", [](const Money& self) { return !self.is_zero(); }, "False for zero.")
      .def("__copy__", [](py::object self) { return self; })
      .def("__deepcopy__", [](py::object self, const py::dict&) { return self; }, py::arg("memo"))
      .def(py::pickle([](const Money& self) { return py::make_tuple(self.minor_units(), self.currency()); },
                      [](const py::tuple& state) {
                        return Money(state[0].cast<std::int64_t>(), state[1].cast<Currency>());
                      }));
}

}  // namespace tiltak_python
