#pragma once
// Read-only result classes (PortfolioAppraisal, Schedule, ComplianceReport and what they
// contain): the C++ structs bound field by field, read-only.
//   readonly(cls, name, &T::field, doc)   an attribute returning a copy of the field, and
//                                         recorded for pickling;
//   finish_result(cls, shown[, equal])    ==, != by value, unhashable, repr over `shown`
//                                         (none when empty: the class has its own), and
//                                         pickle: the recorded fields' values, set back on a
//                                         default-constructed T (each converted as an
//                                         argument of that type would be).
// A field bound some other way is not pickled unless given to pickled(): bind result fields
// with readonly() so that a pickled result equals the original (tests/python/test_results.py
// checks every analysis).

#include <pybind11/pybind11.h>

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "value_class.hpp"

namespace tiltak_python {

namespace py = pybind11;

// The fields of T recorded by readonly(), in binding order.
template <class T>
struct ResultFields {
  struct Field {
    std::string name;
    std::function<py::object(const T&)> get;
    std::function<void(T&, py::handle)> set;
  };
  static std::vector<Field>& all() {
    static std::vector<Field> fields;
    return fields;
  }
};

// A read-only attribute that returns a copy (never a reference into the result).
template <class T, class D>
void readonly(py::class_<T>& cls, const char* name, D T::*member, const char* doc) {
  cls.def_property_readonly(name, [member](const T& self) -> D { return self.*member; }, doc);
  ResultFields<T>::all().push_back({name, [member](const T& self) { return py::cast(self.*member); },
                                    [member](T& self, py::handle value) { self.*member = value.cast<D>(); }});
}

// Pickled state that is not an attribute (a part bound some other way): `get` gives a
// picklable Python value, `set` puts it back.
template <class T>
void pickled(py::class_<T>& /*cls*/, const char* name, std::function<py::object(const T&)> get,
             std::function<void(T&, py::handle)> set) {
  ResultFields<T>::all().push_back({name, std::move(get), std::move(set)});
}

template <class T, class Equal>
void finish_result(py::class_<T>& cls, std::vector<std::string> shown, Equal equal) {
  cls.def(
      "__eq__", [equal](const T& a, const T& b) { return equal(a, b); }, py::is_operator(),
      "Equal when every field is equal.");
  cls.def("__ne__", [equal](const T& a, const T& b) { return !equal(a, b); }, py::is_operator());
  cls.attr("__hash__") = py::none();
  if (!py::hasattr(cls, "__setstate__"))  // a class with its own pickling (ParameterSet) keeps it
    cls.def(py::pickle(
      [](const T& self) {
        const auto& fields = ResultFields<T>::all();
        py::tuple state(fields.size());
        for (std::size_t i = 0; i < fields.size(); ++i) state[i] = fields[i].get(self);
        return state;
      },
      [](const py::tuple& state) {
        const auto& fields = ResultFields<T>::all();
        if (state.size() != fields.size()) throw py::value_error("pickled result of another version");
        T result{};
        for (std::size_t i = 0; i < fields.size(); ++i) fields[i].set(result, state[i]);
        return result;
      }));
  if (shown.empty()) return;
  cls.def("__repr__", [shown](py::handle self) {
    const std::string type_name = py::type::handle_of(self).attr("__name__").cast<std::string>();
    return repr_fields(self, type_name.c_str(), shown);
  });
}

template <class T>
void finish_result(py::class_<T>& cls, std::vector<std::string> shown) {
  finish_result(cls, std::move(shown), [](const T& a, const T& b) { return a == b; });
}

}  // namespace tiltak_python
