#include "io/portfolio_writer.hpp"

#include "io/json_text_writer.hpp"
#include "tiltak/core/percent.hpp"

namespace tiltak::detail {

// The portfolio document's objects, each written once against an output `Out` with the
// interface of JsonTextWriter: the text writer itself (to_json, save: no document tree), or
// DocumentBuilder below (to_document, for the rule views and the store). Optional fields are
// written only when they carry something, in the documented order.

namespace {

// Builds the nlohmann document that the same calls would write as text.
class DocumentBuilder {
 public:
  Json take() { return std::move(root_); }

  void begin_object() { open(Json::object()); }
  void end_object() { open_.pop_back(); }
  void begin_array() { open(Json::array()); }
  void end_array() { open_.pop_back(); }
  void key(std::string_view name) { key_ = name; }
  void string(std::string_view text) { place(std::string(text)); }
  void boolean(bool value) { place(value); }
  template <class Number>
  void number(Number value) {
    place(value);
  }

 private:
  Json& place(Json&& value) {
    if (open_.empty()) return root_ = std::move(value);
    Json& parent = *open_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return parent.back();
    }
    return parent[key_] = std::move(value);
  }
  void open(Json&& container) { open_.push_back(&place(std::move(container))); }

  Json root_;
  std::vector<Json*> open_;
  std::string key_;
};

}  // namespace

// `static` templates rather than in an unnamed namespace, so that the generic writers find the
// overloads below by argument-dependent lookup; declared up front so they see them all.
template <class Out> static void write(Out&, const Member&);
template <class Out> static void write(Out&, const ServiceArea&);
template <class Out> static void write(Out&, const Unit&);
template <class Out> static void write(Out&, const Person&);
template <class Out> static void write(Out&, const Organisation&);
template <class Out> static void write(Out&, const StrategicGoal&);
template <class Out> static void write(Out&, const BudgetFrame&);
template <class Out> static void write(Out&, const Capacity&);
template <class Out> static void write(Out&, const Strategy&);
template <class Out> static void write(Out&, const SharedComponent&);
template <class Out> static void write(Out&, const Anchoring&);
template <class Out> static void write(Out&, const Period&);
template <class Out> static void write(Out&, const StatusReport&);
template <class Out> static void write(Out&, const CostLine&);
template <class Out> static void write(Out&, const Risk&);
template <class Out> static void write(Out&, const Dependency&);
template <class Out> static void write(Out&, const GoalContribution&);
template <class Out> static void write(Out&, const Mandate&);
template <class Out> static void write(Out&, const ProcessingAgreement&);
template <class Out> static void write(Out&, const SecurityFacts&);
template <class Out> static void write(Out&, const SecurityRequirements&);
template <class Out> static void write(Out&, const Contract&);
template <class Out> static void write(Out&, const ItSystem&);
template <class Out> static void write(Out&, const SystemAction&);
template <class Out> static void write(Out&, const Recipient&);
template <class Out> static void write(Out&, const Indicator&);
template <class Out> static void write(Out&, const IndicatorValue&);
template <class Out> static void write(Out&, const PlannedBenefit&);
template <class Out> static void write(Out&, const Contribution&);
template <class Out> static void write(Out&, const Benefit&);
template <class Out> static void write(Out&, const Decision&);
template <class Out> static void write(Out&, const Initiative&);

template <class Out>
static void write(Out& out, const std::string& text) {
  out.string(text);
}
template <class Out, class Tag>
static void write(Out& out, const Id<Tag>& id) {
  out.string(id.str());
}
template <class Out>
static void write(Out& out, Date date) {
  out.string(to_iso(date));
}
template <class Out>
static void write(Out& out, Money amount) {
  out.string(amount.to_string());
}
template <class Out>
static void write(Out& out, bool value) {
  out.boolean(value);
}
template <class Out, class Number>
  requires(std::is_arithmetic_v<Number> && !std::is_same_v<Number, bool>)
static void write(Out& out, Number value) {
  out.number(value);
}
template <class Out, class E>
  requires std::is_enum_v<E>
static void write(Out& out, E value) {
  out.string(enum_name(value));
}
template <class Out, class T>
static void write(Out& out, const std::vector<T>& items) {
  out.begin_array();
  for (const auto& item : items) write(out, item);
  out.end_array();
}

// A field always written.
template <class Out, class T>
static void field(Out& out, std::string_view key, const T& value) {
  out.key(key);
  write(out, value);
}
// Optional fields: written only when they carry something.
template <class Out, class T>
static void put(Out& out, std::string_view key, const std::optional<T>& value) {
  if (value) field(out, key, *value);
}
template <class Out, class T>
static void put(Out& out, std::string_view key, const std::vector<T>& items) {
  if (!items.empty()) field(out, key, items);
}
template <class Out>
static void put(Out& out, std::string_view key, const std::string& text) {
  if (!text.empty()) field(out, key, text);
}

template <class Out>
static void write(Out& out, const Member& member) {
  out.begin_object();
  field(out, "id", member.id);
  field(out, "name", member.name);
  field(out, "cost_share", percent_text(member.cost_share_basis_points, PercentDecimals::significant));
  out.end_object();
}

template <class Out>
static void write(Out& out, const ServiceArea& area) {
  out.begin_object();
  field(out, "id", area.id);
  field(out, "name", area.name);
  out.end_object();
}

template <class Out>
static void write(Out& out, const Unit& unit) {
  out.begin_object();
  field(out, "id", unit.id);
  field(out, "name", unit.name);
  field(out, "service_area", unit.service_area);
  put(out, "member", unit.member);
  out.end_object();
}

template <class Out>
static void write(Out& out, const Person& person) {
  out.begin_object();
  field(out, "id", person.id);
  field(out, "name", person.name);
  field(out, "role", person.role);
  put(out, "unit", person.unit);
  out.end_object();
}

template <class Out>
static void write(Out& out, const Organisation& organisation) {
  out.begin_object();
  field(out, "name", organisation.name);
  field(out, "kind", organisation.kind);
  put(out, "members", organisation.members);
  put(out, "service_areas", organisation.service_areas);
  put(out, "units", organisation.units);
  put(out, "people", organisation.people);
  out.end_object();
}

template <class Out>
static void write(Out& out, const StrategicGoal& goal) {
  out.begin_object();
  field(out, "id", goal.id);
  field(out, "title", goal.title);
  field(out, "weight", goal.weight);
  out.end_object();
}

template <class Out>
static void write(Out& out, const BudgetFrame& frame) {
  out.begin_object();
  field(out, "year", frame.year);
  field(out, "investment", frame.investment);
  field(out, "operating", frame.operating);
  out.end_object();
}

template <class Out>
static void write(Out& out, const Capacity& capacity) {
  out.begin_object();
  field(out, "year", capacity.year);
  field(out, "role", capacity.role);
  field(out, "hours", capacity.hours);
  out.end_object();
}

template <class Out>
static void write(Out& out, const Strategy& strategy) {
  out.begin_object();
  put(out, "goals", strategy.goals);
  put(out, "budget_frames", strategy.budget_frames);
  put(out, "capacity", strategy.capacity);
  out.end_object();
}

template <class Out>
static void write(Out& out, const SharedComponent& component) {
  out.begin_object();
  field(out, "id", component.id);
  field(out, "name", component.name);
  put(out, "provider", component.provider);
  put(out, "available_from", component.available_from);
  out.end_object();
}

template <class Out>
static void write(Out& out, const Anchoring& anchoring) {
  out.begin_object();
  field(out, "sector_leader", anchoring.sector_leader);
  field(out, "recommended", anchoring.recommended);
  field(out, "date", anchoring.date);
  out.end_object();
}

template <class Out>
static void write(Out& out, const Period& period) {
  out.begin_object();
  put(out, "start", period.start);
  put(out, "end", period.end);
  out.end_object();
}

template <class Out>
static void write(Out& out, const StatusReport& report) {
  out.begin_object();
  field(out, "dimension", report.dimension);
  field(out, "rag", report.rag);
  put(out, "comment", report.comment);
  field(out, "date", report.date);
  out.end_object();
}

template <class Out>
static void write(Out& out, const CostLine& line) {
  out.begin_object();
  field(out, "year", line.year);
  field(out, "kind", line.kind);
  field(out, "basis", line.basis);
  if (line.kind != CostKind::internal_hours || !line.amount.is_zero()) field(out, "amount", line.amount);
  if (line.hours != 0) field(out, "hours", line.hours);
  put(out, "role", line.role);
  put(out, "bearer", line.bearer);
  put(out, "description", line.description);
  out.end_object();
}

template <class Out>
static void write(Out& out, const Risk& risk) {
  out.begin_object();
  field(out, "id", risk.id);
  field(out, "title", risk.title);
  field(out, "probability", risk.probability);
  field(out, "consequence", risk.consequence);
  put(out, "owner", risk.owner);
  put(out, "mitigation", risk.mitigation);
  put(out, "last_assessed", risk.last_assessed);
  put(out, "financial_consequence", risk.financial_consequence);
  out.end_object();
}

template <class Out>
static void write(Out& out, const Dependency& dependency) {
  out.begin_object();
  if (const auto* initiative = std::get_if<InitiativeId>(&dependency.on))
    field(out, "initiative", *initiative);
  else
    field(out, "component", std::get<ComponentId>(dependency.on));
  field(out, "type", dependency.type);
  if (dependency.lag_days != 0) field(out, "lag_days", dependency.lag_days);
  out.end_object();
}

template <class Out>
static void write(Out& out, const GoalContribution& contribution) {
  out.begin_object();
  field(out, "goal", contribution.goal);
  field(out, "score", contribution.score);
  out.end_object();
}

template <class Out>
static void write(Out& out, const Mandate& mandate) {
  out.begin_object();
  field(out, "reason", mandate.reason);
  put(out, "explanation", mandate.explanation);
  out.end_object();
}

template <class Out>
static void write(Out& out, const ProcessingAgreement& agreement) {
  out.begin_object();
  field(out, "supplier", agreement.supplier);
  field(out, "processes_personal_data", agreement.processes_personal_data);
  put(out, "signed_on", agreement.signed_on);
  put(out, "last_supervision", agreement.last_supervision);
  out.end_object();
}

template <class Out>
static void write(Out& out, const SecurityFacts& security) {
  out.begin_object();
  field(out, "processes_personal_data", security.processes_personal_data);
  field(out, "cloud_service", security.cloud_service);
  field(out, "app_acquisition", security.app_acquisition);
  put(out, "dpia_done", security.dpia_done);
  put(out, "ros_done", security.ros_done);
  put(out, "security_clearance", security.security_clearance);
  put(out, "processing_agreements", security.processing_agreements);
  out.end_object();
}

template <class Out>
static void write(Out& out, const SecurityRequirements& security) {
  out.begin_object();
  field(out, "encryption", security.encryption);
  field(out, "central_user_directory", security.central_user_directory);
  field(out, "inspection_right", security.inspection_right);
  out.end_object();
}

template <class Out>
static void write(Out& out, const Contract& contract) {
  out.begin_object();
  put(out, "reference", contract.reference);
  field(out, "start", contract.start);
  put(out, "end", contract.end);
  if (contract.notice_months != 0) field(out, "notice_months", contract.notice_months);
  field(out, "security", contract.security);
  out.end_object();
}

template <class Out>
static void write(Out& out, const ItSystem& system) {
  out.begin_object();
  field(out, "id", system.id);
  field(out, "name", system.name);
  put(out, "owner", system.owner);
  put(out, "units", system.units);
  put(out, "members", system.members);
  put(out, "supplier", system.supplier);
  field(out, "hosting", system.hosting);
  field(out, "personal_data", system.personal_data);
  if (system.special_categories) field(out, "special_categories", true);
  field(out, "lifecycle", system.lifecycle);
  put(out, "running_cost", system.running_cost);
  put(out, "cost_bearer", system.cost_bearer);
  field(out, "criticality", system.criticality);
  put(out, "risk_assessed", system.risk_assessed);
  put(out, "cloud_clearance", system.cloud_clearance);
  put(out, "contracts", system.contracts);
  put(out, "processing_agreement", system.processing_agreement);
  out.end_object();
}

template <class Out>
static void write(Out& out, const SystemAction& action) {
  out.begin_object();
  field(out, "kind", action.kind);
  field(out, "system", action.system);
  put(out, "with", action.with);
  out.end_object();
}

template <class Out>
static void write(Out& out, const Recipient& recipient) {
  out.begin_object();
  switch (recipient.kind) {
    case RecipientKind::unit: field(out, "unit", recipient.id); break;
    case RecipientKind::member: field(out, "member", recipient.id); break;
    default: field(out, "external", recipient.kind);
  }
  out.end_object();
}

template <class Out>
static void write(Out& out, const Indicator& indicator) {
  out.begin_object();
  field(out, "name", indicator.name);
  field(out, "unit", indicator.unit);
  field(out, "direction", indicator.direction);
  out.end_object();
}

template <class Out>
static void write(Out& out, const IndicatorValue& value) {
  out.begin_object();
  field(out, "value", value.value);
  field(out, "date", value.date);
  put(out, "note", value.note);
  put(out, "period_start", value.period_start);
  out.end_object();
}

template <class Out>
static void write(Out& out, const PlannedBenefit& planned) {
  out.begin_object();
  field(out, "year", planned.year);
  field(out, "quantity", planned.quantity);
  out.end_object();
}

template <class Out>
static void write(Out& out, const Contribution& contribution) {
  out.begin_object();
  field(out, "initiative", contribution.initiative);
  field(out, "share", percent_text(contribution.share_basis_points, PercentDecimals::significant));
  out.end_object();
}

template <class Out>
static void write(Out& out, const Benefit& benefit) {
  out.begin_object();
  field(out, "id", benefit.id);
  field(out, "title", benefit.title);
  field(out, "kind", benefit.kind);
  field(out, "recipient", benefit.recipient);
  put(out, "owner", benefit.owner);
  if (benefit.indicator != Indicator{}) field(out, "indicator", benefit.indicator);
  put(out, "baseline", benefit.baseline);
  put(out, "target", benefit.target);
  put(out, "profile", benefit.profile);
  put(out, "value_per_unit", benefit.value_per_unit);
  put(out, "measurements", benefit.measurements);
  put(out, "contributors", benefit.contributors);
  put(out, "goals", benefit.goals);
  out.end_object();
}

template <class Out>
static void write(Out& out, const Decision& decision) {
  out.begin_object();
  field(out, "initiative", decision.initiative);
  field(out, "from", decision.from);
  field(out, "to", decision.to);
  field(out, "body", decision.body);
  put(out, "decided_by", decision.decided_by);
  field(out, "date", decision.date);
  put(out, "amount", decision.amount);
  put(out, "conditions", decision.conditions);
  put(out, "reason", decision.reason);
  put(out, "case_reference", decision.case_reference);
  if (decision.late_registration) field(out, "late_registration", true);
  put(out, "registry_entry", decision.registry_entry);
  put(out, "acknowledged_hash", decision.acknowledged_hash);
  put(out, "previous_hash", decision.previous_hash);
  field(out, "hash", decision.hash);
  out.end_object();
}

template <class Out>
static void write(Out& out, const Initiative& initiative) {
  out.begin_object();
  field(out, "id", initiative.id);
  field(out, "title", initiative.title);
  put(out, "description", initiative.description);
  put(out, "service_areas", initiative.service_areas);
  put(out, "owner", initiative.owner);
  put(out, "anchoring", initiative.anchoring);
  put(out, "case_reference", initiative.case_reference);
  put(out, "registry_entry", initiative.registry_entry);
  put(out, "programme", initiative.programme);
  field(out, "stage", initiative.stage);
  put(out, "phase", initiative.phase);
  put(out, "status", initiative.status);
  if (initiative.planned != Period{}) field(out, "planned", initiative.planned);
  if (initiative.actual != Period{}) field(out, "actual", initiative.actual);
  put(out, "fixed_start", initiative.fixed_start);
  put(out, "costs", initiative.costs);
  put(out, "risks", initiative.risks);
  put(out, "dependencies", initiative.dependencies);
  put(out, "goals", initiative.goals);
  put(out, "mandatory", initiative.mandatory);
  if (initiative.security != SecurityFacts{}) field(out, "security", initiative.security);
  put(out, "system_actions", initiative.system_actions);
  out.end_object();
}

template <class Out>
static void write(Out& out, const Portfolio& portfolio) {
  out.begin_object();
  field(out, "schema_version", written_schema_version(portfolio));
  field(out, "name", portfolio.name);
  field(out, "currency", std::string(currency_code(portfolio.currency)));
  field(out, "organisation", portfolio.organisation);
  if (portfolio.strategy != Strategy{}) field(out, "strategy", portfolio.strategy);
  put(out, "components", portfolio.components);
  put(out, "systems", portfolio.systems);
  put(out, "initiatives", portfolio.initiatives);
  put(out, "benefits", portfolio.benefits);
  put(out, "decisions", portfolio.decisions);
  out.end_object();
}

namespace {

template <class T>
Json document_of(const T& value) {
  DocumentBuilder builder;
  write(builder, value);
  return builder.take();
}

template <class T>
std::string text_of(const T& value, std::size_t expected_size) {
  std::string text;
  text.reserve(expected_size);
  JsonTextWriter writer(text);
  write(writer, value);
  text += '\n';
  return text;
}

}  // namespace

Json to_document(const Initiative& initiative) { return document_of(initiative); }
Json to_document(const Benefit& benefit) { return document_of(benefit); }
Json to_document(const Decision& decision) { return document_of(decision); }
Json to_document(const ItSystem& system) { return document_of(system); }
Json to_document(const Portfolio& portfolio) { return document_of(portfolio); }

// About 3 kB of text per initiative in generated portfolios: one allocation for most.
std::string to_text(const Portfolio& portfolio) {
  return text_of(portfolio, 4096 + 3300 * (portfolio.initiatives.size() + portfolio.benefits.size()));
}
std::string to_text(const Initiative& initiative) { return text_of(initiative, 4096); }

}  // namespace tiltak::detail
