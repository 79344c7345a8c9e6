#pragma once
// A benefit (gevinst): an effect seen as positive by at least one stakeholder, planned early
// and followed over time, often landing in another unit than the ones that paid.

#include <optional>
#include <string>
#include <vector>

#include "tiltak/core/date.hpp"
#include "tiltak/core/id.hpp"
#include "tiltak/core/money.hpp"

namespace tiltak {

enum class BenefitKind {
  cash_releasing,  // budget effect that can be withdrawn (gevinstuttak)
  non_cash,        // quantified but not withdrawn: hours saved, fewer errors
  qualitative,     // not quantified: better quality, user satisfaction
};

// Who gains. A unit or member of the organisation, or a party outside it.
enum class RecipientKind { unit, member, citizens, businesses, other_public_bodies };

struct Recipient {
  RecipientKind kind = RecipientKind::unit;
  std::string id;  // the unit or member id; empty for parties outside the organisation
  bool operator==(const Recipient&) const = default;
};

enum class IndicatorDirection { increase, decrease };  // which way is better

struct Indicator {
  std::string name;  // "saksbehandlingstid"
  std::string unit;  // "hours", "days", "NOK"
  IndicatorDirection direction = IndicatorDirection::increase;
  bool operator==(const Indicator&) const = default;
};

// An indicator value at a date (baseline, target or a measurement). A measurement is the
// indicator's annual level at its date or, with period_start, the total over the period from
// period_start to date, both included (hours saved in the first half-year).
struct IndicatorValue {
  double value = 0;  // a measured quantity, not an amount of money
  Date date;
  std::string note;
  std::optional<Date> period_start;  // a measurement's period, when its value is a period total
  bool operator==(const IndicatorValue&) const = default;
};

// The longest period a period total may cover: a leap year.
inline constexpr int max_measurement_period_days = 366;

// The annual level a measurement stands for: its value, or its period total × 365 / the days
// of the period (a half-year's 1 400 hours over 181 days: 2 823.2 a year).
double annual_level(const IndicatorValue& measurement) noexcept;

// The benefit planned in one year, in indicator units (e.g. 1 200 hours saved in 2027).
struct PlannedBenefit {
  int year = 0;
  double quantity = 0;
  bool operator==(const PlannedBenefit&) const = default;
};

// An initiative that contributes to the benefit, with its attribution share, so that a benefit
// fed by several initiatives is not double-counted. Shares of one benefit sum to ≤ 10 000.
struct Contribution {
  InitiativeId initiative;
  int share_basis_points = 10000;
  bool operator==(const Contribution&) const = default;
};

struct Benefit {
  BenefitId id;
  std::string title;
  BenefitKind kind = BenefitKind::non_cash;
  Recipient recipient;
  std::optional<PersonId> owner;
  Indicator indicator;
  std::optional<IndicatorValue> baseline;
  std::optional<IndicatorValue> target;
  std::vector<PlannedBenefit> profile;
  // Money per indicator unit, if the benefit is valued in money.
  std::optional<Money> value_per_unit;
  std::vector<IndicatorValue> measurements;
  std::vector<Contribution> contributors;
  std::vector<GoalId> goals;  // strategic goals the benefit serves
  bool operator==(const Benefit&) const = default;
};

}  // namespace tiltak

namespace tiltak {

// The planned benefit of one profile year in money: quantity × value per unit, rounded to the
// minor unit by round_to_minor(). Zero when the benefit is not valued in money.
Money planned_value(const Benefit& benefit, const PlannedBenefit& planned, Currency currency);
// The sum of planned_value() over the whole profile.
Money planned_value_total(const Benefit& benefit, Currency currency);

}  // namespace tiltak
