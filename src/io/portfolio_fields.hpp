#pragma once
// The portfolio document's objects as lists of fields (docs/format.md), written once and read
// by two readers:
//  - the shape reader (portfolio_reader.cpp) over the parsed nlohmann document, which reports
//    every problem with its JSON Pointer and goes on;
//  - the fast reader (portfolio_fast_reader.cpp) over simdjson's On-Demand parser, which reads
//    a valid document straight into the model and gives up at the first problem.
//
// `fields(f, out)` names each field with its presence and where it goes, in the documented
// order. A reader `F` provides:
//   required(key, out), optional(key, out)      a field read with the generic value readers
//   percent(key, basis_points, required)         a percentage (read_percent)
//   amount_unless(key, amount, exempt)           an amount, required unless exempt() (then zero)
//   schema_version(key, out), currency(key, out) the portfolio's version and its currency, in
//                                                which every amount after it is read
//   dependency_target(on)                        "initiative" or "component", exactly one
//   recipient(out)                               "unit", "member" or "external", exactly one
// The fast reader calls `fields` once per key it meets, so a field list has no side effects
// of its own: everything goes through `f`.

#include <string_view>
#include <vector>

#include "tiltak/model/portfolio.hpp"

namespace tiltak::detail {

template <class F>
void fields(F& f, Member& out) {
  f.required("id", out.id);
  f.required("name", out.name);
  f.percent("cost_share", out.cost_share_basis_points, true);
}

template <class F>
void fields(F& f, ServiceArea& out) {
  f.required("id", out.id);
  f.required("name", out.name);
}

template <class F>
void fields(F& f, Unit& out) {
  f.required("id", out.id);
  f.required("name", out.name);
  f.required("service_area", out.service_area);
  f.optional("member", out.member);
}

template <class F>
void fields(F& f, Person& out) {
  f.required("id", out.id);
  f.required("name", out.name);
  f.required("role", out.role);
  f.optional("unit", out.unit);
}

template <class F>
void fields(F& f, Organisation& out) {
  f.required("name", out.name);
  f.optional("kind", out.kind);
  f.optional("members", out.members);
  f.optional("service_areas", out.service_areas);
  f.optional("units", out.units);
  f.optional("people", out.people);
}

template <class F>
void fields(F& f, StrategicGoal& out) {
  f.required("id", out.id);
  f.required("title", out.title);
  f.optional("weight", out.weight);
}

template <class F>
void fields(F& f, BudgetFrame& out) {
  f.required("year", out.year);
  f.required("investment", out.investment);
  f.required("operating", out.operating);
}

template <class F>
void fields(F& f, Capacity& out) {
  f.required("year", out.year);
  f.required("role", out.role);
  f.required("hours", out.hours);
}

template <class F>
void fields(F& f, Strategy& out) {
  f.optional("goals", out.goals);
  f.optional("budget_frames", out.budget_frames);
  f.optional("capacity", out.capacity);
}

template <class F>
void fields(F& f, SharedComponent& out) {
  f.required("id", out.id);
  f.required("name", out.name);
  f.optional("provider", out.provider);
  f.optional("available_from", out.available_from);
}

template <class F>
void fields(F& f, Anchoring& out) {
  f.required("sector_leader", out.sector_leader);
  f.required("recommended", out.recommended);
  f.required("date", out.date);
}

template <class F>
void fields(F& f, Period& out) {
  f.optional("start", out.start);
  f.optional("end", out.end);
}

template <class F>
void fields(F& f, StatusReport& out) {
  f.required("dimension", out.dimension);
  f.required("rag", out.rag);
  f.optional("comment", out.comment);
  f.required("date", out.date);
}

template <class F>
void fields(F& f, CostLine& out) {
  f.required("year", out.year);
  f.required("kind", out.kind);
  f.optional("basis", out.basis);
  // Internal hours may leave the amount out (zero); every other kind gives one.
  f.amount_unless("amount", out.amount, [&out] { return out.kind == CostKind::internal_hours; });
  f.optional("hours", out.hours);
  f.optional("role", out.role);
  f.optional("bearer", out.bearer);
  f.optional("description", out.description);
}

template <class F>
void fields(F& f, Risk& out) {
  f.required("id", out.id);
  f.required("title", out.title);
  f.required("probability", out.probability);
  f.required("consequence", out.consequence);
  f.optional("owner", out.owner);
  f.optional("mitigation", out.mitigation);
  f.optional("last_assessed", out.last_assessed);
  f.optional("financial_consequence", out.financial_consequence);
}

template <class F>
void fields(F& f, Dependency& out) {
  f.dependency_target(out.on);
  f.optional("type", out.type);
  f.optional("lag_days", out.lag_days);
}

template <class F>
void fields(F& f, GoalContribution& out) {
  f.required("goal", out.goal);
  f.required("score", out.score);
}

template <class F>
void fields(F& f, Mandate& out) {
  f.required("reason", out.reason);
  f.optional("explanation", out.explanation);
}

template <class F>
void fields(F& f, ProcessingAgreement& out) {
  f.required("supplier", out.supplier);
  f.optional("processes_personal_data", out.processes_personal_data);
  f.optional("signed_on", out.signed_on);
  f.optional("last_supervision", out.last_supervision);
}

template <class F>
void fields(F& f, SecurityFacts& out) {
  f.optional("processes_personal_data", out.processes_personal_data);
  f.optional("cloud_service", out.cloud_service);
  f.optional("app_acquisition", out.app_acquisition);
  f.optional("dpia_done", out.dpia_done);
  f.optional("ros_done", out.ros_done);
  f.optional("security_clearance", out.security_clearance);
  f.optional("processing_agreements", out.processing_agreements);
}

template <class F>
void fields(F& f, SecurityRequirements& out) {
  f.optional("encryption", out.encryption);
  f.optional("central_user_directory", out.central_user_directory);
  f.optional("inspection_right", out.inspection_right);
}

template <class F>
void fields(F& f, Contract& out) {
  f.optional("reference", out.reference);
  f.required("start", out.start);
  f.optional("end", out.end);
  f.optional("notice_months", out.notice_months);
  f.optional("security", out.security);
}

template <class F>
void fields(F& f, ItSystem& out) {
  f.required("id", out.id);
  f.required("name", out.name);
  f.optional("owner", out.owner);
  f.optional("units", out.units);
  f.optional("members", out.members);
  f.optional("supplier", out.supplier);
  f.optional("hosting", out.hosting);
  f.optional("personal_data", out.personal_data);
  f.optional("special_categories", out.special_categories);
  f.optional("lifecycle", out.lifecycle);
  f.optional("running_cost", out.running_cost);
  f.optional("cost_bearer", out.cost_bearer);
  f.optional("criticality", out.criticality);
  f.optional("risk_assessed", out.risk_assessed);
  f.optional("cloud_clearance", out.cloud_clearance);
  f.optional("contracts", out.contracts);
  f.optional("processing_agreement", out.processing_agreement);
}

template <class F>
void fields(F& f, SystemAction& out) {
  f.required("kind", out.kind);
  f.required("system", out.system);
  f.optional("with", out.with);
}

template <class F>
void fields(F& f, Recipient& out) {
  f.recipient(out);
}

template <class F>
void fields(F& f, Indicator& out) {
  f.required("name", out.name);
  f.required("unit", out.unit);
  f.optional("direction", out.direction);
}

template <class F>
void fields(F& f, IndicatorValue& out) {
  f.required("value", out.value);
  f.required("date", out.date);
  f.optional("note", out.note);
  f.optional("period_start", out.period_start);
}

template <class F>
void fields(F& f, PlannedBenefit& out) {
  f.required("year", out.year);
  f.required("quantity", out.quantity);
}

template <class F>
void fields(F& f, Contribution& out) {
  f.required("initiative", out.initiative);
  f.percent("share", out.share_basis_points, false);
}

template <class F>
void fields(F& f, Benefit& out) {
  f.required("id", out.id);
  f.required("title", out.title);
  f.required("kind", out.kind);
  f.required("recipient", out.recipient);
  f.optional("owner", out.owner);
  f.optional("indicator", out.indicator);
  f.optional("baseline", out.baseline);
  f.optional("target", out.target);
  f.optional("profile", out.profile);
  f.optional("value_per_unit", out.value_per_unit);
  f.optional("measurements", out.measurements);
  f.optional("contributors", out.contributors);
  f.optional("goals", out.goals);
}

template <class F>
void fields(F& f, Decision& out) {
  f.required("initiative", out.initiative);
  f.required("from", out.from);
  f.required("to", out.to);
  f.required("body", out.body);
  f.optional("decided_by", out.decided_by);
  f.required("date", out.date);
  f.optional("amount", out.amount);
  f.optional("conditions", out.conditions);
  f.optional("reason", out.reason);
  f.optional("case_reference", out.case_reference);
  f.optional("late_registration", out.late_registration);
  f.optional("registry_entry", out.registry_entry);
  f.optional("acknowledged_hash", out.acknowledged_hash);
  f.optional("previous_hash", out.previous_hash);
  f.required("hash", out.hash);
}

template <class F>
void fields(F& f, Initiative& out) {
  f.required("id", out.id);
  f.required("title", out.title);
  f.optional("description", out.description);
  f.optional("service_areas", out.service_areas);
  f.optional("owner", out.owner);
  f.optional("anchoring", out.anchoring);
  f.optional("case_reference", out.case_reference);
  f.optional("registry_entry", out.registry_entry);
  f.optional("programme", out.programme);
  f.required("stage", out.stage);
  f.optional("phase", out.phase);
  f.optional("status", out.status);
  f.optional("planned", out.planned);
  f.optional("actual", out.actual);
  f.optional("fixed_start", out.fixed_start);
  f.optional("costs", out.costs);
  f.optional("risks", out.risks);
  f.optional("dependencies", out.dependencies);
  f.optional("goals", out.goals);
  f.optional("mandatory", out.mandatory);
  f.optional("security", out.security);
  f.optional("system_actions", out.system_actions);
}

template <class F>
void fields(F& f, Portfolio& out) {
  f.schema_version("schema_version", out.schema_version);
  f.currency("currency", out.currency);
  f.required("name", out.name);
  f.required("organisation", out.organisation);
  f.optional("strategy", out.strategy);
  f.optional("components", out.components);
  f.optional("systems", out.systems);
  f.optional("initiatives", out.initiatives);
  f.optional("benefits", out.benefits);
  f.optional("decisions", out.decisions);
}

// The keys of an object's fields, in order: the known fields for "unknown field" and its
// suggestion.
class FieldNames {
 public:
  std::vector<std::string_view> names;

  template <class T>
  void required(std::string_view key, T&) {
    names.push_back(key);
  }
  template <class T>
  void optional(std::string_view key, T&) {
    names.push_back(key);
  }
  void percent(std::string_view key, int&, bool) { names.push_back(key); }
  template <class Exempt>
  void amount_unless(std::string_view key, Money&, Exempt) {
    names.push_back(key);
  }
  void schema_version(std::string_view key, int&) { names.push_back(key); }
  void currency(std::string_view key, Currency&) { names.push_back(key); }
  void dependency_target(std::variant<InitiativeId, ComponentId>&) { names.insert(names.end(), {"initiative", "component"}); }
  void recipient(Recipient&) { names.insert(names.end(), {"unit", "member", "external"}); }
};

template <class T>
concept HasFields = requires(FieldNames& f, T& out) { fields(f, out); };

template <HasFields T>
const std::vector<std::string_view>& field_names() {
  static const std::vector<std::string_view> names = [] {
    FieldNames collector;
    T blank{};
    fields(collector, blank);
    return collector.names;
  }();
  return names;
}

}  // namespace tiltak::detail
