#include "io/portfolio_writer.hpp"

namespace tiltak::detail {

// `static` rather than in an unnamed namespace, so that the generic writers find the
// overloads declared in portfolio_writer.hpp too; declared up front so they see them all.
static Json to_document(const Member&);
static Json to_document(const ServiceArea&);
static Json to_document(const Unit&);
static Json to_document(const Person&);
static Json to_document(const Organisation&);
static Json to_document(const StrategicGoal&);
static Json to_document(const BudgetFrame&);
static Json to_document(const Capacity&);
static Json to_document(const Strategy&);
static Json to_document(const SharedComponent&);
static Json to_document(const Anchoring&);
static Json to_document(const Period&);
static Json to_document(const StatusReport&);
static Json to_document(const CostLine&);
static Json to_document(const Risk&);
static Json to_document(const Dependency&);
static Json to_document(const GoalContribution&);
static Json to_document(const Mandate&);
static Json to_document(const ProcessingAgreement&);
static Json to_document(const SecurityFacts&);
static Json to_document(const Recipient&);
static Json to_document(const Indicator&);
static Json to_document(const IndicatorValue&);
static Json to_document(const PlannedBenefit&);
static Json to_document(const Contribution&);

template <class Tag>
static Json to_document(const Id<Tag>& id) {
  return id.str();
}
static Json to_document(Date date) { return to_iso(date); }
static Json to_document(Money amount) { return amount.to_string(); }

template <class E>
  requires std::is_enum_v<E>
Json to_document(E value) {
  return std::string(enum_name(value));
}

template <class T>
static Json to_document(const std::vector<T>& items) {
  Json array = Json::array();
  for (const auto& item : items) array.push_back(to_document(item));
  return array;
}

// Optional fields: written only when they carry something.
template <class T>
static void put(Json& object, const char* key, const std::optional<T>& value) {
  if (value) object[key] = to_document(*value);
}
template <class T>
static void put(Json& object, const char* key, const std::vector<T>& items) {
  if (!items.empty()) object[key] = to_document(items);
}
static void put(Json& object, const char* key, const std::string& text) {
  if (!text.empty()) object[key] = text;
}

static Json to_document(const Member& member) {
  return {{"id", member.id.str()}, {"name", member.name}, {"cost_share", percent_text(member.cost_share_basis_points)}};
}

static Json to_document(const ServiceArea& area) { return {{"id", area.id.str()}, {"name", area.name}}; }

static Json to_document(const Unit& unit) {
  Json object{{"id", unit.id.str()}, {"name", unit.name}, {"service_area", unit.service_area.str()}};
  put(object, "member", unit.member);
  return object;
}

static Json to_document(const Person& person) {
  Json object{{"id", person.id.str()}, {"name", person.name}, {"role", to_document(person.role)}};
  put(object, "unit", person.unit);
  return object;
}

static Json to_document(const Organisation& organisation) {
  Json object{{"name", organisation.name}, {"kind", to_document(organisation.kind)}};
  put(object, "members", organisation.members);
  put(object, "service_areas", organisation.service_areas);
  put(object, "units", organisation.units);
  put(object, "people", organisation.people);
  return object;
}

static Json to_document(const StrategicGoal& goal) {
  return {{"id", goal.id.str()}, {"title", goal.title}, {"weight", goal.weight}};
}

static Json to_document(const BudgetFrame& frame) {
  return {{"year", frame.year}, {"investment", to_document(frame.investment)}, {"operating", to_document(frame.operating)}};
}

static Json to_document(const Capacity& capacity) {
  return {{"year", capacity.year}, {"role", capacity.role}, {"hours", capacity.hours}};
}

static Json to_document(const Strategy& strategy) {
  Json object = Json::object();
  put(object, "goals", strategy.goals);
  put(object, "budget_frames", strategy.budget_frames);
  put(object, "capacity", strategy.capacity);
  return object;
}

static Json to_document(const SharedComponent& component) {
  Json object{{"id", component.id.str()}, {"name", component.name}};
  put(object, "provider", component.provider);
  put(object, "available_from", component.available_from);
  return object;
}

static Json to_document(const Anchoring& anchoring) {
  return {{"sector_leader", anchoring.sector_leader.str()},
          {"recommended", anchoring.recommended},
          {"date", to_document(anchoring.date)}};
}

static Json to_document(const Period& period) {
  Json object = Json::object();
  put(object, "start", period.start);
  put(object, "end", period.end);
  return object;
}

static Json to_document(const StatusReport& report) {
  Json object{{"dimension", to_document(report.dimension)}, {"rag", to_document(report.rag)}};
  put(object, "comment", report.comment);
  object["date"] = to_document(report.date);
  return object;
}

static Json to_document(const CostLine& line) {
  Json object{{"year", line.year}, {"kind", to_document(line.kind)}, {"basis", to_document(line.basis)}};
  if (line.kind != CostKind::internal_hours || !line.amount.is_zero()) object["amount"] = to_document(line.amount);
  if (line.hours != 0) object["hours"] = line.hours;
  put(object, "role", line.role);
  put(object, "bearer", line.bearer);
  put(object, "description", line.description);
  return object;
}

static Json to_document(const Risk& risk) {
  Json object{{"id", risk.id.str()},
              {"title", risk.title},
              {"probability", risk.probability},
              {"consequence", risk.consequence}};
  put(object, "owner", risk.owner);
  put(object, "mitigation", risk.mitigation);
  put(object, "last_assessed", risk.last_assessed);
  put(object, "financial_consequence", risk.financial_consequence);
  return object;
}

static Json to_document(const Dependency& dependency) {
  Json object = Json::object();
  if (const auto* initiative = std::get_if<InitiativeId>(&dependency.on))
    object["initiative"] = initiative->str();
  else
    object["component"] = std::get<ComponentId>(dependency.on).str();
  object["type"] = to_document(dependency.type);
  if (dependency.lag_days != 0) object["lag_days"] = dependency.lag_days;
  return object;
}

static Json to_document(const GoalContribution& contribution) {
  return {{"goal", contribution.goal.str()}, {"score", contribution.score}};
}

static Json to_document(const Mandate& mandate) {
  Json object{{"reason", to_document(mandate.reason)}};
  put(object, "explanation", mandate.explanation);
  return object;
}

static Json to_document(const ProcessingAgreement& agreement) {
  Json object{{"supplier", agreement.supplier}, {"processes_personal_data", agreement.processes_personal_data}};
  put(object, "signed_on", agreement.signed_on);
  return object;
}

static Json to_document(const SecurityFacts& security) {
  Json object{{"processes_personal_data", security.processes_personal_data},
              {"cloud_service", security.cloud_service},
              {"app_acquisition", security.app_acquisition}};
  put(object, "dpia_done", security.dpia_done);
  put(object, "ros_done", security.ros_done);
  put(object, "security_clearance", security.security_clearance);
  put(object, "processing_agreements", security.processing_agreements);
  return object;
}

static Json to_document(const Recipient& recipient) {
  switch (recipient.kind) {
    case RecipientKind::unit: return {{"unit", recipient.id}};
    case RecipientKind::member: return {{"member", recipient.id}};
    default: return {{"external", to_document(recipient.kind)}};
  }
}

static Json to_document(const Indicator& indicator) {
  return {{"name", indicator.name}, {"unit", indicator.unit}, {"direction", to_document(indicator.direction)}};
}

static Json to_document(const IndicatorValue& value) {
  Json object{{"value", value.value}, {"date", to_document(value.date)}};
  put(object, "note", value.note);
  put(object, "period_start", value.period_start);
  return object;
}

static Json to_document(const PlannedBenefit& planned) { return {{"year", planned.year}, {"quantity", planned.quantity}}; }

static Json to_document(const Contribution& contribution) {
  return {{"initiative", contribution.initiative.str()}, {"share", percent_text(contribution.share_basis_points)}};
}

Json to_document(const Benefit& benefit) {
  Json object{{"id", benefit.id.str()},
              {"title", benefit.title},
              {"kind", to_document(benefit.kind)},
              {"recipient", to_document(benefit.recipient)}};
  put(object, "owner", benefit.owner);
  if (benefit.indicator != Indicator{}) object["indicator"] = to_document(benefit.indicator);
  put(object, "baseline", benefit.baseline);
  put(object, "target", benefit.target);
  put(object, "profile", benefit.profile);
  put(object, "value_per_unit", benefit.value_per_unit);
  put(object, "measurements", benefit.measurements);
  put(object, "contributors", benefit.contributors);
  put(object, "goals", benefit.goals);
  return object;
}

Json to_document(const Decision& decision) {
  Json object{{"initiative", decision.initiative.str()},
              {"from", to_document(decision.from)},
              {"to", to_document(decision.to)},
              {"body", to_document(decision.body)}};
  put(object, "decided_by", decision.decided_by);
  object["date"] = to_document(decision.date);
  put(object, "amount", decision.amount);
  put(object, "conditions", decision.conditions);
  put(object, "reason", decision.reason);
  put(object, "case_reference", decision.case_reference);
  if (decision.late_registration) object["late_registration"] = true;
  put(object, "registry_entry", decision.registry_entry);
  put(object, "acknowledged_hash", decision.acknowledged_hash);
  put(object, "previous_hash", decision.previous_hash);
  object["hash"] = decision.hash;
  return object;
}

std::string percent_text(int basis_points) {
  const bool negative = basis_points < 0;
  const long long magnitude = negative ? -static_cast<long long>(basis_points) : basis_points;
  std::string text = std::to_string(magnitude / 100);
  if (const auto hundredths = magnitude % 100; hundredths != 0) {
    text += hundredths < 10 ? ".0" + std::to_string(hundredths) : "." + std::to_string(hundredths);
    if (text.back() == '0') text.pop_back();
  }
  return negative ? "-" + text : text;
}

Json to_document(const Initiative& initiative) {
  Json object{{"id", initiative.id.str()}, {"title", initiative.title}};
  put(object, "description", initiative.description);
  put(object, "service_areas", initiative.service_areas);
  put(object, "owner", initiative.owner);
  put(object, "anchoring", initiative.anchoring);
  put(object, "case_reference", initiative.case_reference);
  put(object, "registry_entry", initiative.registry_entry);
  put(object, "programme", initiative.programme);
  object["stage"] = to_document(initiative.stage);
  put(object, "phase", initiative.phase);
  put(object, "status", initiative.status);
  if (initiative.planned != Period{}) object["planned"] = to_document(initiative.planned);
  if (initiative.actual != Period{}) object["actual"] = to_document(initiative.actual);
  put(object, "fixed_start", initiative.fixed_start);
  put(object, "costs", initiative.costs);
  put(object, "risks", initiative.risks);
  put(object, "dependencies", initiative.dependencies);
  put(object, "goals", initiative.goals);
  put(object, "mandatory", initiative.mandatory);
  if (initiative.security != SecurityFacts{}) object["security"] = to_document(initiative.security);
  return object;
}

Json to_document(const Portfolio& portfolio) {
  Json object{{"schema_version", portfolio_schema_version},
              {"name", portfolio.name},
              {"currency", std::string(currency_code(portfolio.currency))},
              {"organisation", to_document(portfolio.organisation)}};
  if (portfolio.strategy != Strategy{}) object["strategy"] = to_document(portfolio.strategy);
  put(object, "components", portfolio.components);
  put(object, "initiatives", portfolio.initiatives);
  put(object, "benefits", portfolio.benefits);
  put(object, "decisions", portfolio.decisions);
  return object;
}

}  // namespace tiltak::detail
