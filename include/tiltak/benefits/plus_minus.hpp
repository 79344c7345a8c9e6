#pragma once
// Benefits not valued in money, kept first-class: the plus–minus method (DFØ's veileder,
// "ikke-prissatte virkninger"). Each such benefit is assessed by its significance (betydning:
// small / medium / large) and the initiative's scope (omfang: large negative … none … large
// positive); a configurable matrix turns the pair into a consequence on the nine-step scale
// "----" (−4) … "0" … "++++" (+4). Every benefit without a money value is listed per initiative,
// assessed or not: none is dropped from a comparison (docs/benefits.md, "Plus–minus method").

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tiltak/benefits/appraisal.hpp"
#include "tiltak/model/names.hpp"

namespace tiltak {

enum class Significance { small, medium, large };
template <>
std::span<const EnumName<Significance>> enum_names<Significance>() noexcept;

enum class Scope { large_negative, medium_negative, small_negative, none, small_positive, medium_positive, large_positive };
template <>
std::span<const EnumName<Scope>> enum_names<Scope>() noexcept;

// steps[scope][significance] ∈ −4 … +4.
struct ConsequenceMatrix {
  std::array<std::array<int, 3>, 7> steps{};
  int consequence(Significance significance, Scope scope) const noexcept {
    return steps[static_cast<std::size_t>(scope)][static_cast<std::size_t>(significance)];
  }
  bool operator==(const ConsequenceMatrix&) const = default;
};
// The default: symmetric, none → 0, large × large positive → +4 (docs/benefits.md gives it).
ConsequenceMatrix default_consequence_matrix() noexcept;
// "++++", "+", "0", "-", "----" for −4 … +4.
std::string consequence_symbol(int step);

struct EffectAssessment {
  BenefitId benefit;
  Significance significance = Significance::medium;
  Scope scope = Scope::none;
  std::string note;
  bool operator==(const EffectAssessment&) const = default;
};

struct PlusMinusInput {
  ConsequenceMatrix matrix = default_consequence_matrix();
  std::vector<EffectAssessment> assessments;
  bool operator==(const PlusMinusInput&) const = default;
};

// One benefit without a money value, for one initiative.
struct AssessedEffect {
  BenefitId id;
  std::string title;
  BenefitKind kind = BenefitKind::qualitative;
  std::string reason;  // why it has no money value ("qualitative", "no value per unit")
  std::optional<Significance> significance;  // empty: not assessed
  std::optional<Scope> scope;
  std::optional<int> consequence;  // −4 … +4
  std::string note;
  bool operator==(const AssessedEffect&) const = default;
};

struct InitiativeEffects {
  InitiativeId initiative;
  std::string title;
  Money npv_with_tax_financing{0, Currency::NOK};
  int npv_rank = 0;  // 1 = highest NPV with tax-financing cost
  std::vector<AssessedEffect> effects;
  int positive_steps = 0, negative_steps = 0;  // sums of the consequences' plus and minus steps
  int unassessed = 0;
  bool operator==(const InitiativeEffects&) const = default;
};

// A pair adjacent in the NPV ranking whose non-priced effects point the other way.
struct RankingChallenge {
  InitiativeId higher_npv, lower_npv;
  bool operator==(const RankingChallenge&) const = default;
};

struct PlusMinusResult {
  std::string parameter_set;
  std::vector<InitiativeEffects> initiatives;  // portfolio order
  // Whether non-priced effects may change the ranking by NPV: pairs adjacent in that ranking
  // where the lower-NPV initiative has the larger net consequence (positive − negative steps),
  // or where either has effects not yet assessed (then the question is open).
  std::vector<RankingChallenge> challenges;
  bool open_because_unassessed = false;
  bool operator==(const PlusMinusResult&) const = default;
};

// Throws Error(validation_error) for an assessment of a benefit that is unknown or valued in
// money (pointer "/assessments/<i>/benefit"), a consequence outside −4 … +4 in the matrix.
PlusMinusResult plus_minus(const Portfolio& portfolio, const ParameterSet& parameters, const PlusMinusInput& input,
                           const AppraisalOptions& options = {});

// {"matrix": {"large_negative": [s, m, l], ..., "large_positive": [...]} (optional, all seven
// rows), "assessments": [{"benefit", "significance", "scope", "note"}]}. Every problem at once.
PlusMinusInput plus_minus_input_from_json(std::string_view text, const std::string& source = "<memory>");
std::string plus_minus_to_json(const PlusMinusResult& result, int indent = 2);

}  // namespace tiltak
