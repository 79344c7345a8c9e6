#pragma once
// The report's formats: JSON for machines (versioned, stable for diffing; docs/report.md),
// Markdown, CSV per table, and one self-contained HTML file with inline SVG charts. Words,
// numbers, dates and money follow the report's language (options.language).

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tiltak/reporting/report.hpp"

namespace tiltak {

std::string report_to_json(const PortfolioReport& report);
std::string report_to_markdown(const PortfolioReport& report);
// (file name, CSV text) per table: "initiatives.csv", "budget.csv", "risks.csv", ...
std::vector<std::pair<std::string, std::string>> report_to_csv(const PortfolioReport& report);
// A complete HTML document: no scripts, no network fetches, prints to A4.
std::string report_to_html(const PortfolioReport& report);

// Fill report.changes and report.previous_as_of from a previous report's JSON (as written by
// report_to_json). Throws Error(parse_error / validation_error) naming the JSON Pointer when
// `previous_json` is not a report of this schema version, and Error(validation_error) at
// "/as_of" when the previous report is dated after this one's as-of date.
void compare_reports(PortfolioReport& report, std::string_view previous_json, std::string_view source = "previous");

// What a JSON caller asks for: the options, and a previous report to compare with.
struct ReportRequest {
  ReportOptions options;
  std::optional<std::string> previous_report;  // a report's JSON text
};

// {"as_of": "2026-11-23", "scope": "area:HO", "language": "nb", "hide_personal_names": false,
//  "stale_status_days": 45, "parameter_set": "no-2021", "calendar": "calendar_days",
//  "rulebook": "no-default" or {a rulebook}, "since": {previous report}}; only as_of is required. Error(validation_error) lists every
// problem with its JSON Pointer.
ReportRequest report_request_from_json(std::string_view json, std::string_view source = "options");

}  // namespace tiltak
