#include "io/portfolio_reader.hpp"

namespace tiltak::detail {

// Each reader reads every field it can, so one pass reports all problems; it returns whether
// the object itself was usable. They are `static` rather than in an unnamed namespace so that
// the generic readers in json_reader.hpp find them by argument-dependent lookup.

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Member& out) {
  ObjectReader object(doc, value, pointer, {"id", "name", "cost_share"});
  object.required("id", out.id);
  object.required("name", out.name);
  if (const Json* share = object.is_object() ? object.find("cost_share") : nullptr)
    read_percent(doc, *share, object.pointer_of("cost_share"), out.cost_share_basis_points);
  else if (object.is_object())
    object.report_missing("cost_share");
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, ServiceArea& out) {
  ObjectReader object(doc, value, pointer, {"id", "name"});
  object.required("id", out.id);
  object.required("name", out.name);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Unit& out) {
  ObjectReader object(doc, value, pointer, {"id", "name", "service_area", "member"});
  object.required("id", out.id);
  object.required("name", out.name);
  object.required("service_area", out.service_area);
  object.optional("member", out.member);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Person& out) {
  ObjectReader object(doc, value, pointer, {"id", "name", "role", "unit"});
  object.required("id", out.id);
  object.required("name", out.name);
  object.required("role", out.role);
  object.optional("unit", out.unit);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Organisation& out) {
  ObjectReader object(doc, value, pointer, {"name", "kind", "members", "service_areas", "units", "people"});
  object.required("name", out.name);
  object.optional("kind", out.kind);
  object.optional("members", out.members);
  object.optional("service_areas", out.service_areas);
  object.optional("units", out.units);
  object.optional("people", out.people);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, StrategicGoal& out) {
  ObjectReader object(doc, value, pointer, {"id", "title", "weight"});
  object.required("id", out.id);
  object.required("title", out.title);
  object.optional("weight", out.weight);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, BudgetFrame& out) {
  ObjectReader object(doc, value, pointer, {"year", "investment", "operating"});
  object.required("year", out.year);
  object.required("investment", out.investment);
  object.required("operating", out.operating);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Capacity& out) {
  ObjectReader object(doc, value, pointer, {"year", "role", "hours"});
  object.required("year", out.year);
  object.required("role", out.role);
  object.required("hours", out.hours);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Strategy& out) {
  ObjectReader object(doc, value, pointer, {"goals", "budget_frames", "capacity"});
  object.optional("goals", out.goals);
  object.optional("budget_frames", out.budget_frames);
  object.optional("capacity", out.capacity);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, SharedComponent& out) {
  ObjectReader object(doc, value, pointer, {"id", "name", "provider", "available_from"});
  object.required("id", out.id);
  object.required("name", out.name);
  object.optional("provider", out.provider);
  object.optional("available_from", out.available_from);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Anchoring& out) {
  ObjectReader object(doc, value, pointer, {"sector_leader", "recommended", "date"});
  object.required("sector_leader", out.sector_leader);
  object.required("recommended", out.recommended);
  object.required("date", out.date);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Period& out) {
  ObjectReader object(doc, value, pointer, {"start", "end"});
  object.optional("start", out.start);
  object.optional("end", out.end);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, StatusReport& out) {
  ObjectReader object(doc, value, pointer, {"dimension", "rag", "comment", "date"});
  object.required("dimension", out.dimension);
  object.required("rag", out.rag);
  object.optional("comment", out.comment);
  object.required("date", out.date);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, CostLine& out) {
  ObjectReader object(doc, value, pointer, {"year", "kind", "basis", "amount", "hours", "role", "bearer", "description"});
  object.required("year", out.year);
  object.required("kind", out.kind);
  object.optional("basis", out.basis);
  out.amount = Money::zero(doc.currency());
  if (object.is_object() && out.kind != CostKind::internal_hours)
    object.required("amount", out.amount);
  else
    object.optional("amount", out.amount);
  object.optional("hours", out.hours);
  object.optional("role", out.role);
  object.optional("bearer", out.bearer);
  object.optional("description", out.description);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Risk& out) {
  ObjectReader object(doc, value, pointer,
                      {"id", "title", "probability", "consequence", "owner", "mitigation", "last_assessed",
                       "financial_consequence"});
  object.required("id", out.id);
  object.required("title", out.title);
  object.required("probability", out.probability);
  object.required("consequence", out.consequence);
  object.optional("owner", out.owner);
  object.optional("mitigation", out.mitigation);
  object.optional("last_assessed", out.last_assessed);
  object.optional("financial_consequence", out.financial_consequence);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Dependency& out) {
  ObjectReader object(doc, value, pointer, {"initiative", "component", "type", "lag_days"});
  if (!object.is_object()) return false;
  const bool on_initiative = object.has("initiative"), on_component = object.has("component");
  if (on_initiative == on_component) {
    doc.report(pointer, &value, "a dependency names exactly one of \"initiative\" or \"component\"");
  } else if (on_initiative) {
    InitiativeId id;
    if (object.required("initiative", id)) out.on = std::move(id);
  } else {
    ComponentId id;
    if (object.required("component", id)) out.on = std::move(id);
  }
  object.optional("type", out.type);
  object.optional("lag_days", out.lag_days);
  return true;
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, GoalContribution& out) {
  ObjectReader object(doc, value, pointer, {"goal", "score"});
  object.required("goal", out.goal);
  object.required("score", out.score);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Mandate& out) {
  ObjectReader object(doc, value, pointer, {"reason", "explanation"});
  object.required("reason", out.reason);
  object.optional("explanation", out.explanation);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, ProcessingAgreement& out) {
  ObjectReader object(doc, value, pointer, {"supplier", "processes_personal_data", "signed_on"});
  object.required("supplier", out.supplier);
  object.optional("processes_personal_data", out.processes_personal_data);
  object.optional("signed_on", out.signed_on);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, SecurityFacts& out) {
  ObjectReader object(doc, value, pointer,
                      {"processes_personal_data", "cloud_service", "app_acquisition", "dpia_done", "ros_done",
                       "security_clearance", "processing_agreements"});
  object.optional("processes_personal_data", out.processes_personal_data);
  object.optional("cloud_service", out.cloud_service);
  object.optional("app_acquisition", out.app_acquisition);
  object.optional("dpia_done", out.dpia_done);
  object.optional("ros_done", out.ros_done);
  object.optional("security_clearance", out.security_clearance);
  object.optional("processing_agreements", out.processing_agreements);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Recipient& out) {
  ObjectReader object(doc, value, pointer, {"unit", "member", "external"});
  if (!object.is_object()) return false;
  const int named = int(object.has("unit")) + int(object.has("member")) + int(object.has("external"));
  if (named != 1) {
    doc.report(pointer, &value, "a recipient names exactly one of \"unit\", \"member\" or \"external\"");
    return false;
  }
  if (object.has("unit")) {
    out.kind = RecipientKind::unit;
    return object.required("unit", out.id) && !out.id.empty();
  }
  if (object.has("member")) {
    out.kind = RecipientKind::member;
    return object.required("member", out.id) && !out.id.empty();
  }
  out.id.clear();
  if (!object.required("external", out.kind)) return false;
  if (out.kind == RecipientKind::unit || out.kind == RecipientKind::member) {
    doc.report(object.pointer_of("external"), object.find("external"),
               "expected one of: citizens, businesses, other_public_bodies");
    return false;
  }
  return true;
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Indicator& out) {
  ObjectReader object(doc, value, pointer, {"name", "unit", "direction"});
  object.required("name", out.name);
  object.required("unit", out.unit);
  object.optional("direction", out.direction);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, IndicatorValue& out) {
  ObjectReader object(doc, value, pointer, {"value", "date", "note", "period_start"});
  object.required("value", out.value);
  object.required("date", out.date);
  object.optional("note", out.note);
  object.optional("period_start", out.period_start);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, PlannedBenefit& out) {
  ObjectReader object(doc, value, pointer, {"year", "quantity"});
  object.required("year", out.year);
  object.required("quantity", out.quantity);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Contribution& out) {
  ObjectReader object(doc, value, pointer, {"initiative", "share"});
  object.required("initiative", out.initiative);
  if (const Json* share = object.is_object() ? object.find("share") : nullptr)
    read_percent(doc, *share, object.pointer_of("share"), out.share_basis_points);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Benefit& out) {
  ObjectReader object(doc, value, pointer,
                      {"id", "title", "kind", "recipient", "owner", "indicator", "baseline", "target", "profile",
                       "value_per_unit", "measurements", "contributors", "goals"});
  object.required("id", out.id);
  object.required("title", out.title);
  object.required("kind", out.kind);
  object.required("recipient", out.recipient);
  object.optional("owner", out.owner);
  object.optional("indicator", out.indicator);
  object.optional("baseline", out.baseline);
  object.optional("target", out.target);
  object.optional("profile", out.profile);
  object.optional("value_per_unit", out.value_per_unit);
  object.optional("measurements", out.measurements);
  object.optional("contributors", out.contributors);
  object.optional("goals", out.goals);
  return object.is_object();
}

static bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Decision& out) {
  ObjectReader object(doc, value, pointer,
                      {"initiative", "from", "to", "body", "decided_by", "date", "amount", "conditions", "reason",
                       "case_reference", "late_registration", "registry_entry", "acknowledged_hash", "previous_hash",
                       "hash"});
  object.required("initiative", out.initiative);
  object.required("from", out.from);
  object.required("to", out.to);
  object.required("body", out.body);
  object.optional("decided_by", out.decided_by);
  object.required("date", out.date);
  object.optional("amount", out.amount);
  object.optional("conditions", out.conditions);
  object.optional("reason", out.reason);
  object.optional("case_reference", out.case_reference);
  object.optional("late_registration", out.late_registration);
  object.optional("registry_entry", out.registry_entry);
  object.optional("acknowledged_hash", out.acknowledged_hash);
  object.optional("previous_hash", out.previous_hash);
  object.required("hash", out.hash);
  return object.is_object();
}

bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Initiative& out) {
  ObjectReader object(doc, value, pointer,
                      {"id", "title", "description", "service_areas", "owner", "anchoring", "case_reference",
                       "registry_entry", "programme", "stage", "phase", "status", "planned", "actual", "fixed_start", "costs", "risks",
                       "dependencies", "goals", "mandatory", "security"});
  object.required("id", out.id);
  object.required("title", out.title);
  object.optional("description", out.description);
  object.optional("service_areas", out.service_areas);
  object.optional("owner", out.owner);
  object.optional("anchoring", out.anchoring);
  object.optional("case_reference", out.case_reference);
  object.optional("registry_entry", out.registry_entry);
  object.optional("programme", out.programme);
  object.required("stage", out.stage);
  object.optional("phase", out.phase);
  object.optional("status", out.status);
  object.optional("planned", out.planned);
  object.optional("actual", out.actual);
  object.optional("fixed_start", out.fixed_start);
  object.optional("costs", out.costs);
  object.optional("risks", out.risks);
  object.optional("dependencies", out.dependencies);
  object.optional("goals", out.goals);
  object.optional("mandatory", out.mandatory);
  object.optional("security", out.security);
  return object.is_object();
}

bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Portfolio& out) {
  ObjectReader object(doc, value, pointer,
                      {"schema_version", "name", "currency", "organisation", "strategy", "components", "initiatives",
                       "benefits", "decisions"});
  if (!object.is_object()) return false;
  int version = 0;
  if (object.required("schema_version", version) && version != portfolio_schema_version)
    doc.report(object.pointer_of("schema_version"), object.find("schema_version"),
               "unsupported schema version; this tiltak reads version " + std::to_string(portfolio_schema_version));
  std::string currency;
  if (object.required("currency", currency)) {
    if (auto parsed = currency_from_code(currency))
      out.currency = *parsed;
    else
      doc.report(object.pointer_of("currency"), object.find("currency"), "expected one of: NOK, DKK, EUR, SEK");
  }
  // Amounts are read in the portfolio's currency.
  doc.set_currency(out.currency);
  object.required("name", out.name);
  object.required("organisation", out.organisation);
  object.optional("strategy", out.strategy);
  object.optional("components", out.components);
  object.optional("initiatives", out.initiatives);
  object.optional("benefits", out.benefits);
  object.optional("decisions", out.decisions);
  return true;
}

}  // namespace tiltak::detail
