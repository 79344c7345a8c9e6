#include "tiltak/governance/compliance_json.hpp"

#include <nlohmann/json.hpp>

namespace tiltak {

std::string compliance_to_json(const ComplianceReport& report, int indent) {
  using Json = nlohmann::ordered_json;
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
  return document.dump(indent < 0 ? -1 : indent, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace tiltak
