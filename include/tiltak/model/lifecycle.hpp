#pragma once
// The lifecycle of an initiative in the governance model (styringsmodell).

#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>

namespace tiltak {

// idea → registered → anchored → in_council → recommended → approved → in_progress →
// completed → closed, and the side states rejected, paused, cancelled.
enum class Stage {
  idea,
  registered,
  anchored,
  in_council,
  recommended,
  approved,
  in_progress,
  completed,
  closed,
  rejected,
  paused,
  cancelled,
};

inline constexpr Stage all_stages[] = {Stage::idea,        Stage::registered, Stage::anchored,  Stage::in_council,
                                       Stage::recommended, Stage::approved,   Stage::in_progress, Stage::completed,
                                       Stage::closed,      Stage::rejected,   Stage::paused,    Stage::cancelled};

std::string_view stage_name(Stage stage) noexcept;  // "in_council"
std::optional<Stage> stage_from_name(std::string_view name) noexcept;

// Approved and not yet finished or stopped: the initiative draws on budget and capacity.
bool is_active(Stage stage) noexcept;
// Will not happen (rejected or cancelled).
bool is_dropped(Stage stage) noexcept;
// Approved, in progress, completed or closed: the council has said yes.
bool is_approved(Stage stage) noexcept;

// Where an initiative stands towards the budget, so that no total mixes what was decided with
// what was not: committed (approved, in progress, completed, closed), pipeline (not decided yet:
// an idea or anything awaiting a decision), paused, dropped (rejected, cancelled).
enum class Commitment { committed, pipeline, paused, dropped };
Commitment commitment_of(Stage stage) noexcept;

// Which commitments a total counts: the committed initiatives only unless asked otherwise.
class Commitments {
 public:
  constexpr Commitments() noexcept = default;  // committed only
  constexpr Commitments(std::initializer_list<Commitment> counted) noexcept
      : Commitments(std::span<const Commitment>(counted.begin(), counted.size())) {}
  constexpr explicit Commitments(std::span<const Commitment> counted) noexcept : mask_(0) {
    for (const Commitment c : counted) mask_ |= bit(c);
  }
  constexpr bool contains(Commitment c) const noexcept { return (mask_ & bit(c)) != 0; }
  bool counts(Stage stage) const noexcept { return contains(commitment_of(stage)); }
  constexpr bool operator==(const Commitments&) const noexcept = default;

 private:
  static constexpr unsigned bit(Commitment c) noexcept { return 1u << static_cast<unsigned>(c); }
  unsigned mask_ = bit(Commitment::committed);
};

}  // namespace tiltak
