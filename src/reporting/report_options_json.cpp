// Report options from JSON, for the C API and other callers that speak JSON.

#include "io/json_reader.hpp"
#include "tiltak/core/date_range.hpp"
#include "tiltak/reporting/report_formats.hpp"

namespace tiltak {

ReportRequest report_request_from_json(std::string_view json, std::string_view source) {
  const detail::Json document = detail::parse_json(json, source);
  detail::DocumentReader doc(std::string(source), Currency::NOK);
  detail::ObjectReader object(doc, document, "",
                              {"as_of", "scope", "language", "hide_personal_names", "stale_status_days",
                               "parameter_set", "discount_year", "calendar", "rulebook", "since"});
  ReportRequest request;
  if (!object.is_object()) doc.report("", &document, "report options must be a JSON object");
  object.required("as_of", request.options.as_of);
  std::string scope;
  if (object.optional("scope", scope) && object.has("scope")) {
    try {
      request.options.scope = parse_report_scope(scope);
    } catch (const Error& error) {
      doc.report("/scope", object.find("scope"), error.what());
    }
  }
  object.optional("language", request.options.language);
  object.optional("hide_personal_names", request.options.hide_personal_names);
  if (object.optional("stale_status_days", request.options.stale_status_days) && request.options.stale_status_days < 0)
    doc.report("/stale_status_days", object.find("stale_status_days"), "must not be negative");
  object.optional("parameter_set", request.options.parameter_set);
  if (object.optional("discount_year", request.options.discount_year) && request.options.discount_year &&
      (*request.options.discount_year < first_supported_year || *request.options.discount_year > last_supported_year))
    doc.report("/discount_year", object.find("discount_year"),
               "must be a year within " + std::to_string(first_supported_year) + "-" +
                   std::to_string(last_supported_year) + ", the years tiltak supports");
  object.optional("calendar", request.options.calendar);
  if (const auto* rulebook = object.find("rulebook")) {
    try {
      if (rulebook->is_string())
        request.options.rulebook = builtin_rulebook(rulebook->get<std::string>());
      else if (rulebook->is_object())
        request.options.rulebook = rulebook_from_json(rulebook->dump(), std::string(source) + ": /rulebook");
      else
        doc.report("/rulebook", rulebook, "expected a built-in rulebook id or a rulebook (a JSON object)");
    } catch (const Error& error) {
      doc.report("/rulebook", rulebook, error.what());
    }
  }
  if (const auto* since = object.find("since")) {
    if (since->is_object())
      request.previous_report = since->dump();
    else
      doc.report("/since", since, "expected a previous report (a JSON object)");
  }
  if (!doc.problems().empty()) throw Error(ErrorCode::validation_error, doc.take_problems());
  return request;
}

}  // namespace tiltak
