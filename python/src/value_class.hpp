#pragma once
// Dataclass-like behaviour for bound C++ value types (Initiative, CostLine, Period, ...):
//   Type(*args, **fields)  positional arguments in field order, then keywords; unknown
//                          names raise TypeError (with a "did you mean");
//   ==, !=                 the C++ operator== (equal values), unhashable (values are mutable);
//   repr()                 Type(field=value, ...) over the interesting fields;
//   copy / deepcopy        a C++ copy (the types are plain values, so it is deep);
//   pickle                 the fields' values;
//   __match_args__         the field order, for `match` statements.
// Fields are set through the bound properties, so they convert and check exactly as an
// assignment `obj.field = value` does.

#include <pybind11/operators.h>
#include <pybind11/pybind11.h>

#include <string>
#include <utility>
#include <vector>

namespace tiltak_python {

namespace py = pybind11;

struct Fields {
  std::vector<std::string> all;   // declaration order: the positional order of __init__
  std::vector<std::string> repr;  // shown by repr(); empty = all
};

// Sets `kwargs` (and `args`, in field order) on `object`. Values that are None are set last,
// so that setting one alternative of an either/or pair (Dependency.initiative/component)
// before clearing the other works whatever the order.
void set_fields(py::handle object, const char* type_name, const std::vector<std::string>& fields,
                const py::tuple& args, const py::dict& kwargs);
std::string repr_fields(py::handle object, const char* type_name, const std::vector<std::string>& fields);

template <class T>
void finish_value_class(py::class_<T>& cls, const Fields& fields) {
  auto all = fields.all;
  auto shown = fields.repr.empty() ? fields.all : fields.repr;
  cls.def(py::init([all](const py::args& args, const py::kwargs& kwargs) {
            py::object object = py::cast(T{});
            const std::string type_name = py::type::handle_of(object).attr("__name__").template cast<std::string>();
            set_fields(object, type_name.c_str(), all, args, kwargs);
            return object.template cast<T>();
          }),
          "Create from field values: positional in field order, or by keyword. Fields left out keep "
          "their defaults.");
  cls.def(py::self == py::self, "Equal when every field is equal.");
  cls.def(py::self != py::self);
  cls.def(
      "__repr__",
      [shown](py::handle self) {
        const std::string type_name = py::type::handle_of(self).attr("__name__").template cast<std::string>();
        return repr_fields(self, type_name.c_str(), shown);
      });
  cls.def("__copy__", [](const T& self) { return T(self); });
  cls.def("__deepcopy__", [](const T& self, const py::dict&) { return T(self); }, py::arg("memo"));
  cls.def(py::pickle(
      [all](py::handle self) {
        py::tuple state(all.size());
        for (std::size_t i = 0; i < all.size(); ++i) state[i] = self.attr(all[i].c_str());
        return state;
      },
      [all](const py::tuple& state) {
        py::object object = py::cast(T{});
        set_fields(object, "state", all, state, py::dict());
        return object.template cast<T>();
      }));
  py::tuple match_args(all.size());
  for (std::size_t i = 0; i < all.size(); ++i) match_args[i] = py::str(all[i]);
  cls.attr("__match_args__") = match_args;
}

}  // namespace tiltak_python
