// The value types of the model as dataclass-like Python classes.
//
// Attribute semantics (docs/python.md, "Value objects"):
//   - scalars, str, dates, enumeration names and Money: plain values;
//   - lists (costs, risks, service_areas, ...) and optional objects (anchoring, mandatory,
//     baseline, ...): copies; change them and assign them back;
//   - nested objects that are always present (planned, actual, security, recipient,
//     indicator): live views, so `initiative.planned.start = date(2027, 1, 1)` changes the
//     initiative. A view keeps its owner alive and never dangles: the member it refers to
//     lives as long as the owner.
// Lists and optional objects are copies because a reference into a std::vector or a
// std::optional would dangle once the list is reassigned or the optional cleared.

#include <pybind11/stl.h>

#include <algorithm>
#include <string>
#include <utility>
#include <variant>

#include "bindings.hpp"
#include "casters.hpp"
#include "helpers.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/model/benefit.hpp"
#include "tiltak/model/initiative.hpp"
#include "tiltak/model/organisation.hpp"
#include "tiltak/model/shared_component.hpp"
#include "tiltak/model/strategy.hpp"
#include "value_class.hpp"

namespace tiltak_python {

void set_fields(py::handle object, const char* type_name, const std::vector<std::string>& fields,
                const py::tuple& args, const py::dict& kwargs) {
  if (args.size() > fields.size())
    throw py::type_error(std::string(type_name) + "() takes at most " + std::to_string(fields.size()) +
                         " positional arguments (" + std::to_string(args.size()) + " given)");
  std::vector<std::pair<std::string, py::object>> values;
  for (std::size_t i = 0; i < args.size(); ++i) values.emplace_back(fields[i], args[i]);
  for (const auto& [key, value] : kwargs) {
    const auto name = key.cast<std::string>();
    if (std::find(fields.begin(), fields.end(), name) == fields.end()) {
      std::string message = std::string(type_name) + "() got an unexpected keyword argument '" + name + "'";
      py::list candidates;
      for (const auto& field : fields) candidates.append(field);
      py::list close = py::module_::import("difflib").attr("get_close_matches")(name, candidates, 1);
      if (!close.empty()) message += "; did you mean '" + close[0].cast<std::string>() + "'?";
      throw py::type_error(message);
    }
    for (const auto& [given, unused] : values)
      if (given == name)
        throw py::type_error(std::string(type_name) + "() got multiple values for argument '" + name + "'");
    values.emplace_back(name, py::reinterpret_borrow<py::object>(value));
  }
  for (const bool none_pass : {false, true})
    for (const auto& [name, value] : values)
      if (value.is_none() == none_pass) py::setattr(object, name.c_str(), value);
}

std::string repr_fields(py::handle object, const char* type_name, const std::vector<std::string>& fields) {
  std::string text = std::string(type_name) + "(";
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) text += ", ";
    text += fields[i] + "=" + py::repr(object.attr(fields[i].c_str())).cast<std::string>();
  }
  return text + ")";
}

namespace {

using namespace tiltak;

// A field returned by value (a copy) and assigned by value.
template <class T, class D>
void field(py::class_<T>& cls, const char* name, D T::*member, const char* doc) {
  cls.def_property(
      name, [member](const T& self) -> D { return self.*member; },
      [member](T& self, D value) { self.*member = std::move(value); }, doc);
}

// A nested object that is always present, returned as a live view into its owner.
template <class T, class D>
void view(py::class_<T>& cls, const char* name, D T::*member, const char* doc) {
  cls.def_readwrite(name, member, doc);
}

void bind_small_types(py::module_& m) {
  py::class_<Period> period(m, "Period", "A start and an end date; either may be unknown (None).");
  field(period, "start", &Period::start, "datetime.date or None.");
  field(period, "end", &Period::end, "datetime.date or None; not before start.");
  finish_value_class(period, {{"start", "end"}, {}});

  py::class_<Anchoring> anchoring(m, "Anchoring", "The sector leader's recommendation (forankring).");
  field(anchoring, "sector_leader", &Anchoring::sector_leader, "Person id of the sector leader.");
  field(anchoring, "recommended", &Anchoring::recommended, "Whether the sector leader recommends it.");
  field(anchoring, "date", &Anchoring::date, "datetime.date of the recommendation (None until set).");
  finish_value_class(anchoring, {{"sector_leader", "recommended", "date"}, {}});

  py::class_<GoalContribution> goal(m, "GoalContribution", "How much a strategic goal is served, 0 (not) to 5.");
  field(goal, "goal", &GoalContribution::goal, "Strategic goal id.");
  field(goal, "score", &GoalContribution::score, "0 (not) to 5 (decisively).");
  finish_value_class(goal, {{"goal", "score"}, {}});

  py::class_<Mandate> mandate(m, "Mandate", "Why an initiative is required regardless of priority.");
  field(mandate, "reason", &Mandate::reason, "\"law\", \"gdpr\" or \"other\".");
  field(mandate, "explanation", &Mandate::explanation, "Free text.");
  finish_value_class(mandate, {{"reason", "explanation"}, {}});

  py::class_<StatusReport> status(m, "StatusReport",
                                  "A traffic-light status report in one dimension; the newest per dimension is "
                                  "current.");
  field(status, "dimension", &StatusReport::dimension, "\"schedule\", \"cost\", \"scope\" or \"risk\".");
  field(status, "rag", &StatusReport::rag, "\"green\", \"yellow\" or \"red\".");
  field(status, "comment", &StatusReport::comment, "Free text.");
  field(status, "date", &StatusReport::date, "datetime.date of the report (None until set).");
  finish_value_class(status, {{"dimension", "rag", "comment", "date"}, {}});

  py::class_<CostLine> cost(m, "CostLine",
                            "Money for one year by kind and basis, or internal hours for a role.");
  field(cost, "year", &CostLine::year, "Budget year.");
  field(cost, "kind", &CostLine::kind, "\"investment\", \"operating\" or \"internal_hours\".");
  field(cost, "basis", &CostLine::basis, "\"plan\" (approved budget), \"actual\" (booked) or \"forecast\".");
  field(cost, "amount", &CostLine::amount,
        "Money: the amount; for internal hours their valued cost (may be zero). Default Money(0, 'NOK').");
  field(cost, "hours", &CostLine::hours, "Internal hours (internal_hours lines only).");
  field(cost, "role", &CostLine::role, "The resource role drawn on (internal_hours lines only).");
  field(cost, "bearer", &CostLine::bearer, "Unit id that pays, or None: shared by the members' cost-sharing key.");
  field(cost, "description", &CostLine::description, "Free text.");
  finish_value_class(cost, {{"year", "kind", "basis", "amount", "hours", "role", "bearer", "description"},
                            {"year", "kind", "basis", "amount", "hours", "role", "bearer"}});

  py::class_<Risk> risk(m, "Risk", "A risk on the 5x5 matrix.");
  field(risk, "id", &Risk::id, "Risk id, unique within the initiative.");
  field(risk, "title", &Risk::title, "Title.");
  field(risk, "probability", &Risk::probability, "1 (very unlikely) to 5 (very likely).");
  field(risk, "consequence", &Risk::consequence, "1 (insignificant) to 5 (critical).");
  field(risk, "owner", &Risk::owner, "Person id or None.");
  field(risk, "mitigation", &Risk::mitigation, "Free text.");
  field(risk, "last_assessed", &Risk::last_assessed, "datetime.date or None.");
  field(risk, "financial_consequence", &Risk::financial_consequence, "Money if it occurs, or None.");
  risk.def_property_readonly("score", &Risk::score, "probability x consequence (1-25).");
  finish_value_class(risk, {{"id", "title", "probability", "consequence", "owner", "mitigation", "last_assessed",
                             "financial_consequence"},
                            {"id", "title", "probability", "consequence"}});

  py::class_<Dependency> dependency(
      m, "Dependency",
      "A dependency on another initiative or on a shared component: exactly one of ``initiative`` and "
      "``component`` is set (the other is None). Assigning one replaces the other.");
  dependency.def_property(
      "initiative",
      [](const Dependency& self) -> std::optional<InitiativeId> {
        if (const auto* id = std::get_if<InitiativeId>(&self.on)) return *id;
        return std::nullopt;
      },
      [](Dependency& self, std::optional<InitiativeId> id) {
        if (id) self.on = std::move(*id);
        else if (std::holds_alternative<InitiativeId>(self.on))
          throw_invalid_argument("a dependency is on an initiative or a component; set component instead");
      },
      "Initiative id, or None when the dependency is on a component.");
  dependency.def_property(
      "component",
      [](const Dependency& self) -> std::optional<ComponentId> {
        if (const auto* id = std::get_if<ComponentId>(&self.on)) return *id;
        return std::nullopt;
      },
      [](Dependency& self, std::optional<ComponentId> id) {
        if (id) self.on = std::move(*id);
        else if (std::holds_alternative<ComponentId>(self.on))
          throw_invalid_argument("a dependency is on an initiative or a component; set initiative instead");
      },
      "Shared component id, or None when the dependency is on an initiative.");
  field(dependency, "type", &Dependency::type,
        "\"finish_to_start\" (default), \"start_to_start\", \"finish_to_finish\" or \"start_to_finish\".");
  field(dependency, "lag_days", &Dependency::lag_days, "Lag in days; negative is a lead.");
  finish_value_class(dependency, {{"initiative", "component", "type", "lag_days"}, {}});

  py::class_<ProcessingAgreement> agreement(m, "ProcessingAgreement",
                                            "A supplier's data-processing agreement (databehandleravtale).");
  field(agreement, "supplier", &ProcessingAgreement::supplier, "Supplier name.");
  field(agreement, "processes_personal_data", &ProcessingAgreement::processes_personal_data, "bool.");
  field(agreement, "signed_on", &ProcessingAgreement::signed_on, "datetime.date, or None: no agreement yet.");
  finish_value_class(agreement, {{"supplier", "processes_personal_data", "signed_on"}, {}});

  py::class_<SecurityFacts> security(m, "SecurityFacts", "Security and privacy facts the governance rules check.");
  field(security, "processes_personal_data", &SecurityFacts::processes_personal_data, "bool.");
  field(security, "cloud_service", &SecurityFacts::cloud_service, "Acquires or uses a cloud service.");
  field(security, "app_acquisition", &SecurityFacts::app_acquisition, "Acquires an app.");
  field(security, "dpia_done", &SecurityFacts::dpia_done, "Date of the DPIA (GDPR art. 35), or None.");
  field(security, "ros_done", &SecurityFacts::ros_done, "Date of the risk and vulnerability assessment, or None.");
  field(security, "security_clearance", &SecurityFacts::security_clearance, "Date of central clearance, or None.");
  field(security, "processing_agreements", &SecurityFacts::processing_agreements,
        "list[ProcessingAgreement] (a copy).");
  finish_value_class(security, {{"processes_personal_data", "cloud_service", "app_acquisition", "dpia_done",
                                 "ros_done", "security_clearance", "processing_agreements"},
                                {}});
}

void bind_initiative(py::module_& m) {
  py::class_<Initiative> initiative(
      m, "Initiative",
      "An initiative (tiltak), from idea to a closed project: a plain value.\n\n"
      "Changing an Initiative object does not change a portfolio; pass it to "
      "Portfolio.update_initiative().");
  field(initiative, "id", &Initiative::id, "Initiative id, e.g. \"T-1\".");
  field(initiative, "title", &Initiative::title, "Title.");
  field(initiative, "description", &Initiative::description, "Free text.");
  field(initiative, "service_areas", &Initiative::service_areas, "list[str]: service area ids (a copy).");
  field(initiative, "owner", &Initiative::owner, "Person id of the owner, or None.");
  field(initiative, "anchoring", &Initiative::anchoring, "Anchoring or None (a copy).");
  field(initiative, "case_reference", &Initiative::case_reference, "Case number, e.g. \"2026/1234\".");
  field(initiative, "registry_entry", &Initiative::registry_entry,
        "Registry entry (journalpostnummer) of its registration, e.g. \"2026/5678\".");
  field(initiative, "programme", &Initiative::programme, "A grouping across initiatives.");
  field(initiative, "stage", &Initiative::stage,
        "Lifecycle stage: \"idea\", \"registered\", \"anchored\", \"in_council\", \"recommended\", \"approved\", "
        "\"in_progress\", \"completed\", \"closed\", \"rejected\", \"paused\" or \"cancelled\".");
  field(initiative, "phase", &Initiative::phase, "Project phase as the municipality names it.");
  field(initiative, "status", &Initiative::status, "list[StatusReport] (a copy).");
  view(initiative, "planned", &Initiative::planned, "Planned Period (a live view).");
  view(initiative, "actual", &Initiative::actual, "Actual Period (a live view).");
  field(initiative, "fixed_start", &Initiative::fixed_start,
        "datetime.date the initiative must start on whatever its prerequisites (a contractual start), or None.");
  field(initiative, "costs", &Initiative::costs, "list[CostLine] (a copy).");
  field(initiative, "risks", &Initiative::risks, "list[Risk] (a copy).");
  field(initiative, "dependencies", &Initiative::dependencies, "list[Dependency] (a copy).");
  field(initiative, "goals", &Initiative::goals, "list[GoalContribution] (a copy).");
  field(initiative, "mandatory", &Initiative::mandatory, "Mandate or None (a copy).");
  view(initiative, "security", &Initiative::security, "SecurityFacts (a live view).");
  initiative.def_static(
      "from_json",
      [](const std::string& json, Currency currency, const std::string& source) {
        return parse_initiative(json, currency, source);
      },
      py::arg("text"), py::arg("currency") = Currency::NOK, py::arg("source") = "<memory>",
      "Parse one initiative as it appears in a document's \"initiatives\" array, amounts in ``currency``. "
      "Checks its shape only (ParseError, ValidationError); references are checked when it joins a "
      "portfolio.");
  initiative.def(
      "to_json", [](const Initiative& self) { return to_json(self); },
      "The initiative as it appears in the document (JSON text).");
  finish_value_class(initiative, {{"id", "title", "description", "service_areas", "owner", "anchoring",
                                   "case_reference", "registry_entry", "programme", "stage", "phase", "status", "planned", "actual",
                                   "fixed_start", "costs", "risks", "dependencies", "goals", "mandatory", "security"},
                                  {"id", "title", "stage"}});
}

void bind_benefit(py::module_& m) {
  py::class_<Recipient> recipient(m, "Recipient",
                                  "Who gains: a unit or member (with its id), or \"citizens\", \"businesses\", "
                                  "\"other_public_bodies\" (without).");
  field(recipient, "kind", &Recipient::kind,
        "\"unit\", \"member\", \"citizens\", \"businesses\" or \"other_public_bodies\".");
  field(recipient, "id", &Recipient::id, "The unit or member id; empty for parties outside the organisation.");
  finish_value_class(recipient, {{"kind", "id"}, {}});

  py::class_<Indicator> indicator(m, "Indicator", "What a benefit measures.");
  field(indicator, "name", &Indicator::name, "E.g. \"saksbehandlingstid\".");
  field(indicator, "unit", &Indicator::unit, "E.g. \"hours\", \"days\".");
  field(indicator, "direction", &Indicator::direction, "\"increase\" or \"decrease\": which way is better.");
  finish_value_class(indicator, {{"name", "unit", "direction"}, {}});

  py::class_<IndicatorValue> value(m, "IndicatorValue", "An indicator value at a date.");
  field(value, "value", &IndicatorValue::value, "A measured quantity (float), not money.");
  field(value, "date", &IndicatorValue::date, "datetime.date (None until set).");
  field(value, "note", &IndicatorValue::note, "Free text.");
  field(value, "period_start", &IndicatorValue::period_start,
        "datetime.date or None: a measurement's value is the total from this date to ``date``.");
  finish_value_class(value, {{"value", "date", "note", "period_start"}, {"value", "date", "note"}});

  py::class_<PlannedBenefit> planned(m, "PlannedBenefit", "The benefit planned in one year, in indicator units.");
  field(planned, "year", &PlannedBenefit::year, "Year.");
  field(planned, "quantity", &PlannedBenefit::quantity, "Quantity in indicator units (float).");
  finish_value_class(planned, {{"year", "quantity"}, {}});

  py::class_<Contribution> contribution(m, "Contribution",
                                        "An initiative contributing to a benefit, with its attribution share.");
  field(contribution, "initiative", &Contribution::initiative, "Initiative id.");
  field(contribution, "share_basis_points", &Contribution::share_basis_points,
        "Attribution share in basis points: 10000 = 100 %, 6000 = 60 %.");
  finish_value_class(contribution, {{"initiative", "share_basis_points"}, {}});

  py::class_<Benefit> benefit(m, "Benefit",
                              "A benefit (gevinst), planned early and followed over time: a plain value.");
  field(benefit, "id", &Benefit::id, "Benefit id, e.g. \"B-1\".");
  field(benefit, "title", &Benefit::title, "Title.");
  field(benefit, "kind", &Benefit::kind, "\"cash_releasing\", \"non_cash\" or \"qualitative\".");
  view(benefit, "recipient", &Benefit::recipient, "Recipient (a live view).");
  field(benefit, "owner", &Benefit::owner, "Person id of the benefit owner, or None.");
  view(benefit, "indicator", &Benefit::indicator, "Indicator (a live view).");
  field(benefit, "baseline", &Benefit::baseline, "IndicatorValue or None (a copy).");
  field(benefit, "target", &Benefit::target, "IndicatorValue or None (a copy).");
  field(benefit, "profile", &Benefit::profile, "list[PlannedBenefit] (a copy).");
  field(benefit, "value_per_unit", &Benefit::value_per_unit, "Money per indicator unit, or None.");
  field(benefit, "measurements", &Benefit::measurements, "list[IndicatorValue] (a copy).");
  field(benefit, "contributors", &Benefit::contributors, "list[Contribution] (a copy).");
  field(benefit, "goals", &Benefit::goals, "list[str]: strategic goal ids (a copy).");
  benefit.def(
      "planned_value", [](const Benefit& self, const PlannedBenefit& year, Currency currency) {
        return planned_value(self, year, currency);
      },
      py::arg("planned"), py::arg("currency"),
      "quantity x value_per_unit of one profile year, rounded to the minor unit (halves away from zero); "
      "zero when not valued in money.");
  benefit.def(
      "planned_value_total", [](const Benefit& self, Currency currency) { return planned_value_total(self, currency); },
      py::arg("currency"), "The sum of planned_value() over the profile.");
  finish_value_class(benefit, {{"id", "title", "kind", "recipient", "owner", "indicator", "baseline", "target",
                                "profile", "value_per_unit", "measurements", "contributors", "goals"},
                               {"id", "title", "kind"}});
}

void bind_organisation(py::module_& m) {
  py::class_<Member> member(m, "Member", "A member municipality of a cooperation.");
  field(member, "id", &Member::id, "Member id.");
  field(member, "name", &Member::name, "Name.");
  field(member, "cost_share_basis_points", &Member::cost_share_basis_points,
        "Cost-sharing key in basis points (all members sum to 10000).");
  finish_value_class(member, {{"id", "name", "cost_share_basis_points"}, {}});

  py::class_<ServiceArea> area(m, "ServiceArea", "A service area (tjenesteområde).");
  field(area, "id", &ServiceArea::id, "Service area id.");
  field(area, "name", &ServiceArea::name, "Name.");
  finish_value_class(area, {{"id", "name"}, {}});

  py::class_<Unit> unit(m, "Unit", "An organisational unit.");
  field(unit, "id", &Unit::id, "Unit id.");
  field(unit, "name", &Unit::name, "Name.");
  field(unit, "service_area", &Unit::service_area, "Service area id.");
  field(unit, "member", &Unit::member, "Member id (in a cooperation) or None.");
  finish_value_class(unit, {{"id", "name", "service_area", "member"}, {}});

  py::class_<Person> person(m, "Person", "A person in a governance role (no contact data).");
  field(person, "id", &Person::id, "Person id.");
  field(person, "name", &Person::name, "Name.");
  field(person, "role", &Person::role,
        "\"owner\", \"benefit_owner\", \"sector_leader\", \"project_manager\", \"secretariat\" or \"other\".");
  field(person, "unit", &Person::unit, "Unit id or None.");
  finish_value_class(person, {{"id", "name", "role", "unit"}, {}});

  py::class_<Organisation> organisation(m, "Organisation",
                                        "Who runs the portfolio: a municipality or a cooperation.");
  field(organisation, "name", &Organisation::name, "Name.");
  field(organisation, "kind", &Organisation::kind, "\"municipality\" or \"cooperation\".");
  field(organisation, "members", &Organisation::members, "list[Member] (a copy).");
  field(organisation, "service_areas", &Organisation::service_areas, "list[ServiceArea] (a copy).");
  field(organisation, "units", &Organisation::units, "list[Unit] (a copy).");
  field(organisation, "people", &Organisation::people, "list[Person] (a copy).");
  finish_value_class(organisation, {{"name", "kind", "members", "service_areas", "units", "people"}, {"name", "kind"}});

  py::class_<StrategicGoal> goal(m, "StrategicGoal", "A strategic goal with its relative weight.");
  field(goal, "id", &StrategicGoal::id, "Goal id.");
  field(goal, "title", &StrategicGoal::title, "Title.");
  field(goal, "weight", &StrategicGoal::weight, "Relative importance (float).");
  finish_value_class(goal, {{"id", "title", "weight"}, {}});

  py::class_<BudgetFrame> frame(m, "BudgetFrame", "What the budget sets aside for digitalisation in one year.");
  field(frame, "year", &BudgetFrame::year, "Year.");
  field(frame, "investment", &BudgetFrame::investment, "Money.");
  field(frame, "operating", &BudgetFrame::operating, "Money.");
  finish_value_class(frame, {{"year", "investment", "operating"}, {}});

  py::class_<Capacity> capacity(m, "Capacity", "Hours available in one year from one resource role.");
  field(capacity, "year", &Capacity::year, "Year.");
  field(capacity, "role", &Capacity::role, "Resource role, e.g. \"developer\".");
  field(capacity, "hours", &Capacity::hours, "Hours (int).");
  finish_value_class(capacity, {{"year", "role", "hours"}, {}});

  py::class_<Strategy> strategy(m, "Strategy", "Goals, yearly budget frames and capacity.");
  field(strategy, "goals", &Strategy::goals, "list[StrategicGoal] (a copy).");
  field(strategy, "budget_frames", &Strategy::budget_frames, "list[BudgetFrame] (a copy).");
  field(strategy, "capacity", &Strategy::capacity, "list[Capacity] (a copy).");
  finish_value_class(strategy, {{"goals", "budget_frames", "capacity"}, {}});

  py::class_<SharedComponent> component(m, "SharedComponent",
                                        "A national or regional shared component (ID-porten, KS Fiks, MitID, ...).");
  field(component, "id", &SharedComponent::id, "Component id.");
  field(component, "name", &SharedComponent::name, "Name.");
  field(component, "provider", &SharedComponent::provider, "E.g. \"Digdir\".");
  field(component, "available_from", &SharedComponent::available_from, "datetime.date, or None: available now.");
  finish_value_class(component, {{"id", "name", "provider", "available_from"}, {}});
}

}  // namespace

void bind_model(py::module_& module) {
  bind_small_types(module);
  bind_initiative(module);
  bind_benefit(module);
  bind_organisation(module);

  // The document names of every enumeration, in declaration order (pandas categories use them).
  py::dict enum_names;
  enum_names["stage"] = enum_names_tuple<Stage>();
  enum_names["organisation_kind"] = enum_names_tuple<OrganisationKind>();
  enum_names["role"] = enum_names_tuple<Role>();
  enum_names["status_dimension"] = enum_names_tuple<StatusDimension>();
  enum_names["rag"] = enum_names_tuple<Rag>();
  enum_names["cost_kind"] = enum_names_tuple<CostKind>();
  enum_names["cost_basis"] = enum_names_tuple<CostBasis>();
  enum_names["dependency_type"] = enum_names_tuple<DependencyType>();
  enum_names["benefit_kind"] = enum_names_tuple<BenefitKind>();
  enum_names["recipient_kind"] = enum_names_tuple<RecipientKind>();
  enum_names["indicator_direction"] = enum_names_tuple<IndicatorDirection>();
  enum_names["mandatory_reason"] = enum_names_tuple<MandatoryReason>();
  enum_names["currency"] = enum_names_tuple<Currency>();
  enum_names["language"] = enum_names_tuple<Language>();
  module.attr("_ENUM_NAMES") = enum_names;
}

}  // namespace tiltak_python
