#include "tiltak/prioritisation/criteria.hpp"

#include <cmath>
#include <cstdio>
#include <set>

#include "io/json_reader.hpp"
#include "tiltak/core/problem_value.hpp"

namespace tiltak {

template <>
std::span<const EnumName<CriterionKind>> enum_names() noexcept {
  static constexpr EnumName<CriterionKind> names[] = {{CriterionKind::goal_contribution, "goal_contribution"},
                                                      {CriterionKind::npv, "npv"},
                                                      {CriterionKind::benefit_cost_ratio, "benefit_cost_ratio"},
                                                      {CriterionKind::total_cost, "total_cost"},
                                                      {CriterionKind::risk, "risk"},
                                                      {CriterionKind::mandatory, "mandatory"},
                                                      {CriterionKind::feasibility, "feasibility"},
                                                      {CriterionKind::dependants, "dependants"}};
  return names;
}

template <>
std::span<const EnumName<CriterionDirection>> enum_names() noexcept {
  static constexpr EnumName<CriterionDirection> names[] = {{CriterionDirection::maximise, "maximise"},
                                                           {CriterionDirection::minimise, "minimise"}};
  return names;
}

template <>
std::span<const EnumName<Normalisation>> enum_names() noexcept {
  static constexpr EnumName<Normalisation> names[] = {
      {Normalisation::min_max, "min_max"}, {Normalisation::rank, "rank"}, {Normalisation::target, "target"}};
  return names;
}

Criteria default_criteria() {
  auto make = [](std::string id, std::string title, CriterionKind kind, double weight,
                 CriterionDirection direction = CriterionDirection::maximise) {
    Criterion c;
    c.id = std::move(id);
    c.title = std::move(title);
    c.kind = kind;
    c.weight = weight;
    c.direction = direction;
    return c;
  };
  Criteria criteria;
  criteria.criteria = {make("goals", "Strategic goal contribution", CriterionKind::goal_contribution, 0.35),
                       make("npv", "Net present value", CriterionKind::npv, 0.20),
                       make("cost", "Total cost", CriterionKind::total_cost, 0.10, CriterionDirection::minimise),
                       make("risk", "Highest risk score", CriterionKind::risk, 0.10, CriterionDirection::minimise),
                       make("mandatory", "Legal obligation", CriterionKind::mandatory, 0.15),
                       make("dependants", "Initiatives depending on it", CriterionKind::dependants, 0.10)};
  return criteria;
}

namespace {

using detail::Json;

std::string criterion_pointer(std::size_t index, std::string_view field = {}) {
  std::string pointer = "/criteria/" + std::to_string(index);
  if (!field.empty()) pointer += "/" + std::string(field);
  return pointer;
}

std::string number_text(double value) {
  std::string text = std::to_string(value);
  return text;
}

// The rules shared by files and Criteria built in code.
std::vector<Problem> rule_problems(const Criteria& criteria, const std::string& source) {
  std::vector<Problem> problems;
  auto report = [&](std::string pointer, std::string value, std::string message) {
    problems.push_back({source, std::move(pointer), 0, 0, std::move(value), std::move(message)});
  };
  if (criteria.criteria.empty()) report("/criteria", "[]", "at least one criterion is needed");
  std::set<std::string> ids;
  double weight_sum = 0.0;
  for (std::size_t i = 0; i < criteria.criteria.size(); ++i) {
    const Criterion& c = criteria.criteria[i];
    if (c.id.empty()) report(criterion_pointer(i, "id"), "", "a criterion needs a non-empty id");
    else if (!ids.insert(c.id).second) report(criterion_pointer(i, "id"), problem_value(c.id), "another criterion has this id");
    if (!(c.weight >= 0.0) || !std::isfinite(c.weight))
      report(criterion_pointer(i, "weight"), number_text(c.weight), "a weight must be a finite number ≥ 0");
    else
      weight_sum += c.weight;
    if (c.normalisation == Normalisation::target && !c.target)
      report(criterion_pointer(i, "target"), "", "target normalisation needs a target");
    if (c.tolerance && !(*c.tolerance > 0.0))
      report(criterion_pointer(i, "tolerance"), number_text(*c.tolerance), "a tolerance must be > 0");
  }
  if (!criteria.criteria.empty() && weight_sum <= 0.0 && problems.empty())
    report("/criteria", "", "at least one criterion needs a weight above 0");
  return problems;
}

bool read_number_map(detail::DocumentReader& doc, const Json& value, const std::string& pointer,
                     std::map<std::string, double>& out) {
  if (!value.is_object()) {
    doc.report(pointer, &value, "expected an object of id → number");
    return false;
  }
  bool ok = true;
  for (const auto& [key, item] : value.items()) {
    double number = 0.0;
    if (detail::read_value(doc, item, detail::child_pointer(pointer, key), number))
      out[key] = number;
    else
      ok = false;
  }
  return ok;
}

void read_criterion(detail::DocumentReader& doc, const Json& value, std::size_t index, Criterion& c, bool& has_weight) {
  detail::ObjectReader object(doc, value, criterion_pointer(index),
                              {"id", "title", "kind", "direction", "normalisation", "target", "tolerance", "weight",
                               "initiative_values", "service_area_values", "default"});
  if (!object.is_object()) return;
  object.required("id", c.id);
  object.optional("title", c.title);
  object.required("kind", c.kind);
  // Costs and risks are things to have less of: minimised unless the file says otherwise.
  if (c.kind == CriterionKind::total_cost || c.kind == CriterionKind::risk) c.direction = CriterionDirection::minimise;
  object.optional("direction", c.direction);
  object.optional("normalisation", c.normalisation);
  object.optional("target", c.target);
  object.optional("tolerance", c.tolerance);
  has_weight = object.has("weight");
  object.optional("weight", c.weight);
  object.optional("default", c.fallback);
  const bool given = c.kind == CriterionKind::feasibility;
  for (const auto* key : {"initiative_values", "service_area_values"}) {
    const Json* map = object.find(key);
    if (!map) continue;
    if (!given) {
      doc.report(object.pointer_of(key), map, "only a feasibility criterion takes given values");
      continue;
    }
    read_number_map(doc, *map, object.pointer_of(key),
                    std::string_view(key) == "initiative_values" ? c.initiative_values : c.service_area_values);
  }
  if (!given && object.has("default"))
    doc.report(object.pointer_of("default"), object.find("default"), "only a feasibility criterion takes a default");
}

}  // namespace

void validate_criteria(const Criteria& criteria) {
  if (auto problems = rule_problems(criteria, "<criteria>"); !problems.empty())
    throw Error(ErrorCode::validation_error, std::move(problems));
}

Criteria criteria_from_json(std::string_view json, const std::string& source) {
  const Json document = detail::parse_json(json, source);
  detail::DocumentReader doc(source, Currency::NOK);
  Criteria criteria;
  detail::ObjectReader root(doc, document, "", {"criteria", "ahp", "parameter_set"});
  if (!root.is_object()) throw Error(ErrorCode::validation_error, doc.take_problems());
  root.optional("parameter_set", criteria.parameter_set);
  std::vector<bool> has_weight;
  if (const Json* list = root.find("criteria")) {
    if (!list->is_array()) {
      doc.report("/criteria", list, "expected an array of criteria");
    } else {
      for (std::size_t i = 0; i < list->size(); ++i) {
        Criterion c;
        bool weighted = false;
        read_criterion(doc, (*list)[i], i, c, weighted);
        criteria.criteria.push_back(std::move(c));
        has_weight.push_back(weighted);
      }
    }
  } else {
    root.report_missing("criteria");
  }

  if (const Json* ahp = root.find("ahp")) {
    detail::ObjectReader object(doc, *ahp, "/ahp", {"matrix", "allow_inconsistent"});
    std::vector<std::vector<double>> matrix;
    bool allow_inconsistent = false;
    object.optional("allow_inconsistent", allow_inconsistent);
    for (std::size_t i = 0; i < has_weight.size(); ++i)
      if (has_weight[i])
        doc.report(criterion_pointer(i, "weight"), nullptr, "weights come from the AHP matrix; remove this weight");
    if (object.required("matrix", matrix)) {
      if (matrix.size() != criteria.criteria.size()) {
        doc.report("/ahp/matrix", object.find("matrix"),
                   "the matrix needs one row per criterion (" + std::to_string(criteria.criteria.size()) + "), not " +
                       std::to_string(matrix.size()));
      } else {
        try {
          AhpResult result = ahp_weights(matrix);
          if (!result.consistent() && !allow_inconsistent) {
            char text[160];
            std::snprintf(text, sizeof text,
                          "the comparisons are inconsistent: consistency ratio %.3f > 0.10 (CI %.3f, RI %.2f); "
                          "revise them or set \"allow_inconsistent\": true",
                          result.consistency_ratio, result.consistency_index, result.random_index);
            doc.report("/ahp/matrix", nullptr, text);
          }
          for (std::size_t i = 0; i < criteria.criteria.size(); ++i) criteria.criteria[i].weight = result.weights[i];
          criteria.ahp = std::move(result);
        } catch (const Error& error) {
          for (const auto& problem : error.problems())
            doc.report("/ahp/matrix" + problem.pointer, nullptr, problem.message);
        }
      }
    }
  } else {
    for (std::size_t i = 0; i < has_weight.size(); ++i)
      if (!has_weight[i]) doc.report(criterion_pointer(i, "weight"), nullptr, "missing required field (or give \"ahp\")");
  }

  auto problems = doc.take_problems();
  if (problems.empty()) problems = rule_problems(criteria, source);
  if (!problems.empty()) throw Error(ErrorCode::validation_error, std::move(problems));
  return criteria;
}

}  // namespace tiltak
