#pragma once
// The lifecycle of an initiative in the governance model (styringsmodell).

#include <optional>
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

}  // namespace tiltak
