#include "tiltak/benefits/appraisal.hpp"

#include <algorithm>
#include <climits>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

#include "benefits/flow_series.hpp"
#include "benefits/irr_series.hpp"
#include "benefits/overflow_context.hpp"
#include "tiltak/core/problem_value.hpp"
#include "tiltak/model/shares.hpp"

namespace tiltak {
namespace {

bool valued_in_money(const Benefit& benefit) {
  return benefit.value_per_unit.has_value() && benefit.kind != BenefitKind::qualitative;
}

UnvaluedBenefit unvalued(const Benefit& benefit) {
  return {benefit.id, benefit.title, benefit.kind,
          benefit.kind == BenefitKind::qualitative ? "qualitative" : "no value per unit"};
}

int share_of(const Benefit& benefit, const InitiativeId& id) {
  int share = 0;
  for (const auto& contribution : benefit.contributors)
    if (contribution.initiative == id) share += contribution.share_basis_points;
  return share;
}

// The benefits each initiative contributes to, in portfolio order, and the initiatives there
// are: built once per appraisal, so that a portfolio of 100 000 initiatives is not searched
// for each of them (Portfolio::benefits_of is linear).
class ContributionIndex {
 public:
  explicit ContributionIndex(const Portfolio& portfolio)
      : portfolio_(portfolio), by_position_(portfolio.initiatives.size()), first_of_(portfolio.benefits.size() + 1) {
    std::unordered_map<std::string_view, std::size_t> position;  // views of the portfolio's ids
    position.reserve(portfolio.initiatives.size());
    for (std::size_t i = 0; i < portfolio.initiatives.size(); ++i)
      position.emplace(portfolio.initiatives[i].id.str(), i);
    for (std::size_t b = 0; b < portfolio.benefits.size(); ++b) {
      const Benefit& benefit = portfolio.benefits[b];
      first_of_[b] = in_portfolio_.size();
      for (const auto& contribution : benefit.contributors) {
        const auto found = position.find(contribution.initiative.str());
        in_portfolio_.push_back(found != position.end());
        if (found == position.end()) continue;  // not in the portfolio (validation reports it)
        auto& list = by_position_[found->second];
        if (list.empty() || list.back() != &benefit) list.push_back(&benefit);
      }
    }
    first_of_.back() = in_portfolio_.size();
  }
  // `initiative` is one of the portfolio's.
  const std::vector<const Benefit*>& benefits_of(const Initiative& initiative) const {
    return by_position_[static_cast<std::size_t>(&initiative - portfolio_.initiatives.data())];
  }
  // Whether contributor k of `benefit` (one of the portfolio's) is an initiative of it.
  bool contributor_in_portfolio(const Benefit& benefit, std::size_t k) const {
    return in_portfolio_[first_of_[static_cast<std::size_t>(&benefit - portfolio_.benefits.data())] + k];
  }

 private:
  const Portfolio& portfolio_;
  std::vector<std::vector<const Benefit*>> by_position_;  // by the initiative's position
  std::vector<std::size_t> first_of_;  // each benefit's first entry in in_portfolio_
  std::vector<bool> in_portfolio_;
};

int shares_of(const Benefit& benefit, const ContributionIndex& index) {
  int share = 0;
  for (std::size_t k = 0; k < benefit.contributors.size(); ++k)
    if (index.contributor_in_portfolio(benefit, k)) share += benefit.contributors[k].share_basis_points;
  return share;
}

// The part of a benefit's amount that no initiative of the portfolio carries: the unattributed
// part, and the parts of contributors that are not in it (of a portfolio cut down to a scope).
Money unattributed_in(const Benefit& benefit, Money amount, const ContributionIndex& index) {
  const auto parts = contributor_parts(amount, benefit);
  Money rest = parts.back();
  for (std::size_t i = 0; i < benefit.contributors.size(); ++i)
    if (!index.contributor_in_portfolio(benefit, i)) rest += parts[i];
  return rest;
}

// The parameter set with the options' overrides, validated.
ParameterSet effective_parameters(const ParameterSet& parameters, const AppraisalOptions& options) {
  ParameterSet set = parameters;
  if (options.analysis_period_years) set.analysis_period_years = options.analysis_period_years;
  if (options.lifetime_years) set.lifetime_years = options.lifetime_years;
  if (options.residual_value) set.residual_value = *options.residual_value;
  if (options.tax_financing_rate) set.tax_financing_rate = *options.tax_financing_rate;
  if (options.discount_year) set.discount_year = options.discount_year;
  if (options.band_anchor_year) set.band_anchor_year = options.band_anchor_year;
  // A lifetime alone is also the analysis period; no lifetime means no residual period.
  if (!set.analysis_period_years && set.lifetime_years) set.analysis_period_years = set.lifetime_years;
  validate_parameters(set, "parameters \"" + set.id + "\"");
  if (options.internal_hours_public_share_basis_points < 0 || options.internal_hours_public_share_basis_points > 10000)
    throw Error(ErrorCode::invalid_argument, "internal_hours_public_share_basis_points must be within 0…10 000, got " +
                                                 std::to_string(options.internal_hours_public_share_basis_points));
  return set;
}

Money in_analysis_prices(Money amount, const ParameterSet& set, const AppraisalOptions& options) {
  if (!options.amounts_price_year) return amount;
  if (!set.price_year)
    throw Error(ErrorCode::validation_error,
                Problem{"parameters \"" + set.id + "\"", "/price_year", 0, 0, "",
                        "amounts are in " + std::to_string(*options.amounts_price_year) +
                            " prices, but the parameter set has no price year to convert them to"});
  return convert_price_year(amount, *options.amounts_price_year, *set.price_year, set.cpi);
}

std::vector<FlowLine> flow_lines(const Portfolio& portfolio, const Initiative& initiative, const ParameterSet& set,
                                 const AppraisalOptions& options, const ContributionIndex& index) {
  const Currency currency = portfolio.currency;
  std::vector<FlowLine> lines;
  for (const auto& cost : initiative.costs) {
    if (cost.basis != options.cost_basis) continue;
    if (cost.amount.currency() != currency)
      throw Error(ErrorCode::currency_mismatch,
                  "initiative \"" + initiative.id.str() + "\": a cost line of " + std::to_string(cost.year) + " is in " +
                      std::string(currency_code(cost.amount.currency())) + ", the portfolio in " +
                      std::string(currency_code(currency)));
    if (cost.amount.is_zero()) continue;
    FlowLine line;
    const Money amount = detail::naming_overflow(
        [&] {
          auto [pointer, subject] = detail::where_is(portfolio, initiative);
          return std::pair{pointer + "/costs/" + std::to_string(&cost - initiative.costs.data()),
                           subject + ", its cost line of " + std::to_string(cost.year)};
        },
        [&] { return -in_analysis_prices(cost.amount, set, options); });
    line.flow = {cost.year, amount};
    switch (cost.kind) {
      case CostKind::investment: line.category = FlowCategory::investment; break;
      case CostKind::operating: line.category = FlowCategory::operating; break;
      case CostKind::internal_hours: line.category = FlowCategory::internal_hours; break;
    }
    line.public_share_basis_points =
        cost.kind == CostKind::internal_hours ? options.internal_hours_public_share_basis_points : 10000;
    line.payer = cost.bearer;
    lines.push_back(std::move(line));
  }
  for (const Benefit* benefit : index.benefits_of(initiative)) {
    if (!valued_in_money(*benefit)) continue;
    if (benefit->value_per_unit->currency() != currency)
      throw Error(ErrorCode::currency_mismatch,
                  "benefit \"" + benefit->id.str() + "\" is valued in " +
                      std::string(currency_code(benefit->value_per_unit->currency())) + ", the portfolio in " +
                      std::string(currency_code(currency)));
    const bool grows = std::find(options.real_growth_benefits.begin(), options.real_growth_benefits.end(),
                                 benefit->id) != options.real_growth_benefits.end();
    for (const auto& planned : benefit->profile) {
      const Money amount = detail::naming_overflow(
          [&] {
            auto [pointer, subject] = detail::where_is(portfolio, *benefit);
            return std::pair{pointer + "/profile/" + std::to_string(&planned - benefit->profile.data()),
                             subject + " in " + std::to_string(planned.year) + ", the part of initiative \"" +
                                 initiative.id.str() + "\""};
          },
          [&] {
            Money value = in_analysis_prices(contributor_part(planned_value(*benefit, planned, currency), *benefit, initiative.id), set, options);
            if (grows)
              value = round_to_minor(
                  static_cast<long double>(value.minor_units()) * real_growth_factor(set, planned.year), currency);
            return value;
          });
      if (amount.is_zero()) continue;
      FlowLine line;
      line.flow = {planned.year, amount};
      line.category = FlowCategory::benefit;
      line.public_share_basis_points = public_share_basis_points(*benefit);
      line.benefit = benefit->id;
      line.recipient = benefit->recipient;
      lines.push_back(std::move(line));
    }
  }
  return lines;
}

// The unrounded series behind an appraisal, kept for the portfolio's sums (the nominal one is
// also the IRR's polynomial).
struct Raw {
  detail::YearSeries nominal;
  detail::YearSeries discounted;
};

int first_year(const std::vector<FlowLine>& lines, bool benefits_only) {
  int first = INT_MAX;
  for (const auto& line : lines)
    if (!benefits_only || line.category == FlowCategory::benefit) first = std::min(first, line.flow.year);
  return first;
}

// DF(year) of one band anchor, each year's computed once per appraisal: DiscountCurve::factor
// takes a power per band, and a portfolio's initiatives share a few anchors and years. The
// numbers are the curve's own, so every sum is the same to the last bit.
class CachedCurve {
 public:
  explicit CachedCurve(DiscountCurve curve) : curve_(std::move(curve)) {}
  const DiscountCurve& curve() const noexcept { return curve_; }
  long double operator()(int year) {
    const long offset = long{year} - curve_.discount_year() + span;
    if (offset < 0 || offset >= 2 * span) return curve_.factor(year);
    const auto slot = static_cast<std::size_t>(offset);
    if (!known_[slot]) {
      factors_[slot] = curve_.factor(year);
      known_[slot] = true;
    }
    return factors_[slot];
  }

 private:
  static constexpr long span = 256;  // years either side of the discount year kept
  DiscountCurve curve_;
  std::vector<long double> factors_ = std::vector<long double>(2 * span);
  std::vector<bool> known_ = std::vector<bool>(2 * span);
};

// One cached curve per band anchor.
class Curves {
 public:
  Curves(const ParameterSet& set, int discount_year) : set_(set), discount_year_(discount_year) {}
  CachedCurve& of(int band_anchor_year) {
    auto found = by_anchor_.find(band_anchor_year);
    if (found == by_anchor_.end())
      found = by_anchor_.emplace(band_anchor_year, CachedCurve(DiscountCurve(set_.bands, band_anchor_year, discount_year_)))
                  .first;
    return found->second;
  }

 private:
  const ParameterSet& set_;
  int discount_year_;
  std::map<int, CachedCurve> by_anchor_;
};

long double discounted_sum(const std::vector<FlowLine>& lines, CachedCurve& curve, Currency currency,
                           auto&& select) {
  long double sum = 0;
  for (const auto& line : lines) {
    detail::require_currency(line.flow, currency);
    if (select(line)) sum += static_cast<long double>(line.flow.amount.minor_units()) * curve(line.flow.year);
  }
  return sum;
}

void finish_curves(Appraisal& appraisal, const Raw& raw, bool with_irr) {
  appraisal.cumulative_nominal = detail::cumulative(raw.nominal, appraisal.currency);
  appraisal.cumulative_discounted = detail::cumulative(raw.discounted, appraisal.currency);
  if (!appraisal.cumulative_nominal.empty()) {
    appraisal.nominal_hump = hump(appraisal.cumulative_nominal);
    appraisal.discounted_hump = hump(appraisal.cumulative_discounted);
    appraisal.payback_year = appraisal.nominal_hump->positive_year;
    appraisal.discounted_payback_year = appraisal.discounted_hump->positive_year;
  }
  if (with_irr) appraisal.irr = detail::internal_rates_of_return(raw.nominal);
  appraisal.benefit_cost_ratio = benefit_cost_ratio(appraisal.pv_benefits, appraisal.pv_costs);
  appraisal.net_benefit_per_budget_krone =
      net_benefit_per_budget_krone(appraisal.npv_with_tax_financing, -appraisal.pv_public_budget);
  appraisal.npv_per_invested_krone = npv_per_invested_krone(appraisal.npv_with_tax_financing, appraisal.pv_investment);
}

InitiativeAppraisal appraise_unnamed(const Portfolio& portfolio, const Initiative& initiative, const ParameterSet& set,
                                     const AppraisalOptions& options, const ContributionIndex& index, int discount_year,
                                     Curves& curves, Raw& raw) {
  const Currency currency = portfolio.currency;
  InitiativeAppraisal result;
  result.parameter_set = set.id;
  result.initiative = initiative.id;
  result.title = initiative.title;
  Appraisal& appraisal = result.appraisal;
  appraisal.currency = currency;
  appraisal.discount_year = discount_year;
  for (Money* money : {&appraisal.pv_benefits, &appraisal.pv_costs, &appraisal.pv_investment, &appraisal.npv,
                       &appraisal.residual_value, &appraisal.pv_public_budget, &appraisal.pv_tax_financing,
                       &appraisal.npv_with_tax_financing, &appraisal.beyond_horizon_benefits,
                       &appraisal.beyond_horizon_costs})
    *money = Money::zero(currency);

  std::vector<FlowLine> lines = flow_lines(portfolio, initiative, set, options, index);
  for (const Benefit* benefit : index.benefits_of(initiative))
    if (!valued_in_money(*benefit)) appraisal.unvalued_benefits.push_back(unvalued(*benefit));

  int opening = options.opening_year.value_or(first_year(lines, true));
  if (opening == INT_MAX) opening = first_year(lines, false);
  if (opening == INT_MAX) opening = discount_year;
  result.opening_year = opening;
  result.band_anchor_year = set.band_anchor_year.value_or(opening);
  CachedCurve& curve = curves.of(result.band_anchor_year);

  // Horizon: years before opening + analysis period, and with residual value up to opening + lifetime.
  const long analysis_end = set.analysis_period_years ? long{opening} + *set.analysis_period_years : LONG_MAX;
  const long lifetime_end = set.lifetime_years ? long{opening} + *set.lifetime_years : analysis_end;
  const long horizon_end = set.residual_value ? lifetime_end : analysis_end;

  for (auto& line : lines) {
    if (line.flow.year < horizon_end) {
      appraisal.flows.push_back(std::move(line));
    } else if (line.category == FlowCategory::benefit) {
      appraisal.beyond_horizon_benefits += line.flow.amount;
    } else {
      appraisal.beyond_horizon_costs -= line.flow.amount;
    }
  }
  const auto& valued = appraisal.flows;
  const bool hours_invested = options.internal_hours_are_investment;
  auto pv = [&](auto&& select) { return round_to_minor(discounted_sum(valued, curve, currency, select), currency); };
  appraisal.pv_benefits = pv([](const FlowLine& l) { return l.category == FlowCategory::benefit; });
  appraisal.pv_costs = -pv([](const FlowLine& l) { return is_cost(l.category); });
  appraisal.pv_investment = -pv([&](const FlowLine& l) {
    return l.category == FlowCategory::investment || (hours_invested && l.category == FlowCategory::internal_hours);
  });
  appraisal.npv = pv([](const FlowLine&) { return true; });
  appraisal.residual_value = pv([&](const FlowLine& l) { return l.flow.year >= analysis_end; });
  raw.nominal = detail::by_year(cash_flows(valued), currency);
  const detail::YearSeries public_part = detail::public_series(valued, currency);
  appraisal.pv_public_budget = detail::public_budget_effect(public_part, curve, currency);
  appraisal.pv_tax_financing =
      detail::present_value_of_tax_financing(public_part, curve, set.tax_financing_rate, currency);
  appraisal.npv_with_tax_financing =
      detail::npv_with_tax_financing(raw.nominal, public_part, curve, set.tax_financing_rate, currency);
  appraisal.tax_financing = detail::tax_financing_flows(public_part, set.tax_financing_rate, currency);

  // Per benefit, in the portfolio's order.
  for (const Benefit* benefit : index.benefits_of(initiative)) {
    if (!valued_in_money(*benefit)) continue;
    BenefitValue value{benefit->id, benefit->title, share_of(*benefit, initiative.id), Money::zero(currency),
                       Money::zero(currency), Money::zero(currency)};
    for (const auto& line : valued)
      if (line.benefit == benefit->id) value.nominal += line.flow.amount;
    value.present_value = pv([&](const FlowLine& l) { return l.benefit == benefit->id; });
    appraisal.benefits.push_back(std::move(value));
  }

  raw.discounted = detail::discounted(raw.nominal, curve);
  finish_curves(appraisal, raw, options.internal_rates_of_return);
  return result;
}

// An amount out of range names the initiative (or, from inside, its cost line or benefit).
InitiativeAppraisal appraise(const Portfolio& portfolio, const Initiative& initiative, const ParameterSet& set,
                             const AppraisalOptions& options, const ContributionIndex& index, int discount_year,
                             Curves& curves, Raw& raw) {
  return detail::naming_overflow(
      [&] { return detail::where_is(portfolio, initiative); },
      [&] { return appraise_unnamed(portfolio, initiative, set, options, index, discount_year, curves, raw); });
}

int default_discount_year(const ParameterSet& set, const std::vector<std::vector<FlowLine>>& all_lines) {
  if (set.discount_year) return *set.discount_year;
  int first = INT_MAX;
  for (const auto& lines : all_lines) first = std::min(first, first_year(lines, false));
  return first == INT_MAX ? 0 : first;
}

}  // namespace

std::vector<FlowLine> initiative_flow_lines(const Portfolio& portfolio, const InitiativeId& id,
                                            const ParameterSet& parameters, const AppraisalOptions& options) {
  const Initiative* initiative = portfolio.find_initiative(id);
  if (!initiative) throw unknown_id(id.str(), "no initiative has this id");
  return flow_lines(portfolio, *initiative, effective_parameters(parameters, options), options,
                    ContributionIndex(portfolio));
}

InitiativeAppraisal appraise_initiative(const Portfolio& portfolio, const InitiativeId& id,
                                        const ParameterSet& parameters, const AppraisalOptions& options) {
  const Initiative* initiative = portfolio.find_initiative(id);
  if (!initiative) throw unknown_id(id.str(), "no initiative has this id");
  const ParameterSet set = effective_parameters(parameters, options);
  const ContributionIndex index(portfolio);
  const int discount_year = default_discount_year(set, {flow_lines(portfolio, *initiative, set, options, index)});
  Curves curves(set, discount_year);
  Raw raw;
  return appraise(portfolio, *initiative, set, options, index, discount_year, curves, raw);
}

PortfolioAppraisal appraise_portfolio(const Portfolio& portfolio, const ParameterSet& parameters,
                                      const AppraisalOptions& options) {
  const ParameterSet set = effective_parameters(parameters, options);
  const Currency currency = portfolio.currency;
  const ContributionIndex index(portfolio);
  int discount_year = 0;
  if (set.discount_year) {
    discount_year = *set.discount_year;
  } else {
    std::vector<std::vector<FlowLine>> all_lines;
    for (const auto& initiative : portfolio.initiatives)
      all_lines.push_back(flow_lines(portfolio, initiative, set, options, index));
    discount_year = default_discount_year(set, all_lines);
    if (std::all_of(all_lines.begin(), all_lines.end(), [](const auto& lines) { return lines.empty(); })) {
      // No initiative has a flow: the earliest profile year of a valued benefit, if any.
      int first = INT_MAX;
      for (const auto& benefit : portfolio.benefits)
        if (valued_in_money(benefit))
          for (const auto& planned : benefit.profile) first = std::min(first, planned.year);
      if (first != INT_MAX) discount_year = first;
    }
  }

  PortfolioAppraisal result;
  result.parameter_set = set.id;
  Appraisal& total = result.total;
  total.currency = currency;
  total.discount_year = discount_year;
  for (Money* money : {&total.pv_benefits, &total.pv_costs, &total.pv_investment, &total.npv, &total.residual_value,
                       &total.pv_public_budget, &total.pv_tax_financing, &total.npv_with_tax_financing,
                       &total.beyond_horizon_benefits, &total.beyond_horizon_costs})
    *money = Money::zero(currency);

  Curves curves(set, discount_year);
  Raw sum;
  std::map<int, Money> tax_financing;
  std::map<BenefitId, BenefitValue> by_benefit;
  for (const auto& initiative : portfolio.initiatives) {
    Raw raw;
    auto appraised = appraise(portfolio, initiative, set, options, index, discount_year, curves, raw);
    const Appraisal& a = appraised.appraisal;
    detail::naming_overflow(
        [&] { return detail::where_is(portfolio, initiative, "the portfolio's total, adding "); },
        [&] {
          total.pv_benefits += a.pv_benefits;
          total.pv_costs += a.pv_costs;
          total.pv_investment += a.pv_investment;
          total.npv += a.npv;
          total.residual_value += a.residual_value;
          total.pv_public_budget += a.pv_public_budget;
          total.pv_tax_financing += a.pv_tax_financing;
          total.npv_with_tax_financing += a.npv_with_tax_financing;
          total.beyond_horizon_benefits += a.beyond_horizon_benefits;
          total.beyond_horizon_costs += a.beyond_horizon_costs;
          for (const auto& item : a.tax_financing) {
            auto [it, inserted] = tax_financing.try_emplace(item.year, item.amount);
            if (!inserted) it->second += item.amount;
          }
          for (const auto& value : a.benefits) {
            auto [it, inserted] = by_benefit.try_emplace(value.id, value);
            if (!inserted) {
              it->second.nominal += value.nominal;
              it->second.present_value += value.present_value;
            }
          }
        });
    total.flows.insert(total.flows.end(), a.flows.begin(), a.flows.end());
    detail::add(sum.nominal, raw.nominal);
    detail::add(sum.discounted, raw.discounted);
    result.initiatives.push_back(std::move(appraised));
  }
  for (const auto& [year, amount] : tax_financing)
    if (!amount.is_zero()) total.tax_financing.push_back({year, amount});

  // Every benefit of the portfolio, in its order: valued ones with their attributed sums and the
  // part no initiative carries (on a curve anchored at the set's anchor or the discount year,
  // all profile years, shown only); the others as unvalued.
  CachedCurve& unattributed_curve = curves.of(set.band_anchor_year.value_or(discount_year));
  for (const auto& benefit : portfolio.benefits) {
    if (!valued_in_money(benefit)) {
      total.unvalued_benefits.push_back(unvalued(benefit));
      continue;
    }
    if (benefit.value_per_unit->currency() != currency)
      throw Error(ErrorCode::currency_mismatch, "benefit \"" + benefit.id.str() + "\" is valued in " +
                                                    std::string(currency_code(benefit.value_per_unit->currency())) +
                                                    ", the portfolio in " + std::string(currency_code(currency)));
    BenefitValue value = detail::naming_overflow(
        [&] { return detail::where_is(portfolio, benefit); },
        [&] {
          BenefitValue named{benefit.id, benefit.title, 0, Money::zero(currency), Money::zero(currency), Money::zero(currency)};
          if (auto found = by_benefit.find(benefit.id); found != by_benefit.end()) named = found->second;
          named.share_basis_points = shares_of(benefit, index);
          std::vector<CashFlow> remainder;
          for (const auto& planned : benefit.profile)
            remainder.push_back({planned.year, in_analysis_prices(unattributed_in(benefit, planned_value(benefit, planned, currency), index), set, options)});
          // present_value(remainder, curve), with the curve's factors from the cache.
          named.unattributed_present_value = round_to_minor(
              detail::total(detail::discounted(detail::by_year(remainder, currency), unattributed_curve)), currency);
          return named;
        });
    total.benefits.push_back(std::move(value));
  }

  detail::naming_overflow([] { return std::pair<std::string, std::string>{"/initiatives", "the portfolio's total"}; },
                          [&] { finish_curves(total, sum, options.internal_rates_of_return); });
  return result;
}

}  // namespace tiltak
