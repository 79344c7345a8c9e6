#pragma once
// Small helpers of every binding file, written once.

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tiltak/model/names.hpp"

namespace tiltak_python {

namespace py = pybind11;

// A numpy array with a copy of `values`: frames' columns are built in bulk, not cell by cell.
template <class T>
py::array_t<T> numpy_array(const std::vector<T>& values) {
  py::array_t<T> result(static_cast<py::ssize_t>(values.size()));
  std::copy(values.begin(), values.end(), result.mutable_data());
  return result;
}

// The names of an enumeration in the order of enum_names<E>(), the order of the codes in frames.
template <class E>
py::tuple enum_names_tuple() {
  const auto entries = tiltak::enum_names<E>();
  py::tuple result(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) result[i] = py::str(entries[i].name.data(), entries[i].name.size());
  return result;
}

// "1 node", "3 nodes", for reprs.
inline std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// A function of the package's pure-Python part, imported when first called (pandas and the
// like stay optional and lazy): python_function("tiltak._graph", "to_networkx").
inline py::object python_function(const char* module, const char* name) {
  return py::module_::import(module).attr(name);
}

// json.loads(text): results the library gives as JSON, as Python values.
inline py::object json_loads(const std::string& text) { return python_function("json", "loads")(text); }

}  // namespace tiltak_python
