#pragma once
// What a slip or a cancellation does to everything downstream: which initiatives move and by how
// much, which lose a prerequisite, and which benefits move or lose a contributor.

#include <optional>
#include <vector>

#include "tiltak/core/cash_flow.hpp"
#include "tiltak/graph/schedule.hpp"

namespace tiltak {

struct MovedInitiative {
  InitiativeId id;
  Date old_start, new_start;
  Date old_finish, new_finish;
  long start_shift_days = 0, finish_shift_days = 0;  // calendar days
  bool operator==(const MovedInitiative&) const = default;
};

// A benefit whose contributors' finishes move: each contributor's attributed part of the planned
// profile moves with that contributor's finish.
struct MovedBenefit {
  BenefitId id;
  Date old_delivery, new_delivery;     // the latest finish among its scheduled contributors
  std::vector<CashFlow> before, after;  // planned value per budget year
  std::vector<CashFlow> change;         // after − before: negative where value moves out of a year
  bool operator==(const MovedBenefit&) const = default;
};

struct SlipImpact {
  InitiativeId initiative;
  long slip_days = 0;
  std::vector<MovedInitiative> moved;  // the slipped initiative first, then the others in portfolio order
  std::vector<MovedBenefit> benefits;
  std::optional<Date> old_finish, new_finish;  // of the whole portfolio
  bool operator==(const SlipImpact&) const = default;
};

// "What if `id` slips `days` days": an initiative not yet started moves its whole planned period;
// a started one finishes `days` later. Error(not_found) when it is not scheduled.
SlipImpact slip_impact(const Portfolio& portfolio, const InitiativeId& id, long days,
                       const ScheduleOptions& options = {});

struct LostContribution {
  BenefitId id;
  int lost_share_basis_points = 0;  // the cancelled initiative's attribution share
  Money lost_value{0, Currency::NOK};  // that share of the planned value
  bool operator==(const LostContribution&) const = default;
};

struct CancelImpact {
  InitiativeId initiative;
  std::vector<InitiativeId> lose_prerequisite;  // depend on it directly
  std::vector<InitiativeId> downstream;         // depend on it through others too
  std::vector<LostContribution> benefits;       // benefits it contributes to
  std::vector<BenefitId> benefits_at_risk;      // benefits whose contributors are downstream of it
  bool operator==(const CancelImpact&) const = default;
};

// "What if `id` is cancelled". Error(not_found) for an unknown or already dropped initiative.
CancelImpact cancel_impact(const Portfolio& portfolio, const InitiativeId& id);

}  // namespace tiltak
