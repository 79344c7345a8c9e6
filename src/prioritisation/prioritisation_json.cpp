#include "tiltak/prioritisation/prioritisation_json.hpp"

#include "io/json_output.hpp"
#include "io/json_reader.hpp"
#include "tiltak/model/names.hpp"

namespace tiltak {
namespace {

using detail::dump_json;
using detail::Json;
using detail::money_or_null;
using detail::value_or_null;

Json ids_json(const std::vector<InitiativeId>& ids) {
  Json out = Json::array();
  for (const auto& id : ids) out.push_back(id.str());
  return out;
}

}  // namespace

std::string ranking_to_json(const Ranking& ranking, int indent) {
  Json criteria = Json::array();
  for (const auto& c : ranking.criteria.criteria)
    criteria.push_back({{"id", c.id},
                        {"title", c.title.empty() ? c.id : c.title},
                        {"kind", enum_name(c.kind)},
                        {"direction", enum_name(c.direction)},
                        {"normalisation", enum_name(c.normalisation)},
                        {"target", value_or_null(c.target)},
                        {"tolerance", value_or_null(c.tolerance)},
                        {"weight", c.weight}});
  Json ahp = nullptr;
  if (const auto& a = ranking.criteria.ahp)
    ahp = {{"weights", a->weights},
           {"lambda_max", a->lambda_max},
           {"consistency_index", a->consistency_index},
           {"random_index", a->random_index},
           {"consistency_ratio", a->consistency_ratio}};
  Json initiatives = Json::array();
  for (const auto& s : ranking.initiatives) {
    Json parts = Json::array();
    for (const auto& part : s.criteria)
      parts.push_back({{"criterion", part.criterion},
                       {"raw", value_or_null(part.raw)},
                       {"normalised", part.normalised},
                       {"weight", part.weight},
                       {"contribution", part.contribution}});
    initiatives.push_back(
        {{"id", s.id.str()}, {"title", s.title}, {"rank", s.rank}, {"score", s.score}, {"criteria", std::move(parts)}});
  }
  return dump_json({{"criteria", std::move(criteria)}, {"ahp", std::move(ahp)}, {"initiatives", std::move(initiatives)}},
              indent);
}

std::string selection_to_json(const Selection& s, int indent) {
  Json decisions = Json::array();
  for (const auto& d : s.decisions)
    decisions.push_back({{"id", d.id.str()},
                         {"title", d.title},
                         {"selected", d.selected},
                         {"reason", enum_name(d.reason)},
                         {"value", d.value}});
  Json years = Json::array();
  for (const auto& y : s.years)
    years.push_back({{"year", y.year},
                     {"investment", y.investment.to_string()},
                     {"investment_budget", money_or_null(y.investment_budget)},
                     {"operating", y.operating.to_string()},
                     {"operating_budget", money_or_null(y.operating_budget)}});
  Json capacity = Json::array();
  for (const auto& c : s.capacity)
    capacity.push_back({{"year", c.year}, {"role", c.role}, {"hours", c.hours}, {"available", c.available}});
  Json areas = Json::array();
  for (const auto& a : s.areas)
    areas.push_back({{"area", a.area.str()}, {"cost", a.cost}, {"share_percent", a.share_basis_points / 100.0}});
  return dump_json({{"objective", enum_name(s.objective)},
               {"method", enum_name(s.method)},
               {"status", enum_name(s.status)},
               {"first_year", s.first_year},
               {"last_year", s.last_year},
               {"objective_value", s.objective_value},
               {"best_bound", value_or_null(s.best_bound)},
               {"gap", value_or_null(s.gap)},
               {"seconds", s.seconds},
               {"selected", ids_json(s.selected)},
               {"decisions", std::move(decisions)},
               {"years", std::move(years)},
               {"capacity", std::move(capacity)},
               {"areas", std::move(areas)}},
              indent);
}

std::string frontier_to_json(const std::vector<FrontierPoint>& points, int indent) {
  Json out = Json::array();
  for (const auto& p : points)
    out.push_back({{"budget_factor", p.budget_factor},
                   {"investment_budget", p.investment_budget.to_string()},
                   {"feasible", p.feasible},
                   {"objective_value", p.feasible ? Json(p.objective_value) : Json(nullptr)},
                   {"status", p.feasible ? Json(enum_name(p.status)) : Json(nullptr)},
                   {"gap", value_or_null(p.gap)},
                   {"selected", ids_json(p.selected)}});
  return dump_json({{"points", std::move(out)}}, indent);
}

std::string comparison_to_json(const SelectionComparison& c, int indent) {
  Json years = Json::array();
  for (const auto& y : c.years)
    years.push_back({{"year", y.year},
                     {"investment_a", y.investment_a.to_string()},
                     {"investment_b", y.investment_b.to_string()},
                     {"operating_a", y.operating_a.to_string()},
                     {"operating_b", y.operating_b.to_string()}});
  return dump_json({{"enters", ids_json(c.enters)},
               {"leaves", ids_json(c.leaves)},
               {"stays", ids_json(c.stays)},
               {"value_a", c.value_a},
               {"value_b", c.value_b},
               {"years", std::move(years)}},
              indent);
}

std::string plan_to_json(const RealisticPlan& plan, int indent) {
  Json scheduled = Json::array(), deferred = Json::array();
  for (const auto& s : plan.scheduled)
    scheduled.push_back(
        {{"id", s.id.str()}, {"title", s.title}, {"planned_year", s.planned_year}, {"start_year", s.start_year}});
  for (const auto& d : plan.deferred) deferred.push_back({{"id", d.id.str()}, {"title", d.title}, {"reason", d.reason}});
  return dump_json({{"scheduled", std::move(scheduled)}, {"deferred", std::move(deferred)}}, indent);
}

std::string weight_thresholds_to_json(const WeightSensitivity& sensitivity, int indent) {
  Json criteria = Json::array();
  for (std::size_t k = 0; k < sensitivity.criteria.size(); ++k)
    criteria.push_back({{"id", sensitivity.criteria[k]}, {"weight", sensitivity.weights[k]}});
  Json pairs = Json::array();
  for (const auto& pair : sensitivity.pairs) {
    Json thresholds = Json::array();
    for (const auto& t : pair.criteria)
      thresholds.push_back({{"criterion", t.criterion},
                            {"change", value_or_null(t.change)},
                            {"relative_percent", value_or_null(t.relative_percent)},
                            {"feasible", t.feasible},
                            {"weights_at_threshold", t.feasible ? Json(t.weights_at_threshold) : Json(nullptr)}});
    pairs.push_back({{"higher", pair.higher.str()},
                     {"lower", pair.lower.str()},
                     {"higher_score", pair.higher_score},
                     {"lower_score", pair.lower_score},
                     {"tied", pair.tied},
                     {"most_critical", pair.most_critical ? Json(pair.criteria[*pair.most_critical].criterion)
                                                          : Json(nullptr)},
                     {"thresholds", std::move(thresholds)}});
  }
  Json most_critical = nullptr;
  if (const auto& index = sensitivity.most_critical_pair) {
    const auto& pair = sensitivity.pairs[*index];
    const auto& t = pair.criteria[*pair.most_critical];
    most_critical = {{"pair", *index},
                     {"higher", pair.higher.str()},
                     {"lower", pair.lower.str()},
                     {"criterion", t.criterion},
                     {"change", value_or_null(t.change)},
                     {"relative_percent", value_or_null(t.relative_percent)}};
  }
  return dump_json({{"criteria", std::move(criteria)}, {"pairs", std::move(pairs)}, {"most_critical", std::move(most_critical)}},
              indent);
}

std::string weight_uncertainty_to_json(const WeightUncertainty& u, int indent) {
  const auto& o = u.options;
  Json criteria = Json::array();
  for (std::size_t k = 0; k < u.criteria.size(); ++k)
    criteria.push_back({{"id", u.criteria[k]}, {"weight", u.weights[k]}, {"mean_weight", u.mean_weights[k]}});
  Json initiatives = Json::array();
  for (const auto& r : u.initiatives)
    initiatives.push_back({{"id", r.id.str()},
                           {"title", r.title},
                           {"rank", r.rank},
                           {"selected", r.selected},
                           {"probability_top_k", r.probability_top_k},
                           {"probability_selected", value_or_null(r.probability_selected)},
                           {"mean_rank", r.mean_rank},
                           {"rank_p5", r.rank_p5},
                           {"rank_p95", r.rank_p95},
                           {"rank_acceptability", r.rank_acceptability}});
  return dump_json({{"model", enum_name(o.model)},
               {"concentration", o.concentration},
               {"spread_percent", o.spread * 100},
               {"draws", o.draws},
               {"top_k", o.top_k},
               {"seed", o.seed},
               {"threads", o.threads},
               {"select", o.select},
               {"method", enum_name(o.method)},
               {"time_limit_seconds", o.time_limit_seconds},
               {"criteria", std::move(criteria)},
               {"failed_selections", u.failed_selections},
               {"time_limited_selections", u.time_limited_selections},
               {"initiatives", std::move(initiatives)}},
              indent);
}

WeightUncertaintyOptions weight_uncertainty_options_from_json(std::string_view json, const std::string& source) {
  const Json document = detail::parse_json(json, source);
  detail::DocumentReader doc(source, Currency::NOK);
  detail::ObjectReader root(doc, document, "",
                            {"model", "concentration", "spread_percent", "draws", "top_k", "seed", "threads", "select",
                             "method", "time_limit_seconds"});
  WeightUncertaintyOptions options;
  if (root.is_object()) {
    root.optional("model", options.model);
    root.optional("concentration", options.concentration);
    double percent = options.spread * 100;
    if (root.optional("spread_percent", percent)) options.spread = percent / 100;
    root.optional("draws", options.draws);
    root.optional("top_k", options.top_k);
    long long seed = static_cast<long long>(options.seed);
    if (root.optional("seed", seed)) {
      if (seed < 0) doc.report("/seed", root.find("seed"), "expected a whole number ≥ 0");
      else options.seed = static_cast<std::uint64_t>(seed);
    }
    root.optional("threads", options.threads);
    root.optional("select", options.select);
    root.optional("method", options.method);
    root.optional("time_limit_seconds", options.time_limit_seconds);
  }
  if (auto problems = doc.take_problems(); !problems.empty()) throw Error(ErrorCode::validation_error, std::move(problems));
  return options;
}

namespace {

void read_budgets(detail::DocumentReader& doc, const Json& value, SelectionOptions& options) {
  if (value.is_string() && value.get<std::string>() == "frames") return;
  if (!value.is_array()) {
    doc.report("/budgets", &value, "expected \"frames\" or an array of {year, investment, operating}");
    return;
  }
  std::vector<YearBudget> budgets;
  for (std::size_t i = 0; i < value.size(); ++i) {
    detail::ObjectReader item(doc, value[i], detail::child_pointer("/budgets", i), {"year", "investment", "operating"});
    YearBudget budget;
    item.required("year", budget.year);
    item.optional("investment", budget.investment);
    item.optional("operating", budget.operating);
    budgets.push_back(std::move(budget));
  }
  options.budgets = std::move(budgets);
}

void read_shares(detail::DocumentReader& doc, const Json& value, SelectionOptions& options) {
  if (!value.is_array()) {
    doc.report("/shares", &value, "expected an array of {area, min_percent, max_percent}");
    return;
  }
  for (std::size_t i = 0; i < value.size(); ++i) {
    detail::ObjectReader item(doc, value[i], detail::child_pointer("/shares", i), {"area", "min_percent", "max_percent"});
    AreaShare share;
    item.required("area", share.area);
    for (const auto* key : {"min_percent", "max_percent"}) {
      const Json* bound = item.is_object() ? item.find(key) : nullptr;
      int basis_points = 0;
      if (bound && detail::read_percent(doc, *bound, item.pointer_of(key), basis_points))
        (std::string_view(key) == "min_percent" ? share.min_basis_points : share.max_basis_points) = basis_points;
    }
    options.shares.push_back(std::move(share));
  }
}

}  // namespace

SelectionOptions selection_options_from_json(std::string_view json, Currency currency, const std::string& source) {
  const Json document = detail::parse_json(json, source);
  detail::DocumentReader doc(source, currency);
  detail::ObjectReader root(doc, document, "",
                            {"objective", "criteria", "parameter_set", "first_year", "last_year", "budgets",
                             "use_capacity", "cost_basis", "force_mandatory", "forced_in", "forced_out", "exclusive",
                             "shares", "method", "time_limit_seconds"});
  SelectionOptions options;
  if (root.is_object()) {
    root.optional("objective", options.objective);
    root.optional("parameter_set", options.parameter_set);
    root.optional("first_year", options.first_year);
    root.optional("last_year", options.last_year);
    root.optional("use_capacity", options.use_capacity);
    root.optional("cost_basis", options.cost_basis);
    root.optional("force_mandatory", options.force_mandatory);
    root.optional("forced_in", options.forced_in);
    root.optional("forced_out", options.forced_out);
    root.optional("exclusive", options.exclusive);
    root.optional("method", options.method);
    root.optional("time_limit_seconds", options.time_limit_seconds);
    if (!(options.time_limit_seconds > 0))
      doc.report("/time_limit_seconds", root.find("time_limit_seconds"), "the time limit must be above 0 seconds");
    if (const Json* budgets = root.find("budgets")) read_budgets(doc, *budgets, options);
    if (const Json* shares = root.find("shares")) read_shares(doc, *shares, options);
    if (const Json* criteria = root.find("criteria")) {
      try {
        options.criteria = criteria_from_json(criteria->dump(), source);
      } catch (const Error& error) {
        for (const auto& problem : error.problems()) doc.report("/criteria" + problem.pointer, nullptr, problem.message);
      }
    }
  }
  if (auto problems = doc.take_problems(); !problems.empty()) throw Error(ErrorCode::validation_error, std::move(problems));
  return options;
}

}  // namespace tiltak
