#include "tiltak/benefits/plus_minus.hpp"

#include <algorithm>
#include <map>

#include "io/json_output.hpp"
#include "io/json_reader.hpp"
#include "tiltak/core/problem_value.hpp"

namespace tiltak {

template <>
std::span<const EnumName<Significance>> enum_names() noexcept {
  static constexpr EnumName<Significance> names[] = {
      {Significance::small, "small"}, {Significance::medium, "medium"}, {Significance::large, "large"}};
  return names;
}

template <>
std::span<const EnumName<Scope>> enum_names() noexcept {
  static constexpr EnumName<Scope> names[] = {
      {Scope::large_negative, "large_negative"}, {Scope::medium_negative, "medium_negative"},
      {Scope::small_negative, "small_negative"}, {Scope::none, "none"},
      {Scope::small_positive, "small_positive"}, {Scope::medium_positive, "medium_positive"},
      {Scope::large_positive, "large_positive"}};
  return names;
}

ConsequenceMatrix default_consequence_matrix() noexcept {
  //                     small medium large significance
  return {{{{-2, -3, -4},    // large negative scope
            {-1, -2, -3},    // medium negative
            {0, -1, -2},     // small negative
            {0, 0, 0},       // none
            {0, 1, 2},       // small positive
            {1, 2, 3},       // medium positive
            {2, 3, 4}}}};    // large positive
}

std::string consequence_symbol(int step) {
  if (step == 0) return "0";
  return std::string(static_cast<std::size_t>(std::abs(step)), step > 0 ? '+' : '-');
}

namespace {

std::vector<Problem> matrix_problems(const ConsequenceMatrix& matrix, const std::string& source) {
  std::vector<Problem> problems;
  for (std::size_t row = 0; row < matrix.steps.size(); ++row)
    for (std::size_t column = 0; column < 3; ++column)
      if (matrix.steps[row][column] < -4 || matrix.steps[row][column] > 4)
        problems.push_back(Problem{source, "/matrix/" + std::string(enum_name(static_cast<Scope>(row))) + "/" +
                                               std::to_string(column),
                                   0, 0, std::to_string(matrix.steps[row][column]),
                                   "a consequence is a step from -4 to +4"});
  return problems;
}

}  // namespace

PlusMinusResult plus_minus(const Portfolio& portfolio, const ParameterSet& parameters, const PlusMinusInput& input,
                           const AppraisalOptions& options) {
  std::vector<Problem> problems = matrix_problems(input.matrix, "plus-minus input");
  std::map<BenefitId, const EffectAssessment*> by_benefit;
  for (std::size_t i = 0; i < input.assessments.size(); ++i) {
    const auto& a = input.assessments[i];
    const Benefit* benefit = portfolio.find_benefit(a.benefit);
    const std::string pointer = "/assessments/" + std::to_string(i) + "/benefit";
    if (!benefit)
      problems.push_back(Problem{"plus-minus input", pointer, 0, 0, problem_value(a.benefit.str()), "no such benefit in the portfolio"});
    else if (benefit->value_per_unit && benefit->kind != BenefitKind::qualitative)
      problems.push_back(Problem{"plus-minus input", pointer, 0, 0, problem_value(a.benefit.str()),
                                 "the benefit is valued in money: it is in the NPV, not in the plus-minus method"});
    else if (!by_benefit.emplace(a.benefit, &a).second)
      problems.push_back(Problem{"plus-minus input", pointer, 0, 0, problem_value(a.benefit.str()), "assessed twice"});
  }
  if (!problems.empty()) throw Error(ErrorCode::validation_error, std::move(problems));

  AppraisalOptions without_irr = options;  // the method reads NPVs, never an IRR
  without_irr.internal_rates_of_return = false;
  const PortfolioAppraisal appraisal = appraise_portfolio(portfolio, parameters, without_irr);
  PlusMinusResult result;
  result.parameter_set = appraisal.parameter_set;
  for (const auto& initiative : appraisal.initiatives) {
    InitiativeEffects effects;
    effects.initiative = initiative.initiative;
    effects.title = initiative.title;
    effects.npv_with_tax_financing = initiative.appraisal.npv_with_tax_financing;
    for (const auto& unvalued : initiative.appraisal.unvalued_benefits) {
      AssessedEffect effect{unvalued.id, unvalued.title, unvalued.kind, unvalued.reason, {}, {}, {}, {}};
      if (const auto found = by_benefit.find(unvalued.id); found != by_benefit.end()) {
        const EffectAssessment& a = *found->second;
        effect.significance = a.significance;
        effect.scope = a.scope;
        effect.consequence = input.matrix.consequence(a.significance, a.scope);
        effect.note = a.note;
        (*effect.consequence > 0 ? effects.positive_steps : effects.negative_steps) += std::abs(*effect.consequence);
      } else {
        ++effects.unassessed;
      }
      effects.effects.push_back(std::move(effect));
    }
    result.initiatives.push_back(std::move(effects));
  }

  std::vector<std::size_t> order(result.initiatives.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return result.initiatives[a].npv_with_tax_financing > result.initiatives[b].npv_with_tax_financing;
  });
  for (std::size_t rank = 0; rank < order.size(); ++rank) {
    result.initiatives[order[rank]].npv_rank = static_cast<int>(rank) + 1;
    if (rank == 0) continue;
    const auto& higher = result.initiatives[order[rank - 1]];
    const auto& lower = result.initiatives[order[rank]];
    if (higher.unassessed > 0 || lower.unassessed > 0) result.open_because_unassessed = true;
    if (lower.positive_steps - lower.negative_steps > higher.positive_steps - higher.negative_steps)
      result.challenges.push_back({higher.initiative, lower.initiative});
  }
  if (order.size() == 1 && result.initiatives[0].unassessed > 0) result.open_because_unassessed = true;
  return result;
}

namespace {

std::vector<std::string_view> scope_names() {
  std::vector<std::string_view> names;
  for (const auto& scope : enum_names<Scope>()) names.push_back(scope.name);
  return names;
}

void read_matrix(detail::DocumentReader& doc, const detail::Json& value, ConsequenceMatrix& matrix) {
  if (!value.is_object()) {
    doc.report("/matrix", &value, "expected an object with a row of three steps per scope");
    return;
  }
  const auto known = scope_names();
  for (const auto& [key, row] : value.items())
    if (std::find(known.begin(), known.end(), key) == known.end())
      doc.report(detail::child_pointer("/matrix", key), &row, "unknown scope \"" + key + "\"");
  for (const auto& scope : enum_names<Scope>()) {
    const std::string key(scope.name);
    const std::string pointer = detail::child_pointer("/matrix", key);
    const auto row = value.find(key);
    if (row == value.end()) {
      doc.report(pointer, nullptr, "missing the row for scope \"" + key + "\"");
      continue;
    }
    if (!row->is_array() || row->size() != 3) {
      doc.report(pointer, &*row, "expected three steps: small, medium, large significance");
      continue;
    }
    for (std::size_t column = 0; column < 3; ++column)
      read_value(doc, (*row)[column], detail::child_pointer(pointer, column),
                 matrix.steps[static_cast<std::size_t>(scope.value)][column]);
  }
}

}  // namespace

PlusMinusInput plus_minus_input_from_json(std::string_view text, const std::string& source) {
  const detail::Json document = detail::parse_json(text, source);
  detail::DocumentReader doc(source, Currency::NOK);
  PlusMinusInput input;
  detail::ObjectReader object(doc, document, "", {"matrix", "assessments"});
  if (!object.is_object()) throw Error(ErrorCode::validation_error, doc.take_problems());
  if (const auto* matrix = object.find("matrix")) read_matrix(doc, *matrix, input.matrix);
  if (const auto* list = object.find("assessments"); !list) {
    object.report_missing("assessments");
  } else if (!list->is_array()) {
    doc.report("/assessments", list, "expected an array");
  } else {
    for (std::size_t i = 0; i < list->size(); ++i) {
      detail::ObjectReader item(doc, (*list)[i], detail::child_pointer("/assessments", i),
                                {"benefit", "significance", "scope", "note"});
      if (!item.is_object()) continue;
      EffectAssessment assessment;
      item.required("benefit", assessment.benefit);
      item.required("significance", assessment.significance);
      item.required("scope", assessment.scope);
      item.optional("note", assessment.note);
      input.assessments.push_back(std::move(assessment));
    }
  }
  std::vector<Problem> problems = doc.take_problems();
  for (auto& problem : matrix_problems(input.matrix, source)) problems.push_back(std::move(problem));
  if (!problems.empty()) throw Error(ErrorCode::validation_error, std::move(problems));
  return input;
}

std::string plus_minus_to_json(const PlusMinusResult& result, int indent) {
  using Json = detail::OutputJson;
  Json initiatives = Json::array();
  for (const auto& i : result.initiatives) {
    Json effects = Json::array();
    for (const auto& e : i.effects)
      effects.push_back({{"id", e.id.str()},
                         {"title", e.title},
                         {"kind", enum_name(e.kind)},
                         {"reason", e.reason},
                         {"significance", e.significance ? Json(enum_name(*e.significance)) : Json(nullptr)},
                         {"scope", e.scope ? Json(enum_name(*e.scope)) : Json(nullptr)},
                         {"consequence", detail::value_or_null(e.consequence)},
                         {"symbol", e.consequence ? Json(consequence_symbol(*e.consequence)) : Json(nullptr)},
                         {"note", e.note}});
    initiatives.push_back({{"initiative", i.initiative.str()},
                           {"title", i.title},
                           {"npv_with_tax_financing", i.npv_with_tax_financing.to_string()},
                           {"npv_rank", i.npv_rank},
                           {"positive_steps", i.positive_steps},
                           {"negative_steps", i.negative_steps},
                           {"unassessed", i.unassessed},
                           {"effects", std::move(effects)}});
  }
  Json challenges = Json::array();
  for (const auto& c : result.challenges)
    challenges.push_back({{"higher_npv", c.higher_npv.str()}, {"lower_npv", c.lower_npv.str()}});
  const Json document{{"parameter_set", result.parameter_set.empty() ? Json(nullptr) : Json(result.parameter_set)},
                      {"initiatives", std::move(initiatives)},
                      {"ranking_challenged", !result.challenges.empty()},
                      {"challenges", std::move(challenges)},
                      {"open_because_unassessed", result.open_because_unassessed}};
  return detail::dump_json(document, indent);
}

}  // namespace tiltak
