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

// An indicator value at a date (baseline, target or a measurement).
struct IndicatorValue {
  double value = 0;  // a measured quantity, not an amount of money
  Date date;
  std::string note;
  bool operator==(const IndicatorValue&) const = default;
};

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
