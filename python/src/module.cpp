// tiltak._tiltak: the private native module behind the `tiltak` package (tiltak/__init__.py
// re-exports its public names). It binds the C++ API directly: documents go through the
// library's own parser and writer, money stays in integer minor units, errors keep their
// codes and JSON Pointers.

#include "bindings.hpp"

#ifndef TILTAK_PYTHON_VERSION
#error "TILTAK_PYTHON_VERSION (the project version) must be defined by the build"
#endif

PYBIND11_MODULE(_tiltak, module) {
  module.doc() = "Native part of tiltak (digitalisation portfolios); import `tiltak` instead.";
  module.attr("__version__") = TILTAK_PYTHON_VERSION;
  // Problem first: the exception translator builds Problem objects.
  tiltak_python::bind_errors(module);
  tiltak_python::bind_money(module);
  tiltak_python::bind_model(module);
  tiltak_python::bind_portfolio(module);
  tiltak_python::bind_graph(module);
  tiltak_python::bind_benefits(module);
  tiltak_python::bind_governance(module);
  tiltak_python::bind_report(module);
  tiltak_python::bind_prioritisation(module);
  tiltak_python::bind_store(module);
}
