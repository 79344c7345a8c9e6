#include "tiltak/benefits/gains_withdrawal.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_set>

#include "benefits/apportion.hpp"
#include "benefits/overflow_context.hpp"
#include "tiltak/model/shares.hpp"

namespace tiltak {
namespace {

bool internal(const Recipient& recipient) {
  return recipient.kind == RecipientKind::unit || recipient.kind == RecipientKind::member;
}

std::vector<CashFlow> as_years(const std::map<int, Money>& amounts) {
  std::vector<CashFlow> years;
  for (const auto& [year, amount] : amounts) years.push_back({year, amount});
  return years;
}

void add(std::map<int, Money>& into, int year, Money amount) {
  auto [it, inserted] = into.try_emplace(year, amount);
  if (!inserted) it->second += amount;
}

}  // namespace

template <>
std::span<const EnumName<WithdrawalShareSource>> enum_names() noexcept {
  static constexpr EnumName<WithdrawalShareSource> names[] = {{WithdrawalShareSource::parameter_set, "parameter_set"},
                                                              {WithdrawalShareSource::whole_gain, "whole_gain"},
                                                              {WithdrawalShareSource::options, "options"}};
  return names;
}

template <>
std::span<const EnumName<CofinancingLimit>> enum_names() noexcept {
  static constexpr EnumName<CofinancingLimit> names[] = {{CofinancingLimit::min_project_cost, "min_project_cost"},
                                                         {CofinancingLimit::max_project_cost, "max_project_cost"},
                                                         {CofinancingLimit::max_budget_years, "max_budget_years"}};
  return names;
}

BudgetWithdrawal budget_withdrawal(const Portfolio& portfolio, const ParameterSet& parameters,
                                   const PayersOptions& options) {
  const Currency currency = portfolio.currency;
  BudgetWithdrawal result;
  result.currency = currency;
  result.level = options.level;
  result.counted = options.counted;
  result.planned_gains = result.total = Money::zero(currency);
  if (options.withdrawal_share) {
    if (!(*options.withdrawal_share >= 0 && *options.withdrawal_share <= 1))
      throw Error(ErrorCode::invalid_argument, "the withdrawal share must be between 0 and 1, not " +
                                                   std::to_string(*options.withdrawal_share));
    result.withdrawal_share = *options.withdrawal_share;
    result.share_source = WithdrawalShareSource::options;
  } else if (has_cofinancing_rules(parameters, currency)) {
    result.withdrawal_share = parameters.cofinancing->withdrawal_share;
    result.share_source = WithdrawalShareSource::parameter_set;
  }
  std::unordered_set<std::string_view> counted;
  for (const auto& initiative : portfolio.initiatives)
    if (options.counted.counts(initiative.stage)) counted.insert(initiative.id.str());
  std::map<int, detail::PartySums> gains;  // by year and party, the counted initiatives' parts
  for (const auto& benefit : portfolio.benefits) {
    // Withdrawable: the public budget effect (the appraisal's rule) that lands inside the organisation.
    if (public_share_basis_points(benefit) == 0 || !benefit.value_per_unit || !internal(benefit.recipient)) continue;
    if (benefit.value_per_unit->currency() != currency)
      throw Error(ErrorCode::currency_mismatch, "benefit \"" + benefit.id.str() + "\" is valued in " +
                                                    std::string(currency_code(benefit.value_per_unit->currency())) +
                                                    ", the portfolio in " + std::string(currency_code(currency)));
    const Party party = party_of(portfolio.organisation, benefit.recipient, options.level);
    detail::naming_overflow(
        [&] { return detail::where_is(portfolio, benefit, "the gevinstuttak, adding "); },
        [&] {
          for (const auto& planned : benefit.profile) {
            const Money amount = planned_value(benefit, planned, currency);
            const std::vector<Money> parts = contributor_parts(amount, benefit);
            for (std::size_t c = 0; c < benefit.contributors.size(); ++c) {
              if (!counted.contains(benefit.contributors[c].initiative.str()) || parts[c].is_zero()) continue;
              result.planned_gains += parts[c];
              gains[planned.year][party] += static_cast<long double>(parts[c].minor_units());
            }
          }
        });
  }
  std::map<Party, std::map<int, Money>> by_party;
  detail::naming_overflow(
      [] { return std::pair<std::string, std::string>{"/benefits", "the gevinstuttak's total"}; },
      [&] {
        for (const auto& [year, parties] : gains) {
          long double gain = 0;
          for (const auto& [party, amount] : parties) gain += amount;
          const Money withdrawn = round_to_minor(gain * result.withdrawal_share, currency);
          detail::PartySums shares;
          for (const auto& [party, amount] : parties) shares[party] = amount * result.withdrawal_share;
          detail::PartyAmounts apportioned;
          detail::apportion(withdrawn, shares, apportioned);
          for (const auto& [party, amount] : apportioned) by_party[party].insert_or_assign(year, amount);
          result.by_year.push_back({year, withdrawn});
          result.total += withdrawn;
        }
        for (const auto& [party, years] : by_party) {
          PartyWithdrawal withdrawal{party, as_years(years), Money::zero(currency)};
          for (const auto& [year, amount] : years) withdrawal.total += amount;
          result.parties.push_back(std::move(withdrawal));
        }
      });
  return result;
}

bool has_cofinancing_rules(const ParameterSet& parameters, Currency currency) noexcept {
  return parameters.cofinancing && parameters.cofinancing->currency == currency;
}

CofinancingReport cofinancing_assessment(const Portfolio& portfolio, const ParameterSet& parameters,
                                         const PayersOptions& options) {
  if (!parameters.cofinancing)
    throw Error(ErrorCode::invalid_argument,
                "parameter set \"" + parameters.id + "\" has no co-financing rules (\"cofinancing\")");
  const CofinancingRules& rules = *parameters.cofinancing;
  const Currency currency = portfolio.currency;
  if (rules.currency != currency)
    throw Error(ErrorCode::currency_mismatch, "the co-financing rules are in " + std::string(currency_code(rules.currency)) +
                                                  ", the portfolio in " + std::string(currency_code(currency)));
  AppraisalOptions without_irr = options.appraisal;  // the scheme ranks by NPV per krone, not by IRR
  without_irr.internal_rates_of_return = false;
  const PortfolioAppraisal appraisal = appraise_portfolio(portfolio, parameters, without_irr);
  CofinancingReport report;
  report.parameter_set = appraisal.parameter_set;
  report.source = rules.source.empty() ? parameters.source : rules.source;
  report.rules = rules;
  report.counted = options.counted;
  report.total_withdrawal = Money::zero(currency);
  for (std::size_t i = 0; i < portfolio.initiatives.size(); ++i) {
    if (!options.counted.counts(portfolio.initiatives[i].stage)) continue;
    detail::naming_overflow(
        [&] { return detail::where_is(portfolio, portfolio.initiatives[i]); },
        [&] {
        const Initiative& initiative = portfolio.initiatives[i];
        CofinancingAssessment assessment;
        assessment.initiative = initiative.id;
        assessment.title = initiative.title;
        assessment.commitment = commitment_of(initiative.stage);
        assessment.project_cost = assessment.max_grant = assessment.total_withdrawal = Money::zero(currency);
        assessment.npv_per_invested_krone = appraisal.initiatives[i].appraisal.npv_per_invested_krone;
        std::map<int, Money> gains, operating;
        std::set<int> project_years;
        for (const auto& line : appraisal.initiatives[i].appraisal.flows) {
          switch (line.category) {
            case FlowCategory::investment:
            case FlowCategory::internal_hours:
              assessment.project_cost -= line.flow.amount;
              project_years.insert(line.flow.year);
              break;
            case FlowCategory::operating: add(operating, line.flow.year, -line.flow.amount); break;
            case FlowCategory::benefit:
              // A withdrawn budget effect in the organisation itself: cash-releasing (public share) and internal.
              if (line.public_share_basis_points > 0 && line.recipient && internal(*line.recipient))
                add(gains, line.flow.year, line.flow.amount);
              break;
          }
        }
        if (rules.min_project_cost && assessment.project_cost < *rules.min_project_cost)
          assessment.outside.push_back(CofinancingLimit::min_project_cost);
        if (rules.max_project_cost && assessment.project_cost > *rules.max_project_cost)
          assessment.outside.push_back(CofinancingLimit::max_project_cost);
        assessment.within_cost_limits = assessment.outside.empty();
        assessment.max_grant =
            round_to_minor(static_cast<long double>(assessment.project_cost.minor_units()) * rules.max_grant_share, currency);
        if (rules.max_grant) assessment.max_grant = std::min(assessment.max_grant, *rules.max_grant);
        assessment.budget_years = static_cast<int>(project_years.size());
        assessment.within_budget_years = !rules.max_budget_years || assessment.budget_years <= *rules.max_budget_years;
        if (!assessment.within_budget_years) assessment.outside.push_back(CofinancingLimit::max_budget_years);
        assessment.eligible = assessment.outside.empty();
        std::set<int> years;
        for (const auto& [year, amount] : gains) years.insert(year);
        for (const auto& [year, amount] : operating) years.insert(year);
        for (int year : years) {
          CofinancingYear entry{year, Money::zero(currency), Money::zero(currency), Money::zero(currency),
                                Money::zero(currency)};
          if (gains.contains(year)) entry.internal_gains = gains.at(year);
          if (operating.contains(year)) entry.operating_costs = operating.at(year);
          entry.net_gain = entry.internal_gains - entry.operating_costs;
          if (entry.net_gain > Money::zero(currency))
            entry.withdrawal = round_to_minor(
                static_cast<long double>(entry.net_gain.minor_units()) * rules.withdrawal_share, currency);
          assessment.total_withdrawal += entry.withdrawal;
          assessment.years.push_back(entry);
        }
        if (assessment.eligible) report.total_withdrawal += assessment.total_withdrawal;
        report.initiatives.push_back(std::move(assessment));
        });
  }
  return report;
}

PayersReport payers_report(const Portfolio& portfolio, const ParameterSet& parameters, const PayersOptions& options) {
  PayersReport report{payer_recipient_matrix(portfolio, parameters, options),
                      budget_withdrawal(portfolio, parameters, options), std::nullopt};
  if (has_cofinancing_rules(parameters, portfolio.currency))
    report.cofinancing = cofinancing_assessment(portfolio, parameters, options);
  return report;
}

}  // namespace tiltak
