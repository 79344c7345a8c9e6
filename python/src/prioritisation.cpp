// tiltak/prioritisation as Python: ranking, selection, its realistic plan, the efficient
// frontier, scenario comparison and the sensitivity to the weights. The native functions take
// and give the library's own JSON forms (prioritisation_json.hpp: the C API and the CLI hand
// out the same documents);
// tiltak/_prioritisation.py wraps them in result classes with pandas DataFrames.
//
// Threads: every function runs without the GIL on the portfolio's snapshot.

#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <vector>

#include "bindings.hpp"
#include "tiltak/model/portfolio.hpp"
#include "tiltak/prioritisation/prioritisation_json.hpp"

namespace tiltak_python {
namespace {

using namespace tiltak;

SelectionOptions options_of(const std::optional<std::string>& json, Currency currency, const char* source) {
  return json ? selection_options_from_json(*json, currency, source) : SelectionOptions{};
}

}  // namespace

void bind_prioritisation(py::module_& m) {
  m.def(
      "_prioritise_json",
      [](const py::object& portfolio, const std::optional<std::string>& criteria_json) {
        auto snapshot = portfolio_snapshot(portfolio);
        py::gil_scoped_release release;
        const Criteria criteria = criteria_json ? criteria_from_json(*criteria_json, "criteria") : default_criteria();
        return ranking_to_json(rank_initiatives(*snapshot, criteria));
      },
      py::arg("portfolio"), py::arg("criteria_json") = py::none(),
      "The ranking as JSON (ranking_to_json); criteria as a criteria document, None for the defaults.");
  m.def(
      "_select_json",
      [](const py::object& portfolio, const std::optional<std::string>& options_json) {
        auto snapshot = portfolio_snapshot(portfolio);
        py::gil_scoped_release release;
        return selection_to_json(select_portfolio(*snapshot, options_of(options_json, snapshot->currency, "options")));
      },
      py::arg("portfolio"), py::arg("options_json") = py::none(),
      "The selection as JSON (selection_to_json); options as a selection options document.");
  m.def(
      "_plan_json",
      [](const py::object& portfolio, const std::optional<std::string>& options_json) {
        auto snapshot = portfolio_snapshot(portfolio);
        py::gil_scoped_release release;
        const SelectionOptions options = options_of(options_json, snapshot->currency, "options");
        return plan_to_json(plan_selection(*snapshot, options, select_portfolio(*snapshot, options)));
      },
      py::arg("portfolio"), py::arg("options_json") = py::none(),
      "The realistic plan of the selection as JSON (plan_to_json).");
  m.def(
      "_frontier_json",
      [](const py::object& portfolio, const std::vector<double>& factors, const std::optional<std::string>& options_json) {
        auto snapshot = portfolio_snapshot(portfolio);
        py::gil_scoped_release release;
        return frontier_to_json(
            efficient_frontier(*snapshot, options_of(options_json, snapshot->currency, "options"), factors));
      },
      py::arg("portfolio"), py::arg("budget_factors"), py::arg("options_json") = py::none(),
      "The efficient frontier as JSON (frontier_to_json).");
  m.def(
      "_compare_selections_json",
      [](const py::object& portfolio, const std::optional<std::string>& a_json, const std::optional<std::string>& b_json) {
        auto snapshot = portfolio_snapshot(portfolio);
        py::gil_scoped_release release;
        const Selection a = select_portfolio(*snapshot, options_of(a_json, snapshot->currency, "options_a"));
        const Selection b = select_portfolio(*snapshot, options_of(b_json, snapshot->currency, "options_b"));
        return comparison_to_json(compare_selections(a, b));
      },
      py::arg("portfolio"), py::arg("options_a_json") = py::none(), py::arg("options_b_json") = py::none(),
      "Two selections compared, as JSON (comparison_to_json).");
  m.def(
      "_weight_thresholds_json",
      [](const py::object& portfolio, const std::optional<std::string>& criteria_json) {
        auto snapshot = portfolio_snapshot(portfolio);
        py::gil_scoped_release release;
        const Criteria criteria = criteria_json ? criteria_from_json(*criteria_json, "criteria") : default_criteria();
        return weight_thresholds_to_json(weight_thresholds(rank_initiatives(*snapshot, criteria)));
      },
      py::arg("portfolio"), py::arg("criteria_json") = py::none(),
      "The weight-swap thresholds of the ranking's neighbours as JSON (weight_thresholds_to_json).");
  m.def(
      "_weight_uncertainty_json",
      [](const py::object& portfolio, const std::optional<std::string>& options_json,
         const std::optional<std::string>& uncertainty_json) {
        auto snapshot = portfolio_snapshot(portfolio);
        py::gil_scoped_release release;
        const WeightUncertaintyOptions uncertainty =
            uncertainty_json ? weight_uncertainty_options_from_json(*uncertainty_json, "uncertainty")
                             : WeightUncertaintyOptions{};
        return weight_uncertainty_to_json(
            weight_uncertainty(*snapshot, options_of(options_json, snapshot->currency, "options"), uncertainty));
      },
      py::arg("portfolio"), py::arg("options_json") = py::none(), py::arg("uncertainty_json") = py::none(),
      "Monte Carlo over weight uncertainty as JSON (weight_uncertainty_to_json).");
}

}  // namespace tiltak_python
