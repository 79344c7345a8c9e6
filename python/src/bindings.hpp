#pragma once
// The parts of the native module tiltak._tiltak, each binding one area of the C++ API.

#include <pybind11/pybind11.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "tiltak/core/error.hpp"
#include "tiltak/governance/rulebook.hpp"

namespace tiltak {
struct Portfolio;
}

namespace tiltak_python {

namespace py = pybind11;

// Problem and the exception translator (tiltak::Error -> tiltak.<Class>Error).
void bind_errors(py::module_& module);
// Money.
void bind_money(py::module_& module);
// The value types of the model: Initiative, Benefit and what they contain.
void bind_model(py::module_& module);
// Portfolio, its summary, validate_file, generate_portfolio.
void bind_portfolio(py::module_& module);
// The dependency graph, schedules, impacts, the benefit network and calendars (graph.cpp).
void bind_graph(py::module_& module);
// Parameter sets, discount curves, valuation, IRR and appraisals (benefits.cpp).
void bind_benefits(py::module_& module);
// Rulebooks, the compliance check, gates, the decision log and the archive link (governance.cpp).
void bind_governance(py::module_& module);

// The portfolio report and its formats (report.cpp).
void bind_report(py::module_& module);
// Ranking, selection, frontier and scenario comparison, as JSON for _prioritisation.py.
void bind_prioritisation(py::module_& module);
// The portfolio store's native part, wrapped by _store.py (store.cpp).
void bind_store(py::module_& module);

// The current snapshot of a tiltak.Portfolio object, to read without the GIL (portfolio.cpp).
// TypeError when `portfolio` is not a Portfolio.
std::shared_ptr<const tiltak::Portfolio> portfolio_snapshot(py::handle portfolio);
// A new tiltak.Portfolio object holding `portfolio` (portfolio.cpp).
py::object portfolio_object(tiltak::Portfolio portfolio);
// Changes a tiltak.Portfolio object through `change`, without the GIL; `change` must leave the
// portfolio unchanged when it throws (portfolio.cpp).
void edit_portfolio(py::handle portfolio, const std::function<void(tiltak::Portfolio&)>& change);

// A `rulebook` argument: a Rulebook, a built-in id, or None (nullopt: the currency's)
// (governance.cpp).
std::optional<tiltak::Rulebook> rulebook_option(py::handle rulebook);

// UTF-8 text to str, replacing invalid bytes (messages may quote a value cut short).
py::str text(std::string_view utf8);

// Raises Error(invalid_argument) with `message`.
[[noreturn]] void throw_invalid_argument(const std::string& message);

}  // namespace tiltak_python
