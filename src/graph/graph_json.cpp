#include "tiltak/graph/graph_json.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "io/enum_names.hpp"
#include "io/json_output.hpp"
#include "tiltak/core/percent.hpp"

namespace tiltak {
namespace {

using Json = nlohmann::ordered_json;

using detail::date_or_null;

Json date_or_null(const Date& date) { return date.is_special() ? Json(nullptr) : Json(to_iso(date)); }

template <class Id>
Json ids(const std::vector<Id>& list) {
  Json out = Json::array();
  for (const auto& id : list) out.push_back(id.str());
  return out;
}

Json strings(const std::vector<std::string>& list) {
  Json out = Json::array();
  for (const auto& s : list) out.push_back(s);
  return out;
}

Json year_amounts(const std::vector<CashFlow>& amounts) {
  Json out = Json::array();
  for (const auto& [year, amount] : amounts) out.push_back({{"year", year}, {"amount", amount.to_string()}});
  return out;
}

Json issue_json(const GraphIssue& issue) {
  return {{"kind", enum_name(issue.kind)}, {"path", strings(issue.path)}, {"message", issue.message}};
}

}  // namespace

std::string graph_to_json(const DependencyGraph& graph, int indent) {
  const auto& nodes = graph.nodes();
  Json node_list = Json::array();
  for (const auto& node : nodes)
    node_list.push_back({{"id", node.id}, {"kind", enum_name(node.kind)}, {"title", node.title}});
  Json edge_list = Json::array();
  for (const auto& edge : graph.edges())
    edge_list.push_back({{"from", nodes[edge.from].id},
                         {"from_kind", enum_name(nodes[edge.from].kind)},
                         {"to", nodes[edge.to].id},
                         {"type", detail::enum_name(edge.type)},
                         {"lag_days", edge.lag_days}});
  Json issues = Json::array();
  for (const auto& issue : graph.issues()) issues.push_back(issue_json(issue));
  Json order = nullptr;
  if (!graph.has_cycles()) {
    order = Json::array();
    for (std::size_t n : graph.topological_order()) order.push_back(nodes[n].id);
  }
  const Json document{{"acyclic", !graph.has_cycles()},
                      {"cycles_truncated", graph.cycles_truncated()},
                      {"nodes", std::move(node_list)},
                      {"edges", std::move(edge_list)},
                      {"issues", std::move(issues)},
                      {"topological_order", std::move(order)}};
  return detail::dump_json(document, indent);
}

std::string schedule_to_json(const Schedule& schedule, int indent) {
  Json initiatives = Json::array();
  for (const auto& s : schedule.initiatives)
    initiatives.push_back({{"id", s.id.str()},
                           {"duration", s.duration},
                           {"earliest_start", date_or_null(s.earliest_start)},
                           {"earliest_finish", date_or_null(s.earliest_finish)},
                           {"latest_start", date_or_null(s.latest_start)},
                           {"latest_finish", date_or_null(s.latest_finish)},
                           {"total_float", s.total_float},
                           {"free_float", s.free_float},
                           {"critical", s.critical},
                           {"fixed", s.fixed},
                           {"delay_vs_plan", s.delay_vs_plan}});
  Json paths = Json::array();
  for (const auto& path : schedule.critical_paths) paths.push_back(ids(path));
  Json conflicts = Json::array();
  for (const auto& c : schedule.conflicts)
    conflicts.push_back({{"initiative", c.initiative.str()},
                         {"prerequisite", c.prerequisite},
                         {"fixed_start", date_or_null(c.fixed_start)},
                         {"earliest_allowed", date_or_null(c.earliest_allowed)},
                         {"message", c.message}});
  Json warnings = Json::array();
  for (const auto& issue : schedule.warnings) warnings.push_back(issue_json(issue));
  const Json document{{"calendar", calendar_kind_name(schedule.calendar)},
                      {"start", date_or_null(schedule.start)},
                      {"finish", date_or_null(schedule.finish)},
                      {"initiatives", std::move(initiatives)},
                      {"unscheduled", ids(schedule.unscheduled)},
                      {"critical_paths", std::move(paths)},
                      {"conflicts", std::move(conflicts)},
                      {"warnings", std::move(warnings)}};
  return detail::dump_json(document, indent);
}

std::string slip_impact_to_json(const SlipImpact& impact, int indent) {
  Json moved = Json::array();
  for (const auto& m : impact.moved)
    moved.push_back({{"id", m.id.str()},
                     {"old_start", date_or_null(m.old_start)},
                     {"new_start", date_or_null(m.new_start)},
                     {"old_finish", date_or_null(m.old_finish)},
                     {"new_finish", date_or_null(m.new_finish)},
                     {"start_shift_days", m.start_shift_days},
                     {"finish_shift_days", m.finish_shift_days}});
  Json benefits = Json::array();
  std::optional<Currency> currency;
  for (const auto& b : impact.benefits) {
    for (const auto* amounts : {&b.before, &b.after, &b.change})
      if (!currency && !amounts->empty()) currency = amounts->front().amount.currency();
    benefits.push_back({{"id", b.id.str()},
                        {"old_delivery", date_or_null(b.old_delivery)},
                        {"new_delivery", date_or_null(b.new_delivery)},
                        {"before", year_amounts(b.before)},
                        {"after", year_amounts(b.after)},
                        {"change", year_amounts(b.change)}});
  }
  const Json document{{"initiative", impact.initiative.str()},
                      {"slip_days", impact.slip_days},
                      {"currency", currency ? Json(currency_code(*currency)) : Json(nullptr)},
                      {"old_finish", date_or_null(impact.old_finish)},
                      {"new_finish", date_or_null(impact.new_finish)},
                      {"moved", std::move(moved)},
                      {"benefits", std::move(benefits)}};
  return detail::dump_json(document, indent);
}

std::string cancel_impact_to_json(const CancelImpact& impact, int indent) {
  Json benefits = Json::array();
  for (const auto& b : impact.benefits)
    benefits.push_back({{"id", b.id.str()},
                        {"lost_share", percent_text(b.lost_share_basis_points)},
                        {"lost_share_basis_points", b.lost_share_basis_points},
                        {"lost_value", b.lost_value.to_string()}});
  const Json document{
      {"initiative", impact.initiative.str()},
      {"currency", impact.benefits.empty() ? Json(nullptr)
                                           : Json(currency_code(impact.benefits.front().lost_value.currency()))},
      {"lose_prerequisite", ids(impact.lose_prerequisite)},
      {"downstream", ids(impact.downstream)},
      {"benefits", std::move(benefits)},
      {"benefits_at_risk", ids(impact.benefits_at_risk)}};
  return detail::dump_json(document, indent);
}

std::string benefit_network_to_json(const BenefitNetwork& network, int indent) {
  Json goals = Json::array();
  for (const auto& g : network.goals)
    goals.push_back({{"goal", g.goal.str()},
                     {"covered", g.covered},
                     {"benefits", ids(g.benefits)},
                     {"approved_contributors", ids(g.approved_contributors)},
                     {"direct_contributors", ids(g.direct_contributors)}});
  Json at_risk = Json::array();
  for (const auto& b : network.benefits_at_risk) {
    Json contributors = Json::array();
    for (const auto& c : b.contributors)
      contributors.push_back({{"initiative", c.initiative.str()}, {"reasons", strings(c.reasons)}});
    at_risk.push_back({{"benefit", b.benefit.str()}, {"contributors", std::move(contributors)}});
  }
  const Json document{{"goals", std::move(goals)},
                      {"uncovered_goals", ids(network.uncovered_goals)},
                      {"benefits_at_risk", std::move(at_risk)},
                      {"benefits_without_contributors", ids(network.benefits_without_contributors)}};
  return detail::dump_json(document, indent);
}

}  // namespace tiltak
