#pragma once
// Conversions between tiltak's small C++ types and plain Python values, so that a notebook
// reads as the document does:
//   - ids (tiltak::Id<Tag>) are str;
//   - enumerations are str with their document names ("in_progress", "internal_hours");
//   - Currency is its ISO code ("NOK"), Language its code ("nb", "da", "en");
//   - dates are datetime.date (date_caster.hpp).
// Unknown names raise tiltak.InvalidArgumentError (a ValueError) listing the valid ones.

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "date_caster.hpp"
#include "tiltak/core/cash_flow.hpp"
#include "tiltak/core/currency.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/core/id.hpp"
#include "tiltak/core/locale.hpp"
#include "tiltak/model/benefit.hpp"
#include "tiltak/model/cost.hpp"
#include "tiltak/model/dependency.hpp"
#include "tiltak/model/initiative.hpp"
#include "tiltak/model/lifecycle.hpp"
#include "tiltak/model/names.hpp"
#include "tiltak/model/organisation.hpp"
#include "tiltak/model/status.hpp"

namespace tiltak_python {

// What an enumeration is called in messages; its names are the library's (tiltak/model/names.hpp).
template <class E>
constexpr std::string_view enum_description = "value";

using tiltak::enum_name;
using tiltak::enum_name_list;

// Throws Error(invalid_argument) naming the valid values.
template <class E>
E enum_from_name(std::string_view name) {
  if (auto value = tiltak::enum_from_name<E>(name)) return *value;
  tiltak::Problem problem;
  problem.value = "\"" + std::string(name.substr(0, 64)) + "\"";
  problem.message = "unknown " + std::string(enum_description<E>) + "; expected one of " + enum_name_list<E>();
  throw tiltak::Error(tiltak::ErrorCode::invalid_argument, std::move(problem));
}

}  // namespace tiltak_python

namespace pybind11::detail {

// Enumerations as str. Loading refuses non-str (TypeError, so overloads still work) and
// raises InvalidArgumentError for a str that names no value.
template <class E>
struct enum_name_caster {
  PYBIND11_TYPE_CASTER(E, const_name("str"));

  bool load(handle source, bool /*convert*/) {
    if (!source || !PyUnicode_Check(source.ptr())) return false;
    Py_ssize_t size = 0;
    const char* text = PyUnicode_AsUTF8AndSize(source.ptr(), &size);
    if (!text) throw error_already_set();
    value = tiltak_python::enum_from_name<E>(std::string_view(text, static_cast<std::size_t>(size)));
    return true;
  }

  static handle cast(E value, return_value_policy /*policy*/, handle /*parent*/) {
    const std::string_view name = tiltak_python::enum_name(value);
    return PyUnicode_FromStringAndSize(name.data(), static_cast<Py_ssize_t>(name.size()));
  }
};


// CashFlow as a (year, Money) tuple, in every translation unit that binds one (graph.cpp,
// benefits.cpp): a specialisation seen in one only would leave the others with none. Loads any
// two-item tuple or list.
template <>
struct type_caster<tiltak::CashFlow> {
  PYBIND11_TYPE_CASTER(tiltak::CashFlow, const_name("tuple[int, Money]"));

  bool load(handle source, bool convert) {
    if (!source || !(PyTuple_Check(source.ptr()) || PyList_Check(source.ptr()))) return false;
    const auto items = reinterpret_borrow<sequence>(source);
    if (items.size() != 2) return false;
    make_caster<int> year;
    make_caster<tiltak::Money> amount;
    if (!year.load(items[0], convert) || !amount.load(items[1], convert)) return false;
    value.year = cast_op<int>(year);
    value.amount = cast_op<tiltak::Money&>(amount);
    return true;
  }

  static handle cast(const tiltak::CashFlow& item, return_value_policy /*policy*/, handle /*parent*/) {
    return make_tuple(item.year, item.amount).release();
  }
};

// Strong ids as plain str.
template <class Tag>
struct type_caster<tiltak::Id<Tag>> {
  PYBIND11_TYPE_CASTER(tiltak::Id<Tag>, const_name("str"));

  bool load(handle source, bool /*convert*/) {
    if (!source || !PyUnicode_Check(source.ptr())) return false;
    Py_ssize_t size = 0;
    const char* text = PyUnicode_AsUTF8AndSize(source.ptr(), &size);
    if (!text) throw error_already_set();
    value = tiltak::Id<Tag>(std::string(text, static_cast<std::size_t>(size)));
    return true;
  }

  static handle cast(const tiltak::Id<Tag>& id, return_value_policy /*policy*/, handle /*parent*/) {
    const std::string& text = id.str();
    PyObject* result = PyUnicode_DecodeUTF8(text.data(), static_cast<Py_ssize_t>(text.size()), nullptr);
    if (!result) throw error_already_set();
    return result;
  }
};

}  // namespace pybind11::detail

// A library enumeration as str in Python, `what` naming it in messages ("unknown stage; expected
// one of ..."). Used at global scope, here and in the area files for their own enumerations.
#define TILTAK_PYTHON_ENUM(E, what)                                      \
  template <>                                                            \
  constexpr std::string_view tiltak_python::enum_description<E> = what;  \
  template <>                                                            \
  struct pybind11::detail::type_caster<E> : pybind11::detail::enum_name_caster<E> {}

TILTAK_PYTHON_ENUM(tiltak::Stage, "stage");
TILTAK_PYTHON_ENUM(tiltak::OrganisationKind, "organisation kind");
TILTAK_PYTHON_ENUM(tiltak::Role, "role");
TILTAK_PYTHON_ENUM(tiltak::StatusDimension, "status dimension");
TILTAK_PYTHON_ENUM(tiltak::Rag, "status colour");
TILTAK_PYTHON_ENUM(tiltak::CostKind, "cost kind");
TILTAK_PYTHON_ENUM(tiltak::CostBasis, "cost basis");
TILTAK_PYTHON_ENUM(tiltak::DependencyType, "dependency type");
TILTAK_PYTHON_ENUM(tiltak::BenefitKind, "benefit kind");
TILTAK_PYTHON_ENUM(tiltak::RecipientKind, "recipient kind");
TILTAK_PYTHON_ENUM(tiltak::IndicatorDirection, "indicator direction");
TILTAK_PYTHON_ENUM(tiltak::MandatoryReason, "mandatory reason");
TILTAK_PYTHON_ENUM(tiltak::Currency, "currency");
TILTAK_PYTHON_ENUM(tiltak::Language, "language");
