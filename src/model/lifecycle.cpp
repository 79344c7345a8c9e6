#include "tiltak/model/lifecycle.hpp"

#include <array>
#include <utility>

namespace tiltak {
namespace {

constexpr std::array<std::pair<Stage, std::string_view>, 12> names{{
    {Stage::idea, "idea"},
    {Stage::registered, "registered"},
    {Stage::anchored, "anchored"},
    {Stage::in_council, "in_council"},
    {Stage::recommended, "recommended"},
    {Stage::approved, "approved"},
    {Stage::in_progress, "in_progress"},
    {Stage::completed, "completed"},
    {Stage::closed, "closed"},
    {Stage::rejected, "rejected"},
    {Stage::paused, "paused"},
    {Stage::cancelled, "cancelled"},
}};

}  // namespace

std::string_view stage_name(Stage stage) noexcept {
  for (const auto& [s, name] : names)
    if (s == stage) return name;
  return "unknown";
}

std::optional<Stage> stage_from_name(std::string_view name) noexcept {
  for (const auto& [s, known] : names)
    if (known == name) return s;
  return std::nullopt;
}

bool is_active(Stage stage) noexcept { return stage == Stage::approved || stage == Stage::in_progress; }

bool is_dropped(Stage stage) noexcept { return stage == Stage::rejected || stage == Stage::cancelled; }

bool is_approved(Stage stage) noexcept {
  return stage == Stage::approved || stage == Stage::in_progress || stage == Stage::completed ||
         stage == Stage::closed;
}

Commitment commitment_of(Stage stage) noexcept {
  if (is_approved(stage)) return Commitment::committed;
  if (is_dropped(stage)) return Commitment::dropped;
  return stage == Stage::paused ? Commitment::paused : Commitment::pipeline;
}

}  // namespace tiltak
