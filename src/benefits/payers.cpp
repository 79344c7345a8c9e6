#include "tiltak/benefits/payers.hpp"

#include <map>

#include "benefits/apportion.hpp"
#include "benefits/overflow_context.hpp"
#include "tiltak/benefits/discount_curve.hpp"

namespace tiltak {

template <>
std::span<const EnumName<PartyKind>> enum_names() noexcept {
  static constexpr EnumName<PartyKind> names[] = {
      {PartyKind::organisation, "organisation"}, {PartyKind::member, "member"},
      {PartyKind::service_area, "service_area"}, {PartyKind::unit, "unit"},
      {PartyKind::citizens, "citizens"},         {PartyKind::businesses, "businesses"},
      {PartyKind::other_public_bodies, "other_public_bodies"}};
  return names;
}

template <>
std::span<const EnumName<PartyLevel>> enum_names() noexcept {
  static constexpr EnumName<PartyLevel> names[] = {
      {PartyLevel::unit, "unit"}, {PartyLevel::service_area, "service_area"}, {PartyLevel::member, "member"}};
  return names;
}

Party party_of(const Organisation& organisation, const Recipient& recipient, PartyLevel level) {
  switch (recipient.kind) {
    case RecipientKind::member: return {PartyKind::member, recipient.id};
    case RecipientKind::citizens: return {PartyKind::citizens, ""};
    case RecipientKind::businesses: return {PartyKind::businesses, ""};
    case RecipientKind::other_public_bodies: return {PartyKind::other_public_bodies, ""};
    case RecipientKind::unit: break;
  }
  if (level == PartyLevel::unit) return {PartyKind::unit, recipient.id};
  for (const auto& unit : organisation.units) {
    if (unit.id.str() != recipient.id) continue;
    if (level == PartyLevel::service_area) return {PartyKind::service_area, unit.service_area.str()};
    return unit.member ? Party{PartyKind::member, unit.member->str()} : Party{PartyKind::organisation, ""};
  }
  return {PartyKind::unit, recipient.id};
}

namespace {

// The payers of a cost line: its bearer, else the members by their keys, else the organisation.
std::vector<std::pair<Party, long double>> payers_of(const Organisation& organisation, const FlowLine& line,
                                                     PartyLevel level) {
  if (line.payer) return {{party_of(organisation, {RecipientKind::unit, line.payer->str()}, level), 1.0L}};
  if (organisation.members.empty()) return {{Party{PartyKind::organisation, ""}, 1.0L}};
  std::vector<std::pair<Party, long double>> shares;
  for (const auto& member : organisation.members)
    shares.push_back({Party{PartyKind::member, member.id.str()}, member.cost_share_basis_points / 10000.0L});
  return shares;
}

}  // namespace

PayerRecipientMatrix payer_recipient_matrix(const Portfolio& portfolio, const ParameterSet& parameters,
                                            const PayersOptions& options) {
  AppraisalOptions without_irr = options.appraisal;  // the matrix uses no rate of return
  without_irr.internal_rates_of_return = false;
  const PortfolioAppraisal appraisal = appraise_portfolio(portfolio, parameters, without_irr);
  const Currency currency = portfolio.currency;
  const Organisation& organisation = portfolio.organisation;
  const PartyLevel level = options.level;
  std::map<std::pair<Party, Party>, long double> cells;
  detail::PartyAmounts borne, received;
  long double without_payer = 0;
  for (std::size_t i = 0; i < appraisal.initiatives.size(); ++i) {
    if (!options.counted.counts(portfolio.initiatives[i].stage)) continue;
    const auto& initiative = appraisal.initiatives[i];
    const Appraisal& a = initiative.appraisal;
    const DiscountCurve curve(parameters.bands, initiative.band_anchor_year, a.discount_year);
    detail::PartySums costs, benefits;
    long double total_cost = 0;
    for (const auto& line : a.flows) {
      const long double pv = static_cast<long double>(line.flow.amount.minor_units()) * curve.factor(line.flow.year);
      if (is_cost(line.category)) {
        for (const auto& [party, share] : payers_of(organisation, line, level)) costs[party] -= pv * share;
        total_cost -= pv;
      } else {
        benefits[party_of(organisation, line.recipient.value_or(Recipient{}), level)] += pv;
      }
    }
    detail::apportion(a.pv_costs, costs, borne);
    detail::apportion(a.pv_benefits, benefits, received);
    if (total_cost <= 0) {
      for (const auto& [party, pv] : benefits) without_payer += pv;
      continue;
    }
    for (const auto& [payer, cost] : costs)
      for (const auto& [recipient, benefit] : benefits) cells[{payer, recipient}] += benefit * cost / total_cost;
  }

  // Sums over initiatives may leave the exact range although each initiative's amounts did not.
  return detail::naming_overflow(
      [] { return std::pair<std::string, std::string>{"/initiatives", "the payer-recipient matrix"}; },
      [&] {
      PayerRecipientMatrix matrix;
      matrix.parameter_set = appraisal.parameter_set;
      matrix.currency = currency;
      matrix.discount_year = appraisal.total.discount_year;
      matrix.level = level;
      matrix.counted = options.counted;
      matrix.benefits_without_payer = round_to_minor(without_payer, currency);
      for (const auto& [party, pv] : borne) matrix.payers.push_back(party);
      for (const auto& [party, pv] : received) matrix.recipients.push_back(party);
      for (const auto& [key, pv] : cells) {
        const Money amount = round_to_minor(pv, currency);
        if (!amount.is_zero()) matrix.cells.push_back({key.first, key.second, amount});
      }
      const Money zero = Money::zero(currency);
      detail::PartyAmounts parties = borne;
      for (const auto& [party, pv] : received) parties.try_emplace(party, zero);
      for (const auto& [party, ignored] : parties) {
        const Money cost = borne.contains(party) ? borne.at(party) : zero;
        const Money benefit = received.contains(party) ? received.at(party) : zero;
        matrix.parties.push_back({party, cost, benefit, benefit - cost});
      }
        return matrix;
      });
}

}  // namespace tiltak
