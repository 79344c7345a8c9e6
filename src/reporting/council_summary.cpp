#include "reporting/council_summary.hpp"

#include <algorithm>

#include "reporting/report_words.hpp"
#include "tiltak/reporting/labels.hpp"

namespace tiltak::detail {

std::vector<RedItem> red_items(const PortfolioReport& report) {
  std::vector<RedItem> items;
  for (const auto& initiative : report.initiatives) {
    // A rejected or cancelled initiative's last red report asks nothing of the council.
    if (initiative.overall != Rag::red || is_dropped(initiative.stage)) continue;
    RedItem item{&initiative, {}};
    for (std::size_t d = 0; d < initiative.status.size(); ++d) {
      const auto& cell = initiative.status[d];
      if (!cell || cell->rag != Rag::red) continue;
      std::string reason(dimension_label(static_cast<StatusDimension>(d), report.language));
      if (!cell->comment.empty()) reason += ": " + cell->comment;
      item.reasons.push_back(std::move(reason));
    }
    if (initiative.slip_days && *initiative.slip_days > 0)
      item.reasons.push_back(std::string(word(Word::slip_days, report.language)) + ": " +
                             format_integer(*initiative.slip_days, report.language));
    for (const auto& dependency : initiative.dependencies_at_risk)
      item.reasons.push_back(std::string(word(Word::prerequisite, report.language)) + " " +
                             dependency.prerequisite.str() + ": " + prerequisite_problem_text(dependency, report.language));
    items.push_back(std::move(item));
  }
  return items;
}

std::vector<ChangeGroup> change_groups(const PortfolioReport& report) {
  std::vector<ChangeGroup> groups;
  for (const auto& change : report.changes) {
    auto group = std::find_if(groups.begin(), groups.end(), [&](const ChangeGroup& g) { return g.kind == change.kind; });
    if (group == groups.end()) group = groups.insert(groups.end(), ChangeGroup{change.kind, 0, {}});
    ++group->count;
    if (std::find(group->ids.begin(), group->ids.end(), change.id.str()) == group->ids.end())
      group->ids.push_back(change.id.str());
  }
  std::sort(groups.begin(), groups.end(), [](const ChangeGroup& a, const ChangeGroup& b) { return a.kind < b.kind; });
  return groups;
}

std::string frame_status_text(const FrameYear& year, Language language) {
  if (!year.frame_investment && !year.frame_operating) return {};
  const Word status = year.over_frame_on_plan         ? Word::over_frame
                      : year.over_frame               ? Word::over_frame_on_forecast
                      : year.over_frame_with_pipeline ? Word::over_frame_with_pipeline
                                                      : Word::within_frame;
  return std::string(word(status, language));
}

}  // namespace tiltak::detail
