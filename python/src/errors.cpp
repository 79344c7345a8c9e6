// tiltak::Problem as tiltak.Problem, and tiltak::Error as the exception classes of
// tiltak/_errors.py, chosen by the error code.

#include <pybind11/stl.h>

#include <array>
#include <utility>

#include "bindings.hpp"
#include "value_class.hpp"

namespace tiltak_python {
namespace {

using tiltak::ErrorCode;
using tiltak::Problem;

// Every code but ok; a code missing here would surface as the base class tiltak.Error.
constexpr std::array<std::pair<ErrorCode, const char*>, 11> error_classes{{
    {ErrorCode::invalid_argument, "InvalidArgumentError"},
    {ErrorCode::parse_error, "ParseError"},
    {ErrorCode::validation_error, "ValidationError"},
    {ErrorCode::io_error, "IoError"},
    {ErrorCode::not_found, "NotFoundError"},
    {ErrorCode::currency_mismatch, "CurrencyMismatchError"},
    {ErrorCode::overflow, "AmountOverflowError"},
    {ErrorCode::duplicate, "DuplicateError"},
    {ErrorCode::infeasible, "InfeasibleError"},
    {ErrorCode::conflict, "ConflictError"},
    {ErrorCode::internal, "InternalError"},
}};

// The classes, looked up once at import. Deliberately leaked: they must outlive every
// translation, and Python owns the objects anyway.
struct ErrorClasses {
  py::object base;
  std::array<py::object, error_classes.size()> by_code;
};
ErrorClasses* classes = nullptr;

py::handle class_for(ErrorCode code) {
  for (std::size_t i = 0; i < error_classes.size(); ++i)
    if (error_classes[i].first == code) return classes->by_code[i];
  return classes->base;
}

void raise(const tiltak::Error& error) {
  py::handle cls = class_for(error.code());
  py::list problems;
  for (const auto& problem : error.problems()) problems.append(py::cast(problem));
  py::object exception = cls(text(error.what()), problems);
  exception.attr("code") = text(tiltak::error_code_name(error.code()));
  PyErr_SetObject(cls.ptr(), exception.ptr());
}

template <std::string Problem::*field>
void def_text(py::class_<Problem>& cls, const char* name, const char* doc) {
  cls.def_property(
      name, [](const Problem& problem) { return text(problem.*field); },
      [](Problem& problem, std::string value) { problem.*field = std::move(value); }, doc);
}

}  // namespace

py::str text(std::string_view utf8) {
  PyObject* result = PyUnicode_DecodeUTF8(utf8.data(), static_cast<Py_ssize_t>(utf8.size()), "replace");
  if (!result) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(result);
}

void throw_invalid_argument(const std::string& message) {
  throw tiltak::Error(ErrorCode::invalid_argument, message);
}

void bind_errors(py::module_& module) {
  py::class_<Problem> problem(module, "Problem",
                              "Where and why one piece of input is wrong.\n\n"
                              "``pointer`` is a JSON Pointer (RFC 6901) into the portfolio document; "
                              "``line`` and ``column`` locate CSV cells and JSON syntax errors (0 when "
                              "unknown). ``str(problem)`` gives the one-line description the CLI prints.");
  def_text<&Problem::source>(problem, "source", "File name, or \"<memory>\".");
  def_text<&Problem::pointer>(problem, "pointer", "JSON Pointer of the offending field, e.g. \"/initiatives/3/title\".");
  problem.def_readwrite("line", &Problem::line, "1-based line, 0 when unknown.");
  problem.def_readwrite("column", &Problem::column, "1-based column, 0 when unknown.");
  def_text<&Problem::value>(problem, "value", "The offending value as written (JSON text), shortened if long.");
  def_text<&Problem::message>(problem, "message", "The reason, in plain language.");
  problem.def("describe", [](const Problem& self) { return text(self.describe()); },
              "One line: \"portfolio.json: /initiatives/3/title: expected a string, got 42\".");
  problem.def("__str__", [](const Problem& self) { return text(self.describe()); });
  finish_value_class(problem, {{"source", "pointer", "line", "column", "value", "message"}, {}});

  py::module_ errors = py::module_::import("tiltak._errors");
  classes = new ErrorClasses;
  classes->base = errors.attr("Error");
  for (std::size_t i = 0; i < error_classes.size(); ++i) classes->by_code[i] = errors.attr(error_classes[i].second);

  py::register_exception_translator([](std::exception_ptr pending) {
    try {
      if (pending) std::rethrow_exception(pending);
    } catch (const tiltak::Error& error) {
      try {
        raise(error);
      } catch (py::error_already_set& failure) {
        failure.restore();  // raise the reason the exception could not be built
      }
    }
  });
}

}  // namespace tiltak_python
