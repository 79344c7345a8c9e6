#include "reporting/report_scope.hpp"

#include <algorithm>
#include <array>

#include "tiltak/benefits/valuation.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/core/problem_value.hpp"
#include "tiltak/model/shares.hpp"

namespace tiltak {
namespace {

constexpr std::array<EnumName<ScopeKind>, 4> scope_kinds{{{ScopeKind::portfolio, "portfolio"},
                                                         {ScopeKind::service_area, "area"},
                                                         {ScopeKind::member, "member"},
                                                         {ScopeKind::programme, "programme"}}};

constexpr std::array<EnumName<PrerequisiteProblem>, 5> prerequisite_problems{
    {{PrerequisiteProblem::rejected, "rejected"},
     {PrerequisiteProblem::cancelled, "cancelled"},
     {PrerequisiteProblem::paused, "paused"},
     {PrerequisiteProblem::red_status, "red_status"},
     {PrerequisiteProblem::late, "late"}}};

}  // namespace

template <>
std::span<const EnumName<ScopeKind>> enum_names<ScopeKind>() noexcept {
  return scope_kinds;
}

template <>
std::span<const EnumName<PrerequisiteProblem>> enum_names<PrerequisiteProblem>() noexcept {
  return prerequisite_problems;
}

ReportScope parse_report_scope(std::string_view text) {
  if (text == "portfolio") return {};
  const auto colon = text.find(':');
  const auto kind = colon == std::string_view::npos ? std::nullopt : enum_from_name<ScopeKind>(text.substr(0, colon));
  if (!kind || *kind == ScopeKind::portfolio || colon + 1 == text.size())
    throw Error(ErrorCode::invalid_argument,
                "scope \"" + std::string(text) +
                    "\" is not one of portfolio, area:ID, member:ID, programme:NAME");
  return {*kind, std::string(text.substr(colon + 1))};
}

std::string report_scope_text(const ReportScope& scope) {
  if (scope.kind == ScopeKind::portfolio) return "portfolio";
  return std::string(enum_name(scope.kind)) + ":" + scope.id;
}

namespace detail {

ScopeFilter::ScopeFilter(const Portfolio& portfolio, const ReportScope& scope)
    : organisation_(portfolio.organisation), scope_(scope) {
  const auto& organisation = portfolio.organisation;
  if (scope.kind == ScopeKind::service_area &&
      std::none_of(organisation.service_areas.begin(), organisation.service_areas.end(),
                   [&](const ServiceArea& area) { return area.id.str() == scope.id; }))
    throw unknown_id(scope.id, "no service area has this id");
  if (scope.kind != ScopeKind::member) return;
  if (organisation.members.empty())
    throw Error(ErrorCode::invalid_argument,
                "a member scope needs a cooperation; \"" + organisation.name + "\" has no members");
  const auto member = std::find_if(organisation.members.begin(), organisation.members.end(),
                                   [&](const Member& m) { return m.id.str() == scope.id; });
  if (member == organisation.members.end())
    throw unknown_id(scope.id, "no member of the cooperation has this id");
  member_index_ = static_cast<std::size_t>(member - organisation.members.begin());
  for (const auto& unit : organisation.units)
    if (unit.member && unit.member->str() == scope.id) member_units_.insert(unit.id.str());
}

bool ScopeFilter::includes(const Initiative& initiative) const {
  switch (scope_.kind) {
    case ScopeKind::portfolio: return true;
    case ScopeKind::service_area:
      return std::any_of(initiative.service_areas.begin(), initiative.service_areas.end(),
                         [&](const ServiceAreaId& area) { return area.str() == scope_.id; });
    case ScopeKind::programme: return initiative.programme == scope_.id;
    case ScopeKind::member: break;
  }
  return std::any_of(initiative.costs.begin(), initiative.costs.end(),
                     [&](const CostLine& line) { return !line.bearer || member_units_.count(line.bearer->str()); });
}

Money ScopeFilter::member_part(Money amount, const CostLine& line) const {
  if (!line.bearer) return member_parts(amount, organisation_)[member_index_];
  return member_units_.count(line.bearer->str()) ? amount : Money::zero(amount.currency());
}

Money ScopeFilter::share_of(const Initiative& initiative, const CostLine& line) const {
  if (scope_.kind != ScopeKind::member) return share_of(initiative, line.amount);
  return member_part(line.amount, line);
}

Money ScopeFilter::share_of(const Initiative& initiative, Money amount) const {
  if (scope_.kind != ScopeKind::service_area) return amount;
  return service_area_part(amount, initiative, ServiceAreaId(scope_.id));
}

std::vector<std::pair<ServiceAreaId, Money>> ScopeFilter::by_service_area(const Initiative& initiative,
                                                                           const CostLine& line) const {
  const auto parts = service_area_parts(line.amount, initiative);
  std::vector<std::pair<ServiceAreaId, Money>> areas;
  for (std::size_t i = 0; i < parts.size(); ++i)
    if (scope_.kind != ScopeKind::service_area || initiative.service_areas[i].str() == scope_.id)
      areas.emplace_back(initiative.service_areas[i],
                         scope_.kind == ScopeKind::member ? member_part(parts[i], line) : parts[i]);
  return areas;
}

}  // namespace detail
}  // namespace tiltak
