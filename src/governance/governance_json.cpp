#include "tiltak/governance/governance_json.hpp"

#include "governance/base64.hpp"
#include "io/json_output.hpp"
#include "io/json_reader.hpp"
#include "io/portfolio_writer.hpp"

namespace tiltak {
namespace {

using Json = detail::OutputJson;
using detail::dump_json;

}  // namespace

std::string compliance_to_json(const ComplianceReport& report, int indent) {
  Json findings = Json::array();
  for (const auto& f : report.findings)
    findings.push_back({{"subject_kind", enum_name(f.subject_kind)},
                        {"subject", f.subject},
                        {"rule", f.rule},
                        {"severity", enum_name(f.severity)},
                        {"pointer", f.pointer},
                        {"message", f.message}});
  Json areas = Json::array();
  for (const auto& a : report.areas)
    areas.push_back({{"area", a.area.str()},
                     {"name", a.name},
                     {"initiatives", a.initiatives},
                     {"compliant_initiatives", a.compliant_initiatives},
                     {"errors", a.errors},
                     {"warnings", a.warnings},
                     {"infos", a.infos}});
  const Json document{{"rulebook", report.rulebook},
                      {"as_of", to_iso(report.as_of)},
                      {"language", language_code(report.language)},
                      {"counts",
                       {{"error", report.count(Severity::error)},
                        {"warning", report.count(Severity::warning)},
                        {"info", report.count(Severity::info)}}},
                      {"findings", std::move(findings)},
                      {"areas", std::move(areas)}};
  return dump_json(document, indent);
}

std::string log_verification_to_json(const LogVerification& v, int indent) {
  Json findings = Json::array();
  for (const auto& f : v.findings) findings.push_back({{"kind", f.value}, {"pointer", f.pointer}, {"message", f.message}});
  const Json document{
      {"intact", v.intact},
      {"entries", v.entries},
      {"first_broken", v.first_broken ? Json(*v.first_broken) : Json(nullptr)},
      {"pointer", v.first_broken ? Json("/decisions/" + std::to_string(*v.first_broken)) : Json(nullptr)},
      {"reason", v.first_broken ? Json(v.reason) : Json(nullptr)},
      {"acknowledged", v.acknowledged},
      {"recorded", v.recorded},
      {"language", language_code(v.language)},
      {"findings", std::move(findings)}};
  return dump_json(document, indent);
}

std::string archive_receipt_to_json(const ArchiveReceipt& receipt, int indent) {
  Json case_file = nullptr, entry = nullptr;
  if (const auto& c = receipt.case_file)
    case_file = {{"key", c->key}, {"system_id", c->system_id}, {"created", c->created}, {"case_number", c->case_number()}};
  if (const auto& e = receipt.entry)
    entry = {{"key", e->key},
             {"system_id", e->system_id},
             {"created", e->created},
             {"registry_number", e->registry_number()},
             {"number_in_case", e->number_in_case ? Json(*e->number_in_case) : Json(nullptr)}};
  return dump_json(Json{{"case_file", std::move(case_file)}, {"entry", std::move(entry)}}, indent);
}

std::string decision_to_json(const Decision& decision, int indent) { return dump_json(detail::to_document(decision), indent); }

std::string transition_check_to_json(const TransitionCheck& check, int indent) {
  Json unmet = Json::array();
  for (const auto& problem : check.unmet)
    unmet.push_back({{"requirement", problem.value}, {"pointer", problem.pointer}, {"message", problem.message}});
  return dump_json(Json{{"allowed", check.allowed},
                        {"competent_body", check.competent_body ? Json(enum_name(*check.competent_body)) : Json(nullptr)},
                        {"unmet", std::move(unmet)}},
                   indent);
}

DecisionRequest decision_request_from_json(std::string_view text, Currency currency, const std::string& source) {
  const detail::Json document = detail::parse_json(text, source);
  detail::DocumentReader doc(source, currency);
  detail::ObjectReader object(doc, document, "",
                              {"initiative", "to", "body", "date", "decided_by", "amount", "conditions", "reason",
                               "case_reference", "late_registration", "language"});
  DecisionRequest request;
  object.required("initiative", request.initiative);
  object.required("to", request.to);
  object.required("body", request.decision.body);
  object.required("date", request.decision.date);
  object.optional("decided_by", request.decision.decided_by);
  object.optional("amount", request.decision.amount);
  object.optional("conditions", request.decision.conditions);
  object.optional("reason", request.decision.reason);
  object.optional("case_reference", request.decision.case_reference);
  object.optional("late_registration", request.decision.late_registration);
  object.optional("language", request.language);
  if (!doc.problems().empty()) throw Error(ErrorCode::invalid_argument, doc.take_problems());
  return request;
}

std::string chain_anchor_to_json(const ChainAnchor& anchor, int indent) {
  return dump_json(Json{{"number", anchor.number},
                        {"hash", anchor.hash},
                        {"head_number", anchor.head_number},
                        {"head_hash", anchor.head_hash}},
                   indent);
}

std::vector<ArchiveDocument> archive_documents_from_json(std::string_view text, const std::string& source) {
  const detail::Json document = detail::parse_json(text, source);
  detail::DocumentReader doc(source, Currency::NOK);  // no amounts in it
  std::vector<ArchiveDocument> documents;
  if (!document.is_array()) {
    doc.report("", &document, "must be an array of documents");
    throw Error(ErrorCode::invalid_argument, doc.take_problems());
  }
  for (std::size_t i = 0; i < document.size(); ++i) {
    const std::string pointer = "/" + std::to_string(i);
    detail::ObjectReader object(doc, document[i], pointer, {"title", "file_name", "mime_type", "content_base64"});
    ArchiveDocument& out = documents.emplace_back();
    object.required("title", out.title);
    object.required("file_name", out.file_name);
    object.optional("mime_type", out.mime_type);
    std::string encoded;
    if (!object.required("content_base64", encoded)) continue;
    if (auto bytes = detail::decode_base64(encoded))
      out.content = std::move(*bytes);
    else
      doc.report(pointer + "/content_base64", object.find("content_base64"), "not base64 (RFC 4648, with padding)");
  }
  if (!doc.problems().empty()) throw Error(ErrorCode::invalid_argument, doc.take_problems());
  return documents;
}

}  // namespace tiltak
