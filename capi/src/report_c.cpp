// The C API's portfolio report.

#include <nlohmann/json.hpp>
#include <string_view>

#include "context.hpp"
#include "portfolio_handle.hpp"
#include "tiltak/reporting/report_formats.hpp"
#include "tiltak/reporting/report_pdf.hpp"

namespace {

std::string csv_files_as_json(const tiltak::PortfolioReport& report) {
  nlohmann::ordered_json files = nlohmann::ordered_json::object();
  for (const auto& [name, text] : tiltak::report_to_csv(report)) files[name] = text;
  return files.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string render(const tiltak::PortfolioReport& report, std::string_view format) {
  if (format == "json") return tiltak::report_to_json(report);
  if (format == "html") return tiltak::report_to_html(report);
  if (format == "md") return tiltak::report_to_markdown(report);
  if (format == "csv") return csv_files_as_json(report);
  if (format == "pdf") return tiltak::report_to_pdf(report);
  throw tiltak::Error(tiltak::ErrorCode::invalid_argument,
                      "unknown report format \"" + std::string(format) + "\"; expected json, html, md, csv or pdf");
}

}  // namespace

extern "C" {

int tiltak_portfolio_report(tiltak_context* context, const tiltak_portfolio* portfolio, const char* options_json,
                            size_t options_length, const char* format, char** out_text, size_t* out_length) {
  return tiltak::capi::string_result(context, out_text, out_length, "out_text", [&] {
    tiltak::capi::require(portfolio, "portfolio");
    tiltak::capi::require(options_json, "options_json");
    tiltak::capi::require(format, "format");
    const auto request = tiltak::report_request_from_json({options_json, options_length});
    tiltak::PortfolioReport report = tiltak::build_report(portfolio->value, request.options);
    if (request.previous_report) tiltak::compare_reports(report, *request.previous_report, "since");
    return render(report, format);
  });
}

}  // extern "C"
