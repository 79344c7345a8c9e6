// Rulebook literals and paths are checked when the rulebook loads (issue 16): amounts as
// amounts (a number never matched, an overflowing amount or "5e6" compared as text), dates as
// dates, and every path in at, for_each and message placeholders.

#include <gtest/gtest.h>

#include "support/governance_fixture.hpp"
#include "tiltak/governance/compliance.hpp"
#include "tiltak/governance/rulebook.hpp"

namespace tiltak {
namespace {

std::string rulebook_with(const std::string& rule_fields) {
  return R"({"rulebook": "t", "rules": [{"id": "r", "severity": "error", "scope": "initiative", )" + rule_fields +
         R"(}]})";
}

std::string with_condition(const std::string& condition, const std::string& message = "{id}") {
  return rulebook_with(R"("condition": )" + condition + R"(, "message": {"nb": ")" + message + R"(", "da": "x", "en": "x"})");
}

// "pointer: message" of the first problem, or "loaded".
std::string refusal(const std::string& json) {
  try {
    rulebook_from_json(json, "t.json");
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error) << error.what();
    return error.problems().at(0).pointer + ": " + error.problems().at(0).message;
  }
  return "loaded";
}

TEST(RulebookLiterals, AmountLiterals_AreAmounts) {
  EXPECT_EQ(refusal(with_condition(R"({"field": "facts.planned_cost", "gt": "100000000000000000000.00"})")),
            "/rules/0/condition/gt: the amount is too large for exact money (at most 92 233 720 368 547 758.07)");
  EXPECT_EQ(refusal(with_condition(R"({"field": "facts.planned_cost", "gt": 1000000})")),
            "/rules/0/condition/gt: amounts are strings to keep them exact, e.g. \"1000000.00\"");
  EXPECT_EQ(refusal(with_condition(R"({"field": "facts.planned_cost", "gt": "5e6"})")),
            "/rules/0/condition/gt: expected an amount such as \"1000000.00\" (digits, an optional '-' and '.')");
  EXPECT_EQ(refusal(with_condition(R"({"field": "decision.amount", "in": ["1.00", 2]})")),
            "/rules/0/condition/in/1: amounts are strings to keep them exact, e.g. \"1000000.00\"");
  EXPECT_EQ(refusal(with_condition(R"({"field": "facts.planned_cost", "within_days": 3})")),
            "/rules/0/condition/within_days: counts days from a date, and this field is an amount");
  EXPECT_EQ(refusal(with_condition(R"({"field": "facts.planned_cost", "gt": "1000000"})")), "loaded");
}

TEST(RulebookLiterals, AnAmountLiteral_ComparesAsMoney) {
  // 500 000 kr planned on T-1: above 499 999.99, not above 500 000.00 (compared exactly).
  const Portfolio p = testing::compliant_portfolio();
  for (const auto& [limit, fires] : {std::pair{"499999.99", true}, {"500000.00", false}, {"500000", false}}) {
    const Rulebook rulebook = rulebook_from_json(
        with_condition(R"({"all": [{"field": "id", "eq": "T-1"}, {"field": "facts.planned_cost", "gt": ")" +
                       std::string(limit) + R"("}]})"));
    EXPECT_EQ(check(p, rulebook, testing::as_of).findings.size(), fires ? 1u : 0u) << limit;
  }
}

// Fields of list items are typed as well, in some/every (nested too) and in for_each's where.
TEST(RulebookLiterals, LiteralsInsideListItems_AreTyped) {
  EXPECT_EQ(refusal(with_condition(R"({"some": "risks", "where": {"field": "last_assessed", "lt": "1.1.2026"}})")),
            "/rules/0/condition/where/lt: expected a date such as \"2026-11-23\"");
  EXPECT_EQ(refusal(with_condition(R"({"some": "costs", "where": {"field": "amount", "gt": 100000}})")),
            "/rules/0/condition/where/gt: amounts are strings to keep them exact, e.g. \"1000000.00\"");
  EXPECT_EQ(refusal(with_condition(R"({"every": "security.processing_agreements",
      "where": {"not": {"field": "signed_on", "lt": "soon"}}})")),
            "/rules/0/condition/where/not/lt: expected a date such as \"2026-11-23\"");
  EXPECT_EQ(refusal(rulebook_with(R"("for_each": "security.processing_agreements",
      "where": {"field": "signed_on", "lt": "soon"}, "message": {"nb": "x", "da": "x", "en": "x"})")),
            "/rules/0/where/lt: expected a date such as \"2026-11-23\"");
  EXPECT_EQ(refusal(with_condition(R"({"some": "costs", "where": {"all": [{"field": "amount", "gt": "100000.00"},
      {"field": "year", "eq": 2026}]}})")),
            "loaded");
  EXPECT_EQ(refusal(with_condition(R"({"some": "risks", "where": {"field": "last_assessed", "lt": "2026-01-01"}})")),
            "loaded");
}

TEST(RulebookLiterals, DateLiterals_AreDates) {
  EXPECT_EQ(refusal(with_condition(R"({"field": "security.dpia_done", "lt": "1.1.2026"})")),
            "/rules/0/condition/lt: expected a date such as \"2026-11-23\"");
  EXPECT_EQ(refusal(with_condition(R"({"field": "security.dpia_done", "lt": "2026-01-01"})")), "loaded");
}

TEST(RulebookLiterals, PathsInAtForEachAndPlaceholders_AreChecked) {
  const std::string message = R"("message": {"nb": "x", "da": "x", "en": "x"})";
  EXPECT_EQ(refusal(rulebook_with(R"("condition": {"exists": "owner"}, "at": "../../etc", )" + message)),
            "/rules/0/at: a field path has no empty steps");
  EXPECT_EQ(refusal(rulebook_with(R"("for_each": "secrity.processing_agreements", "where": {"exists": "supplier"}, )" + message)),
            "/rules/0/for_each: unknown field \"secrity\"; known: id, title, description, service_areas, owner, anchoring, "
            "case_reference, registry_entry, programme, stage, phase, status, planned, actual, fixed_start, costs, "
            "risks, dependencies, goals, mandatory, security, facts, decision");
  EXPECT_EQ(refusal(with_condition(R"({"exists": "owner"})", "{id} {tittle}")).substr(0, 45),
            "/rules/0/message/nb: unknown field \"tittle\"; ");
  EXPECT_EQ(refusal(with_condition(R"({"exists": "owner"})", "{item.supplier}")).substr(0, 43),
            "/rules/0/message/nb: unknown field \"item\"; ");
}

TEST(RulebookLiterals, EveryOverARequiredList_FailsWhenTheListIsEmpty) {
  Portfolio p = testing::compliant_portfolio();
  p.initiatives[0].security.processing_agreements.clear();
  for (const auto& [required, fires] : {std::pair{"false", false}, {"true", true}}) {
    const Rulebook rulebook = rulebook_from_json(with_condition(
        R"({"all": [{"field": "id", "eq": "T-1"}, {"not": {"every": "security.processing_agreements", "required": )" +
        std::string(required) + R"(, "where": {"exists": "signed_on"}}}]})"));
    EXPECT_EQ(check(p, rulebook, testing::as_of).findings.size(), fires ? 1u : 0u) << required;
  }
  EXPECT_EQ(refusal(with_condition(R"({"some": "costs", "required": true, "where": {"exists": "year"}})")),
            "/rules/0/condition/required: \"required\" is true or false, with \"every\"");
}

}  // namespace
}  // namespace tiltak
