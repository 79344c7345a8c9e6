#include "tiltak/model/names.hpp"

#include <array>

namespace tiltak {
namespace {

template <class E, std::size_t N>
using Names = std::array<EnumName<E>, N>;

constexpr Names<OrganisationKind, 2> organisation_kinds{{
    {OrganisationKind::municipality, "municipality"}, {OrganisationKind::cooperation, "cooperation"}}};
constexpr Names<Role, 6> roles{{{Role::owner, "owner"},
                                {Role::benefit_owner, "benefit_owner"},
                                {Role::sector_leader, "sector_leader"},
                                {Role::project_manager, "project_manager"},
                                {Role::secretariat, "secretariat"},
                                {Role::other, "other"}}};
constexpr Names<StatusDimension, 4> dimensions{{{StatusDimension::schedule, "schedule"},
                                                {StatusDimension::cost, "cost"},
                                                {StatusDimension::scope, "scope"},
                                                {StatusDimension::risk, "risk"}}};
constexpr Names<Rag, 3> rags{{{Rag::green, "green"}, {Rag::yellow, "yellow"}, {Rag::red, "red"}}};
constexpr Names<CostKind, 3> cost_kinds{{{CostKind::investment, "investment"},
                                         {CostKind::operating, "operating"},
                                         {CostKind::internal_hours, "internal_hours"}}};
constexpr Names<CostBasis, 3> cost_bases{
    {{CostBasis::plan, "plan"}, {CostBasis::actual, "actual"}, {CostBasis::forecast, "forecast"}}};
constexpr Names<DependencyType, 4> dependency_types{{{DependencyType::finish_to_start, "finish_to_start"},
                                                     {DependencyType::start_to_start, "start_to_start"},
                                                     {DependencyType::finish_to_finish, "finish_to_finish"},
                                                     {DependencyType::start_to_finish, "start_to_finish"}}};
constexpr Names<BenefitKind, 3> benefit_kinds{{{BenefitKind::cash_releasing, "cash_releasing"},
                                               {BenefitKind::non_cash, "non_cash"},
                                               {BenefitKind::qualitative, "qualitative"}}};
constexpr Names<RecipientKind, 5> recipient_kinds{{{RecipientKind::unit, "unit"},
                                                   {RecipientKind::member, "member"},
                                                   {RecipientKind::citizens, "citizens"},
                                                   {RecipientKind::businesses, "businesses"},
                                                   {RecipientKind::other_public_bodies, "other_public_bodies"}}};
constexpr Names<IndicatorDirection, 2> directions{
    {{IndicatorDirection::increase, "increase"}, {IndicatorDirection::decrease, "decrease"}}};
constexpr Names<MandatoryReason, 3> mandatory_reasons{
    {{MandatoryReason::law, "law"}, {MandatoryReason::gdpr, "gdpr"}, {MandatoryReason::other, "other"}}};
constexpr Names<DecisionBody, 4> decision_bodies{{{DecisionBody::secretariat, "secretariat"},
                                                  {DecisionBody::council, "council"},
                                                  {DecisionBody::chief_executive, "chief_executive"},
                                                  {DecisionBody::municipal_council, "municipal_council"}}};
constexpr Names<Commitment, 4> commitments{{{Commitment::committed, "committed"},
                                            {Commitment::pipeline, "pipeline"},
                                            {Commitment::paused, "paused"},
                                            {Commitment::dropped, "dropped"}}};
constexpr Names<Hosting, 3> hostings{
    {{Hosting::own, "own"}, {Hosting::shared_operations, "shared_operations"}, {Hosting::cloud, "cloud"}}};
constexpr Names<SystemLifecycle, 4> system_lifecycles{{{SystemLifecycle::planned, "planned"},
                                                       {SystemLifecycle::in_operation, "in_operation"},
                                                       {SystemLifecycle::phasing_out, "phasing_out"},
                                                       {SystemLifecycle::decommissioned, "decommissioned"}}};
constexpr Names<Criticality, 4> criticalities{{{Criticality::low, "low"},
                                               {Criticality::medium, "medium"},
                                               {Criticality::high, "high"},
                                               {Criticality::critical, "critical"}}};
constexpr Names<SystemActionKind, 4> system_action_kinds{{{SystemActionKind::introduces, "introduces"},
                                                          {SystemActionKind::replaces, "replaces"},
                                                          {SystemActionKind::changes, "changes"},
                                                          {SystemActionKind::decommissions, "decommissions"}}};

}  // namespace

template <>
std::span<const EnumName<Hosting>> enum_names() noexcept { return hostings; }
template <>
std::span<const EnumName<SystemLifecycle>> enum_names() noexcept { return system_lifecycles; }
template <>
std::span<const EnumName<Criticality>> enum_names() noexcept { return criticalities; }
template <>
std::span<const EnumName<SystemActionKind>> enum_names() noexcept { return system_action_kinds; }
template <>
std::span<const EnumName<OrganisationKind>> enum_names() noexcept { return organisation_kinds; }
template <>
std::span<const EnumName<Role>> enum_names() noexcept { return roles; }
template <>
std::span<const EnumName<StatusDimension>> enum_names() noexcept { return dimensions; }
template <>
std::span<const EnumName<Rag>> enum_names() noexcept { return rags; }
template <>
std::span<const EnumName<Commitment>> enum_names() noexcept { return commitments; }
template <>
std::span<const EnumName<CostKind>> enum_names() noexcept { return cost_kinds; }
template <>
std::span<const EnumName<CostBasis>> enum_names() noexcept { return cost_bases; }
template <>
std::span<const EnumName<DependencyType>> enum_names() noexcept { return dependency_types; }
template <>
std::span<const EnumName<BenefitKind>> enum_names() noexcept { return benefit_kinds; }
template <>
std::span<const EnumName<RecipientKind>> enum_names() noexcept { return recipient_kinds; }
template <>
std::span<const EnumName<IndicatorDirection>> enum_names() noexcept { return directions; }
template <>
std::span<const EnumName<MandatoryReason>> enum_names() noexcept { return mandatory_reasons; }
template <>
std::span<const EnumName<DecisionBody>> enum_names() noexcept { return decision_bodies; }
// Enumerations that name themselves elsewhere get their table from those names.
template <class E, std::size_t N>
std::array<EnumName<E>, N> table_of(const E (&values)[N], std::string_view (*name)(E) noexcept) {
  std::array<EnumName<E>, N> entries{};
  for (std::size_t i = 0; i < N; ++i) entries[i] = {values[i], name(values[i])};
  return entries;
}

template <>
std::span<const EnumName<Stage>> enum_names() noexcept {
  static const auto table = table_of(all_stages, &stage_name);
  return table;
}
template <>
std::span<const EnumName<Currency>> enum_names() noexcept {
  static constexpr Currency currencies[] = {Currency::NOK, Currency::DKK, Currency::EUR, Currency::SEK};
  static const auto table = table_of(currencies, &currency_code);
  return table;
}
template <>
std::span<const EnumName<Language>> enum_names() noexcept {
  static constexpr Language languages[] = {Language::nb, Language::da, Language::en};
  static const auto table = table_of(languages, &language_code);
  return table;
}

}  // namespace tiltak
