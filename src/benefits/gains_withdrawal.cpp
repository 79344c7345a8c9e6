#include "tiltak/benefits/gains_withdrawal.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "benefits/overflow_context.hpp"

namespace tiltak {
namespace {

bool internal(const Recipient& recipient) {
  return recipient.kind == RecipientKind::unit || recipient.kind == RecipientKind::member;
}

std::vector<YearAmount> as_years(const std::map<int, Money>& amounts) {
  std::vector<YearAmount> years;
  for (const auto& [year, amount] : amounts) years.push_back({year, amount});
  return years;
}

void add(std::map<int, Money>& into, int year, Money amount) {
  auto [it, inserted] = into.try_emplace(year, amount);
  if (!inserted) it->second += amount;
}

}  // namespace

BudgetWithdrawal budget_withdrawal(const Portfolio& portfolio, PartyLevel level) {
  const Currency currency = portfolio.currency;
  std::map<Party, std::map<int, Money>> by_party;
  std::map<int, Money> by_year;
  for (const auto& benefit : portfolio.benefits) {
    // Withdrawable: the public budget effect (the appraisal's rule) that lands inside the organisation.
    if (public_share_basis_points(benefit) == 0 || !benefit.value_per_unit || !internal(benefit.recipient)) continue;
    if (benefit.value_per_unit->currency() != currency)
      throw Error(ErrorCode::currency_mismatch, "benefit \"" + benefit.id.str() + "\" is valued in " +
                                                    std::string(currency_code(benefit.value_per_unit->currency())) +
                                                    ", the portfolio in " + std::string(currency_code(currency)));
    const Party party = party_of(portfolio.organisation, benefit.recipient, level);
    detail::naming_overflow(
        [&] { return detail::where_is(portfolio, benefit, "the gevinstuttak, adding "); },
        [&] {
          for (const auto& planned : benefit.profile) {
            const Money amount = planned_value(benefit, planned, currency);
            if (amount.is_zero()) continue;
            add(by_party[party], planned.year, amount);
            add(by_year, planned.year, amount);
          }
        });
  }
  BudgetWithdrawal result;
  result.currency = currency;
  result.level = level;
  result.total = Money::zero(currency);
  detail::naming_overflow(
      [] { return std::pair<std::string, std::string>{"/benefits", "the gevinstuttak's total"}; },
      [&] {
        for (const auto& [party, years] : by_party) {
          PartyWithdrawal withdrawal{party, as_years(years), Money::zero(currency)};
          for (const auto& [year, amount] : years) withdrawal.total += amount;
          result.parties.push_back(std::move(withdrawal));
        }
        result.by_year = as_years(by_year);
        for (const auto& [year, amount] : by_year) result.total += amount;
      });
  return result;
}

bool has_cofinancing_rules(const ParameterSet& parameters, Currency currency) noexcept {
  return parameters.cofinancing && parameters.cofinancing->currency == currency;
}

CofinancingReport cofinancing_assessment(const Portfolio& portfolio, const ParameterSet& parameters,
                                         const AppraisalOptions& options) {
  if (!parameters.cofinancing)
    throw Error(ErrorCode::invalid_argument,
                "parameter set \"" + parameters.id + "\" has no co-financing rules (\"cofinancing\")");
  const CofinancingRules& rules = *parameters.cofinancing;
  const Currency currency = portfolio.currency;
  if (rules.currency != currency)
    throw Error(ErrorCode::currency_mismatch, "the co-financing rules are in " + std::string(currency_code(rules.currency)) +
                                                  ", the portfolio in " + std::string(currency_code(currency)));
  const PortfolioAppraisal appraisal = appraise_portfolio(portfolio, parameters, options);
  CofinancingReport report;
  report.parameter_set = appraisal.parameter_set;
  report.rules = rules;
  report.total_withdrawal = Money::zero(currency);
  for (std::size_t i = 0; i < portfolio.initiatives.size(); ++i) {
    detail::naming_overflow(
        [&] { return detail::where_is(portfolio, portfolio.initiatives[i]); },
        [&] {
        const Initiative& initiative = portfolio.initiatives[i];
        CofinancingAssessment assessment;
        assessment.initiative = initiative.id;
        assessment.title = initiative.title;
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
        assessment.within_cost_limits = (!rules.min_project_cost || assessment.project_cost >= *rules.min_project_cost) &&
                                        (!rules.max_project_cost || assessment.project_cost <= *rules.max_project_cost);
        assessment.max_grant =
            round_to_minor(static_cast<long double>(assessment.project_cost.minor_units()) * rules.max_grant_share, currency);
        if (rules.max_grant) assessment.max_grant = std::min(assessment.max_grant, *rules.max_grant);
        assessment.budget_years = static_cast<int>(project_years.size());
        assessment.within_budget_years = !rules.max_budget_years || assessment.budget_years <= *rules.max_budget_years;
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
        report.total_withdrawal += assessment.total_withdrawal;
        report.initiatives.push_back(std::move(assessment));
        });
  }
  return report;
}

}  // namespace tiltak
