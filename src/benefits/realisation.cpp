#include "tiltak/benefits/realisation.hpp"

#include <algorithm>
#include <cmath>

#include "benefits/overflow_context.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/core/problem_value.hpp"
#include "tiltak/model/shares.hpp"

namespace tiltak {

template <>
std::span<const EnumName<RealisationFlag>> enum_names() noexcept {
  static constexpr EnumName<RealisationFlag> names[] = {
      {RealisationFlag::behind_plan, "behind_plan"},
      {RealisationFlag::no_measurement_when_due, "no_measurement_when_due"},
      {RealisationFlag::no_owner, "no_owner"},
      {RealisationFlag::not_measurable, "not_measurable"},
      {RealisationFlag::target_against_direction, "target_against_direction"}};
  return names;
}

namespace {

constexpr double days_per_year = 365.25;

double years_between(Date from, Date to) { return static_cast<double>((to - from).days()) / days_per_year; }

bool valued_in_money(const Benefit& benefit) {
  return benefit.value_per_unit.has_value() && benefit.kind != BenefitKind::qualitative;
}

// The quantity of a fully realised year, the full rate reaching the target means: the largest
// profile quantity (validation checks that the profile does not reach it before the target's year).
double full_quantity(const Benefit& benefit) {
  double largest = 0;
  for (const auto& planned : benefit.profile) largest = std::max(largest, planned.quantity);
  return largest;
}

// The plan at a date: the ratio of the latest profile year up to the date's year to the full
// quantity; without a positive profile, linear from the baseline date to the target date.
std::optional<double> planned_degree(const Benefit& benefit, Date date) {
  const double largest = full_quantity(benefit);
  if (largest > 0) {
    const PlannedBenefit* latest = nullptr;
    for (const auto& planned : benefit.profile)
      if (planned.year <= date.year() && (!latest || planned.year > latest->year)) latest = &planned;
    return latest ? latest->quantity / largest : 0.0;
  }
  if (!benefit.baseline || !benefit.target || benefit.baseline->date.is_special() ||
      benefit.target->date.is_special() || benefit.target->date <= benefit.baseline->date)
    return std::nullopt;
  const double part = years_between(benefit.baseline->date, date) /
                      years_between(benefit.baseline->date, benefit.target->date);
  return std::clamp(part, 0.0, 1.0);
}

// The date by which a measurement is due, and since when it must be dated: the last profile year
// with a planned quantity that has ended (plus grace); without a profile, the target date.
struct Due {
  Date since;
  bool due = false;
};
Due measurement_due(const Benefit& benefit, const RealisationOptions& options) {
  const boost::gregorian::date_duration grace(options.measurement_grace_days);
  Due due;
  for (const auto& planned : benefit.profile) {
    if (planned.quantity <= 0) continue;
    const Date end(static_cast<unsigned short>(planned.year), 12, 31);
    if (end + grace < options.as_of && (!due.due || planned.year > due.since.year())) {
      due.due = true;
      due.since = Date(static_cast<unsigned short>(planned.year), 1, 1);
    }
  }
  if (benefit.profile.empty() && benefit.target && !benefit.target->date.is_special() &&
      benefit.target->date + grace < options.as_of) {
    due.due = true;
    due.since = benefit.target->date;
  }
  return due;
}

std::optional<RealisationForecast> forecast(const Benefit& benefit, const std::vector<MeasuredPoint>& points,
                                            const RealisationOptions& options, Currency currency) {
  std::vector<std::pair<double, double>> xy;
  for (const auto& point : points)
    if (point.degree) xy.emplace_back(years_between(points.front().date, point.date), *point.degree);
  if (xy.size() < 2) return std::nullopt;
  double mean_x = 0, mean_y = 0;
  for (const auto& [x, y] : xy) mean_x += x, mean_y += y;
  mean_x /= static_cast<double>(xy.size());
  mean_y /= static_cast<double>(xy.size());
  double sxy = 0, sxx = 0;
  for (const auto& [x, y] : xy) sxy += (x - mean_x) * (y - mean_y), sxx += (x - mean_x) * (x - mean_x);
  if (sxx == 0) return std::nullopt;
  RealisationForecast result;
  result.slope_per_year = sxy / sxx;
  result.intercept = mean_y - result.slope_per_year * mean_x;
  result.remaining_value = Money::zero(currency);
  const Date origin = points.front().date;
  auto at = [&](Date date) { return result.intercept + result.slope_per_year * years_between(origin, date); };
  if (!benefit.target->date.is_special()) result.degree_at_target = at(benefit.target->date);
  if (result.slope_per_year > 0) {
    const double years = (1.0 - result.intercept) / result.slope_per_year;
    // A forecast is of the future: a trend that reached degree 1 by the as-of date forecasts nothing.
    if (std::abs(years) < 1000)
      if (const Date reached = origin + boost::gregorian::date_duration(std::lround(years * days_per_year));
          reached > options.as_of)
        result.full_realisation = reached;
  }
  if (valued_in_money(benefit)) {
    const double largest = full_quantity(benefit);
    long double remaining = 0;
    for (const auto& planned : benefit.profile)
      if (planned.year > options.as_of.year())
        remaining += std::clamp(at(Date(static_cast<unsigned short>(planned.year), 12, 31)), 0.0, 1.0) * largest *
                     static_cast<long double>(benefit.value_per_unit->minor_units());
    result.remaining_value = round_to_minor(remaining, currency);
  }
  return result;
}

void check(const RealisationOptions& options) {
  if (options.as_of.is_special()) throw Error(ErrorCode::invalid_argument, "the as-of date must be a date");
  if (options.measurement_grace_days < 0)
    throw Error(ErrorCode::invalid_argument, "measurement_grace_days must not be negative, got " +
                                                 std::to_string(options.measurement_grace_days));
}

BenefitRealisation realise(const Benefit& benefit, const RealisationOptions& options, Currency currency) {
  if (benefit.value_per_unit && benefit.value_per_unit->currency() != currency)
    throw Error(ErrorCode::currency_mismatch, "benefit \"" + benefit.id.str() + "\" is valued in " +
                                                  std::string(currency_code(benefit.value_per_unit->currency())) +
                                                  ", the portfolio in " + std::string(currency_code(currency)));
  BenefitRealisation result;
  result.as_of = options.as_of;
  result.id = benefit.id;
  result.title = benefit.title;
  result.owner = benefit.owner;
  result.direction = benefit.indicator.direction;
  result.valued_in_money = valued_in_money(benefit);
  result.planned_to_date = result.planned_to_date_unattributed = result.realised_to_date = Money::zero(currency);

  const bool has_levels = benefit.baseline && benefit.target && benefit.target->value != benefit.baseline->value;
  const bool against = has_levels && !realisation_degree(benefit.target->value, benefit.baseline->value,
                                                         benefit.target->value, benefit.indicator.direction);
  std::vector<IndicatorValue> measured;
  for (const auto& m : benefit.measurements)
    if (!m.date.is_special() && m.date <= options.as_of) measured.push_back(m);
  std::stable_sort(measured.begin(), measured.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
  for (const auto& m : measured) {
    MeasuredPoint point{m.date, m.value, m.period_start, annual_level(m), std::nullopt, planned_degree(benefit, m.date)};
    if (has_levels)
      point.degree = realisation_degree(point.annual_level, benefit.baseline->value, benefit.target->value,
                                        benefit.indicator.direction);
    result.measurements.push_back(point);
  }
  if (!result.measurements.empty()) result.latest_degree = result.measurements.back().degree;
  result.planned_degree_now = planned_degree(benefit, options.as_of);

  const double largest = full_quantity(benefit);
  std::vector<PlannedBenefit> profile = benefit.profile;
  std::stable_sort(profile.begin(), profile.end(), [](const auto& a, const auto& b) { return a.year < b.year; });
  for (const auto& planned : profile) {
    RealisationYear year;
    year.year = planned.year;
    year.planned_quantity = planned.quantity;
    year.planned_degree = largest > 0 ? planned.quantity / largest : 0.0;
    year.planned_value = result.valued_in_money ? planned_value(benefit, planned, currency) : Money::zero(currency);
    for (const auto& point : result.measurements)
      if (point.date.year() == planned.year) year.degree = point.degree;
    if (year.degree && result.valued_in_money)
      year.realised_value = round_to_minor(static_cast<long double>(*year.degree) * largest *
                                               static_cast<long double>(benefit.value_per_unit->minor_units()),
                                           currency);
    if (planned.year <= options.as_of.year()) {
      result.planned_to_date += year.planned_value;
      result.planned_to_date_unattributed += unattributed_part(year.planned_value, benefit);
      if (year.realised_value) result.realised_to_date += *year.realised_value;
    }
    result.years.push_back(year);
  }
  if (has_levels && !against) result.forecast = forecast(benefit, result.measurements, options, currency);

  if (!result.measurements.empty()) {
    const auto& latest = result.measurements.back();
    if (latest.degree && latest.planned_degree && *latest.degree < *latest.planned_degree - options.behind_plan_tolerance)
      result.flags.push_back(RealisationFlag::behind_plan);
  }
  if (const Due due = measurement_due(benefit, options);
      due.due && std::none_of(result.measurements.begin(), result.measurements.end(),
                              [&](const MeasuredPoint& p) { return p.date >= due.since; }))
    result.flags.push_back(RealisationFlag::no_measurement_when_due);
  if (!benefit.owner) result.flags.push_back(RealisationFlag::no_owner);
  if (!has_levels) result.flags.push_back(RealisationFlag::not_measurable);
  if (against) result.flags.push_back(RealisationFlag::target_against_direction);
  return result;
}

// realise(), with an amount out of range named by the benefit and its pointer.
BenefitRealisation realise_named(const Portfolio& portfolio, const Benefit& benefit, const RealisationOptions& options) {
  return detail::naming_overflow(
      [&] { return detail::where_is(portfolio, benefit); },
      [&] { return realise(benefit, options, portfolio.currency); });
}

}  // namespace

std::optional<double> realisation_degree(double measured, double baseline, double target,
                                         IndicatorDirection direction) {
  const double wanted = target - baseline;
  if (wanted == 0) return std::nullopt;
  if ((direction == IndicatorDirection::increase) != (wanted > 0)) return std::nullopt;
  return (measured - baseline) / wanted;
}

BenefitRealisation benefit_realisation(const Portfolio& portfolio, const BenefitId& id,
                                       const RealisationOptions& options) {
  check(options);
  const Benefit* benefit = portfolio.find_benefit(id);
  if (!benefit) throw unknown_id(id.str(), "no benefit has this id");
  return realise_named(portfolio, *benefit, options);
}

RealisationSummary portfolio_realisation(const Portfolio& portfolio, const RealisationOptions& options) {
  return portfolio_realisation(portfolio, options, [](const Benefit&) { return true; });
}

RealisationSummary portfolio_realisation(const Portfolio& portfolio, const RealisationOptions& options,
                                         const std::function<bool(const Benefit&)>& include) {
  check(options);
  const Currency currency = portfolio.currency;
  RealisationSummary summary;
  summary.as_of = options.as_of;
  summary.currency = currency;
  summary.planned_to_date = summary.planned_to_date_unattributed = summary.realised_to_date =
      summary.forecast_remaining = Money::zero(currency);
  for (const auto& benefit : portfolio.benefits) {
    if (!include(benefit)) continue;
    BenefitRealisation result = realise_named(portfolio, benefit, options);
    detail::naming_overflow(
        [&] { return detail::where_is(portfolio, benefit, "the portfolio's realisation totals, adding "); },
        [&] {
          summary.planned_to_date += result.planned_to_date;
          summary.planned_to_date_unattributed += result.planned_to_date_unattributed;
          summary.realised_to_date += result.realised_to_date;
          if (result.forecast) summary.forecast_remaining += result.forecast->remaining_value;
        });
    for (RealisationFlag flag : result.flags) {
      switch (flag) {
        case RealisationFlag::behind_plan: ++summary.behind_plan; break;
        case RealisationFlag::no_measurement_when_due: ++summary.no_measurement_when_due; break;
        case RealisationFlag::no_owner: ++summary.no_owner; break;
        case RealisationFlag::not_measurable: ++summary.not_measurable; break;
        case RealisationFlag::target_against_direction: ++summary.target_against_direction; break;
      }
    }
    summary.benefits.push_back(std::move(result));
  }
  return summary;
}

}  // namespace tiltak
