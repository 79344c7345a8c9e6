#pragma once
// Benefit realisation tracking: the planned profile against dated measurements, as of a date.
//
// Per benefit (docs/benefits.md, "Realisation tracking"):
//  - a measurement's annual level: its value, or a period total × 365 / the period's days;
//  - realisation degree of a measurement = (annual level − baseline) / (target − baseline); the same
//    formula for both directions, but a target on the wrong side of the baseline for the
//    indicator's direction is flagged and gives no degree;
//  - planned degree in a year = the year's profile quantity / the largest profile quantity (the
//    target is the full rate); without a profile, linear from the baseline date (0) to the
//    target date (1);
//  - realised money of a year = degree of the year's latest measurement × largest profile
//    quantity × value per unit; planned money = planned_value() of the profile years;
//  - forecast: ordinary least squares of degree on time over the measurements up to the date.
// Rolled up: the sums over the benefits and the number of benefits with each flag.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "tiltak/core/date.hpp"
#include "tiltak/model/names.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak {

enum class RealisationFlag {
  behind_plan,               // the latest degree is below the planned degree of its year
  no_measurement_when_due,   // a profile year has ended (plus grace) without a measurement since its start
  no_owner,                  // nobody is responsible for realising it
  not_measurable,            // no baseline, no target, or target equal to the baseline
  target_against_direction,  // the target is on the wrong side of the baseline for the direction
};
template <>
std::span<const EnumName<RealisationFlag>> enum_names<RealisationFlag>() noexcept;

struct RealisationOptions {
  Date as_of;                     // measurements after this date are ignored
  int measurement_grace_days = 0;  // a year's measurement is due this many days after 31 December
  double behind_plan_tolerance = 0;  // behind plan when degree < planned degree − tolerance
};

// One measurement seen against the plan, a period total at its annual level.
struct MeasuredPoint {
  Date date;
  double value = 0;                   // as recorded
  std::optional<Date> period_start;   // the period of a period total
  double annual_level = 0;            // annual_level(): what the degree is computed from
  std::optional<double> degree;          // empty when the benefit is not measurable
  std::optional<double> planned_degree;  // the plan at that date
  bool operator==(const MeasuredPoint&) const = default;
};

// One profile year: planned against realised.
struct RealisationYear {
  int year = 0;
  double planned_quantity = 0;
  double planned_degree = 0;
  std::optional<double> degree;          // of the latest measurement in the year (up to as_of)
  Money planned_value{0, Currency::NOK};
  std::optional<Money> realised_value;   // empty without a measurement in the year or a money value
  bool operator==(const RealisationYear&) const = default;
};

// The trend: degree(t) = intercept + slope × (t − first measurement), t in years of 365.25 days.
struct RealisationForecast {
  double slope_per_year = 0;
  double intercept = 0;
  std::optional<double> degree_at_target;  // at the target's date
  // When the trend reaches degree 1 (slope > 0), always after the as-of date: none when the
  // trend reached it by then (regression #22: a "forecast" dated before the report).
  std::optional<Date> full_realisation;
  // The money of the profile years after the as-of year at the trend's degree at each year's
  // end, clamped to [0, 1] (the trend is not extrapolated beyond the target).
  Money remaining_value{0, Currency::NOK};
  bool operator==(const RealisationForecast&) const = default;
};

struct BenefitRealisation {
  BenefitId id;
  std::string title;
  std::optional<PersonId> owner;
  IndicatorDirection direction = IndicatorDirection::increase;
  bool valued_in_money = false;
  std::vector<MeasuredPoint> measurements;  // up to as_of, by date
  std::optional<double> latest_degree;
  std::optional<double> planned_degree_now;  // the plan at as_of
  std::vector<RealisationYear> years;        // profile years
  Money planned_to_date{0, Currency::NOK};   // planned money of profile years ≤ as-of year
  // Its part attributed to no initiative (contributor shares under 100 %): whole benefits are
  // tracked, the appraisal and the report's economy count the attributed parts only.
  Money planned_to_date_unattributed{0, Currency::NOK};
  Money realised_to_date{0, Currency::NOK};  // realised money of those years
  std::optional<RealisationForecast> forecast;  // needs two measurements on different dates
  std::vector<RealisationFlag> flags;
  Date as_of;  // the day the realisation is read on (options.as_of)
  bool operator==(const BenefitRealisation&) const = default;
};

struct RealisationSummary {
  Date as_of;
  Currency currency = Currency::NOK;
  Money planned_to_date{0, Currency::NOK};
  Money planned_to_date_unattributed{0, Currency::NOK};  // as BenefitRealisation's, summed
  Money realised_to_date{0, Currency::NOK};
  Money forecast_remaining{0, Currency::NOK};
  int behind_plan = 0, no_measurement_when_due = 0, no_owner = 0, not_measurable = 0, target_against_direction = 0;
  std::vector<BenefitRealisation> benefits;  // portfolio order
  bool operator==(const RealisationSummary&) const = default;
};

// The realisation degree (measured − baseline) / (target − baseline); empty when target equals
// baseline or lies against the direction (a decrease with target > baseline, or the reverse).
std::optional<double> realisation_degree(double measured, double baseline, double target, IndicatorDirection direction);

// Throws Error(invalid_argument) for a not-a-date as_of or a negative grace, Error(not_found)
// for an unknown benefit.
BenefitRealisation benefit_realisation(const Portfolio& portfolio, const BenefitId& id, const RealisationOptions& options);
RealisationSummary portfolio_realisation(const Portfolio& portfolio, const RealisationOptions& options);
// Over the benefits `include` accepts (a report's scope, say); the sums and counts are theirs.
RealisationSummary portfolio_realisation(const Portfolio& portfolio, const RealisationOptions& options,
                                         const std::function<bool(const Benefit&)>& include);

}  // namespace tiltak
