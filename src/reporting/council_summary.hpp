#pragma once
// What the report's first part (the summary a council reads before the appendices) says beyond
// the key figures, worked out once for the HTML and Markdown forms: the red initiatives and why,
// the changes since the previous report by kind, and each budget year against its frames.

#include <string>
#include <vector>

#include "tiltak/reporting/report.hpp"

namespace tiltak::detail {

// An initiative whose overall status is red and that is not dropped, with the reasons in the report's language: each
// red dimension with its comment, a slip past the planned finish, each prerequisite at risk.
struct RedItem {
  const InitiativeReport* initiative = nullptr;
  std::vector<std::string> reasons;
};
std::vector<RedItem> red_items(const PortfolioReport& report);

// The changes since the previous report of one kind, and the initiatives they touch (each id once).
struct ChangeGroup {
  ChangeKind kind = ChangeKind::added;
  std::size_t count = 0;
  std::vector<std::string> ids;
};
std::vector<ChangeGroup> change_groups(const PortfolioReport& report);

// A budget year in words: "Over rammen" (on plan), "Over rammen etter prognose", "Over rammen
// med saker til beslutning" or "Innenfor rammen"; empty for a year without a frame.
std::string frame_status_text(const FrameYear& year, Language language);

}  // namespace tiltak::detail
