#include "tiltak/benefits/plus_minus.hpp"

#include <algorithm>
#include <map>

#include "benefits/json_reader.hpp"
#include "benefits/json_support.hpp"

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
      problems.push_back(Problem{"plus-minus input", pointer, 0, 0, a.benefit.str(), "no such benefit in the portfolio"});
    else if (benefit->value_per_unit && benefit->kind != BenefitKind::qualitative)
      problems.push_back(Problem{"plus-minus input", pointer, 0, 0, a.benefit.str(),
                                 "the benefit is valued in money: it is in the NPV, not in the plus-minus method"});
    else if (!by_benefit.emplace(a.benefit, &a).second)
      problems.push_back(Problem{"plus-minus input", pointer, 0, 0, a.benefit.str(), "assessed twice"});
  }
  if (!problems.empty()) throw Error(ErrorCode::validation_error, std::move(problems));

  const PortfolioAppraisal appraisal = appraise_portfolio(portfolio, parameters, options);
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

PlusMinusInput plus_minus_input_from_json(std::string_view text, const std::string& source) {
  const detail::Json document = detail::parse_json(text, source);
  detail::Reader reader(source);
  PlusMinusInput input;
  if (!document.is_object()) {
    reader.report("", &document, "expected a JSON object with \"assessments\" (and optionally \"matrix\")");
    throw Error(ErrorCode::validation_error, std::move(reader.problems()));
  }
  reader.check_fields(document, "", {"matrix", "assessments"});
  if (document.contains("matrix")) {
    const auto& matrix = document["matrix"];
    if (!matrix.is_object()) {
      reader.report("/matrix", &matrix, "expected an object with a row of three steps per scope");
    } else {
      for (const auto& scope : enum_names<Scope>()) {
        const std::string key(scope.name);
        const std::string pointer = "/matrix/" + key;
        if (!matrix.contains(key)) {
          reader.report(pointer, nullptr, "missing the row for scope \"" + key + "\"");
          continue;
        }
        const auto& row = matrix[key];
        if (!row.is_array() || row.size() != 3) {
          reader.report(pointer, &row, "expected three steps: small, medium, large significance");
          continue;
        }
        for (std::size_t column = 0; column < 3; ++column)
          reader.read_int(row[column], pointer + "/" + std::to_string(column),
                          input.matrix.steps[static_cast<std::size_t>(scope.value)][column]);
      }
      for (const auto& [key, value] : matrix.items())
        if (!enum_from_name<Scope>(key)) reader.report("/matrix/" + key, &value, "unknown scope \"" + key + "\"");
    }
  }
  if (!document.contains("assessments")) {
    reader.report("/assessments", nullptr, "\"assessments\" is required (an array, possibly empty)");
  } else if (!document["assessments"].is_array()) {
    reader.report("/assessments", &document["assessments"], "expected an array");
  } else {
    const auto& list = document["assessments"];
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string pointer = "/assessments/" + std::to_string(i);
      const auto& item = list[i];
      if (!item.is_object()) {
        reader.report(pointer, &item, "expected an object");
        continue;
      }
      reader.check_fields(item, pointer, {"benefit", "significance", "scope", "note"});
      EffectAssessment a;
      std::string text_value;
      if (!item.contains("benefit")) reader.report(pointer + "/benefit", nullptr, "the benefit id is required");
      else if (reader.read_string(item["benefit"], pointer + "/benefit", text_value)) a.benefit = BenefitId(text_value);
      auto read_enum = [&](const char* field, auto& into) {
        using E = std::remove_reference_t<decltype(into)>;
        if (!item.contains(field)) {
          reader.report(pointer + "/" + field, nullptr, std::string("\"") + field + "\" is required");
          return;
        }
        std::string name;
        if (!reader.read_string(item[field], pointer + "/" + field, name)) return;
        if (const auto value = enum_from_name<E>(name)) {
          into = *value;
        } else {
          std::string known;
          for (const auto& n : enum_names<E>()) known += (known.empty() ? "" : ", ") + std::string(n.name);
          reader.report(pointer + "/" + field, &item[field], "expected one of " + known);
        }
      };
      read_enum("significance", a.significance);
      read_enum("scope", a.scope);
      if (item.contains("note")) reader.read_string(item["note"], pointer + "/note", a.note);
      input.assessments.push_back(std::move(a));
    }
  }
  for (auto& problem : matrix_problems(input.matrix, source)) reader.problems().push_back(std::move(problem));
  if (!reader.problems().empty()) throw Error(ErrorCode::validation_error, std::move(reader.problems()));
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
                         {"consequence", detail::or_null(e.consequence)},
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
  return detail::dump(document, indent);
}

}  // namespace tiltak
