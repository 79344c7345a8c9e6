#include "tiltak/graph/impact.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "tiltak/core/date_range.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/core/problem_value.hpp"
#include "tiltak/graph/incremental_schedule.hpp"
#include "tiltak/model/planned_values.hpp"
#include "tiltak/model/shares.hpp"

namespace tiltak {
namespace {

long days_between(Date from, Date to) { return static_cast<long>((to - from).days()); }

// `amounts` spread over contributors: each contributor's share moves by its own shift.
std::vector<CashFlow> moved_profile(const Benefit& benefit, const std::vector<CashFlow>& planned,
                                      const std::map<std::string, long>& finish_shift) {
  std::map<int, Money> total;
  auto add = [&](const std::vector<CashFlow>& amounts) {
    for (const auto& [year, amount] : amounts) {
      auto [it, inserted] = total.try_emplace(year, amount);
      if (!inserted) it->second += amount;
    }
  };
  // Each year's amount split over the contributors, and the part no initiative is credited with last.
  std::vector<std::vector<CashFlow>> parts(benefit.contributors.size() + 1);
  for (const auto& [year, amount] : planned) {
    const auto split = contributor_parts(amount, benefit);
    for (std::size_t i = 0; i < split.size(); ++i) parts[i].push_back({year, split[i]});
  }
  for (std::size_t i = 0; i < benefit.contributors.size(); ++i) {
    const auto shift = finish_shift.find(benefit.contributors[i].initiative.str());
    add(shift == finish_shift.end() ? parts[i] : shift_by_days(parts[i], shift->second));
  }
  // The part no initiative is credited with stays where it is.
  if (std::any_of(parts.back().begin(), parts.back().end(), [](const CashFlow& part) { return !part.amount.is_zero(); }))
    add(parts.back());
  std::vector<CashFlow> out;
  for (const auto& [year, amount] : total) out.push_back({year, amount});
  return out;
}

std::optional<Date> latest_finish(const Benefit& benefit, const Schedule& schedule) {
  std::optional<Date> latest;
  for (const auto& contribution : benefit.contributors)
    if (const auto* s = schedule.find(contribution.initiative))
      if (!latest || s->earliest_finish > *latest) latest = s->earliest_finish;
  return latest;
}

}  // namespace

SlipImpact slip_impact(const Portfolio& portfolio, const InitiativeId& id, long days, const ScheduleOptions& options) {
  const Initiative* initiative = portfolio.find_initiative(id);
  if (!initiative) throw unknown_id(id.str(), "no initiative has this id");
  if (days < -longest_supported_span || days > longest_supported_span)  // no date moved that far stays supported
    throw Error(ErrorCode::invalid_argument, "a slip of " + std::to_string(days) + " days of " + id.str() +
                                                 " is longer than the supported dates " + supported_date_range());
  IncrementalSchedule schedule(portfolio, options);
  const Schedule before = schedule.schedule();
  if (!before.find(id)) throw Error(ErrorCode::not_found, id.str() + " is not scheduled (it has no dates)");

  Period planned = initiative->planned;
  const boost::gregorian::days shift(days);
  if (!initiative->actual.start && planned.start) planned.start = *planned.start + shift;
  if (planned.end) planned.end = *planned.end + shift;
  Period actual = initiative->actual;
  if (actual.end) actual.end = *actual.end + shift;  // a finished one "slips" in the record
  std::optional<Date> fixed = initiative->fixed_start;
  if (fixed) fixed = *fixed + shift;
  schedule.set_dates(id, planned, actual, fixed);
  const Schedule after = schedule.schedule();

  SlipImpact impact{id, days, {}, {}, before.finish, after.finish};
  std::map<std::string, long> finish_shift;
  for (const auto& old : before.initiatives) {
    const ScheduledInitiative* now = after.find(old.id);
    if (!now || (now->earliest_start == old.earliest_start && now->earliest_finish == old.earliest_finish)) continue;
    MovedInitiative moved{old.id, old.earliest_start, now->earliest_start, old.earliest_finish, now->earliest_finish,
                          days_between(old.earliest_start, now->earliest_start),
                          days_between(old.earliest_finish, now->earliest_finish)};
    finish_shift[old.id.str()] = moved.finish_shift_days;
    if (old.id == id)
      impact.moved.insert(impact.moved.begin(), std::move(moved));
    else
      impact.moved.push_back(std::move(moved));
  }
  for (const auto& benefit : portfolio.benefits) {
    const bool affected = std::any_of(benefit.contributors.begin(), benefit.contributors.end(),
                                      [&](const Contribution& c) { return finish_shift.contains(c.initiative.str()); });
    if (!affected) continue;
    const auto planned_values = planned_yearly_values(benefit, portfolio.currency);
    MovedBenefit moved{benefit.id, {}, {}, planned_values, moved_profile(benefit, planned_values, finish_shift), {}};
    moved.change = yearly_change(moved.before, moved.after);
    if (auto delivery = latest_finish(benefit, before)) moved.old_delivery = *delivery;
    if (auto delivery = latest_finish(benefit, after)) moved.new_delivery = *delivery;
    impact.benefits.push_back(std::move(moved));
  }
  return impact;
}

CancelImpact cancel_impact(const Portfolio& portfolio, const InitiativeId& id) {
  const DependencyGraph graph(portfolio);
  const auto node = graph.find(id.str());
  if (!node || graph.nodes()[*node].kind != GraphNodeKind::initiative)
    throw unknown_id(id.str(), "no initiative in play has this id (unknown, rejected or cancelled)");

  CancelImpact impact{id, {}, {}, {}, {}};
  for (std::size_t e : graph.out_edges(*node)) impact.lose_prerequisite.emplace_back(graph.nodes()[graph.edges()[e].to].id);
  std::sort(impact.lose_prerequisite.begin(), impact.lose_prerequisite.end());
  impact.lose_prerequisite.erase(std::unique(impact.lose_prerequisite.begin(), impact.lose_prerequisite.end()),
                                 impact.lose_prerequisite.end());
  std::set<std::string> downstream;
  for (std::size_t n : graph.downstream(*node)) {
    impact.downstream.emplace_back(graph.nodes()[n].id);
    downstream.insert(graph.nodes()[n].id);
  }
  for (const auto& benefit : portfolio.benefits) {
    const auto parts = contributor_parts(planned_value_total(benefit, portfolio.currency), benefit);
    for (std::size_t i = 0; i < benefit.contributors.size(); ++i)
      if (benefit.contributors[i].initiative == id)
        impact.benefits.push_back({benefit.id, benefit.contributors[i].share_basis_points, parts[i]});
    const bool at_risk = std::any_of(benefit.contributors.begin(), benefit.contributors.end(),
                                     [&](const Contribution& c) { return downstream.contains(c.initiative.str()); });
    if (at_risk) impact.benefits_at_risk.push_back(benefit.id);
  }
  return impact;
}

}  // namespace tiltak
