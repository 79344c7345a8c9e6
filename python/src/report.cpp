// The portfolio report: build_report() and the Report object with its formats. Its tables as
// pandas DataFrames are built in tiltak/_report.py from the report's JSON form.

#include <pybind11/stl.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "helpers.hpp"
#include "date_caster.hpp"
#include "tiltak/reporting/labels.hpp"
#include "tiltak/reporting/report_formats.hpp"
#include "tiltak/reporting/report_pdf.hpp"

namespace tiltak_python {
namespace {

using namespace tiltak;

py::object report_function(const char* name) { return python_function("tiltak._report", name); }

ReportOptions report_options(Date as_of, const std::string& scope, std::optional<Language> language,
                             bool hide_personal_names, int stale_status_days, const std::optional<std::string>& parameter_set,
                             std::optional<int> discount_year, const std::string& calendar, const py::object& rulebook) {
  ReportOptions options;
  options.as_of = as_of;
  options.scope = parse_report_scope(scope);
  options.language = language;
  options.hide_personal_names = hide_personal_names;
  if (stale_status_days < 0) throw_invalid_argument("stale_status_days must not be negative");
  options.stale_status_days = stale_status_days;
  options.parameter_set = parameter_set.value_or("");
  options.discount_year = discount_year;
  const auto kind = calendar_kind_from_name(calendar);
  if (!kind) throw_invalid_argument("unknown calendar \"" + calendar + "\"");
  options.calendar = *kind;
  if (py::isinstance<py::str>(rulebook))
    options.rulebook = builtin_rulebook(rulebook.cast<std::string>());
  else if (!rulebook.is_none())
    options.rulebook = rulebook.cast<Rulebook>();
  return options;
}

}  // namespace

void bind_report(py::module_& m) {
  py::class_<PortfolioReport> report(
      m, "Report",
      "The portfolio report (porteføljestyringsrapport) as of a date: build_report(). Its forms: to_html(), "
      "to_markdown(), to_json(), to_csv(); its tables as pandas DataFrames: frames(). Shown as HTML in a notebook.");
  report.def_property_readonly("portfolio", [](const PortfolioReport& r) { return r.portfolio; }, "The portfolio's name.")
      .def_property_readonly("as_of", [](const PortfolioReport& r) { return r.options.as_of; }, "The as-of date.")
      .def_property_readonly(
          "scope", [](const PortfolioReport& r) { return report_scope_text(r.options.scope); },
          "\"portfolio\", \"area:ID\", \"member:ID\" or \"programme:NAME\".")
      .def_property_readonly(
          "language", [](const PortfolioReport& r) { return r.language; }, "\"nb\", \"da\" or \"en\".")
      .def_property_readonly(
          "initiative_ids",
          [](const PortfolioReport& r) {
            std::vector<std::string> ids;
            for (const auto& line : r.initiatives) ids.push_back(line.id.str());
            return ids;
          },
          "The ids of the initiatives in the scope, in portfolio order.")
      .def_property_readonly(
          "omitted",
          [](const PortfolioReport& r) {
            std::vector<std::pair<std::string, std::string>> list;
            for (const auto& omission : r.omitted) list.emplace_back(omission.section, omission.note);
            return list;
          },
          "The sections left out, as (section, note) pairs.")
      .def("to_json", [](const PortfolioReport& r) { return report_to_json(r); }, "The versioned JSON document.")
      .def("to_html", [](const PortfolioReport& r) { return report_to_html(r); }, "One self-contained HTML page.")
      .def("to_markdown", [](const PortfolioReport& r) { return report_to_markdown(r); })
      .def(
          "to_pdf",
          [](const PortfolioReport& r) {
            std::string pdf;
            {
              py::gil_scoped_release release;  // Chromium and Ghostscript take seconds
              pdf = report_to_pdf(r);
            }
            return py::bytes(pdf);
          },
          "PDF/A-2b bytes for the archive, printed by headless Chromium and converted by Ghostscript.")
      .def(
          "to_csv",
          [](const PortfolioReport& r) {
            py::dict files;
            for (const auto& [name, text] : report_to_csv(r)) files[py::str(name)] = py::str(text);
            return files;
          },
          "{file name: CSV text} per table (UTF-8 with BOM, ';' and decimal comma for nb/da).")
      .def(
          "frames", [](const py::object& self) { return report_function("report_frames")(self); },
          "{table name: pandas DataFrame}, 14 tables: initiatives, budget, risks, benefits, dependencies_at_risk, "
          "years, service_areas, capacity, economy, goals, pending_decisions, compliance, benefit_realisation, "
          "changes (with its columns also without since). Dates are *_start / *_end, as in the portfolio frames.")
      .def("_repr_html_", [](const py::object& self) { return report_function("report_repr_html")(self); })
      .def("__repr__", [](const PortfolioReport& r) {
        return "<Report " + r.portfolio + " as of " + to_iso(r.options.as_of) + ", " +
               std::to_string(r.initiatives.size()) + " initiatives>";
      });

  m.def(
      "build_report",
      [](const py::object& portfolio, Date as_of, const std::string& scope, std::optional<Language> lang,
         bool hide_personal_names, int stale_status_days, const std::optional<std::string>& parameter_set,
         std::optional<int> discount_year, const std::string& calendar, const py::object& rulebook,
         const std::optional<std::string>& since, std::optional<Language> language) {
        if (language) {  // the old name, for one release
          if (PyErr_WarnEx(PyExc_DeprecationWarning, "build_report(language=) is deprecated: use lang=, as elsewhere",
                           1) != 0)
            throw py::error_already_set();
          if (lang && *lang != *language) throw_invalid_argument("give lang= only (language= is its old name)");
          lang = language;
        }
        auto snapshot = portfolio_snapshot(portfolio);
        const ReportOptions options = report_options(as_of, scope, lang, hide_personal_names, stale_status_days,
                                                     parameter_set, discount_year, calendar, rulebook);
        py::gil_scoped_release release;
        PortfolioReport result = build_report(*snapshot, options);
        if (since) compare_reports(result, *since, "since");
        return result;
      },
      py::arg("portfolio"), py::arg("as_of"), py::kw_only(), py::arg("scope") = "portfolio",
      py::arg("lang") = py::none(), py::arg("hide_personal_names") = false, py::arg("stale_status_days") = 45,
      py::arg("parameter_set") = py::none(), py::arg("discount_year") = py::none(), py::arg("calendar") = "calendar_days",
      py::arg("rulebook") = py::none(), py::arg("since") = py::none(), py::arg("language") = py::none(),
      "The portfolio report as of ``as_of`` (a datetime.date). ``scope``: \"portfolio\", \"area:ID\", "
      "\"member:ID\" or \"programme:NAME\". ``lang``: \"nb\", \"da\" or \"en\" (default: the currency's; "
      "``language=`` is its deprecated old name). "
      "``hide_personal_names`` shows people by role and unit, never a name or person id. ``discount_year``: the "
      "year the economy's present values are in (default: as_of's year). ``rulebook``: a Rulebook or a built-in id for the "
      "compliance section (default: the currency's). ``since``: a previous report's JSON (to_json()) to "
      "list what changed. Releases the GIL.");
}

}  // namespace tiltak_python
