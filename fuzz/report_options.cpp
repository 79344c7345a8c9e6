// Report options ({"as_of", "scope", "language", "rulebook", "since", ...}; tiltak_portfolio_report
// and tiltak report): the request is read, the fixture portfolio's report built, compared with
// the previous report when one is given, and written in every format.

#include "harness.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/reporting/report.hpp"
#include "tiltak/reporting/report_formats.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const tiltak::ReportRequest request = tiltak::report_request_from_json(tiltak_fuzz::text(data, size), "fuzz-options.json");
    tiltak::PortfolioReport report = tiltak::build_report(tiltak_fuzz::fixture_portfolio(), request.options);
    if (request.previous_report) tiltak::compare_reports(report, *request.previous_report, "since");
    tiltak::report_to_json(report);
    tiltak::report_to_markdown(report);
    tiltak::report_to_csv(report);
    tiltak::report_to_html(report);
  } catch (const tiltak::Error& error) {
    tiltak_fuzz::documented(error);
  }
  return 0;
}
