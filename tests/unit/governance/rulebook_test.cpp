// Rulebooks: the shipped ones load; custom rules work without recompiling; bad ones are
// refused with every problem at its JSON Pointer.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/governance_fixture.hpp"
#include "tiltak/governance/compliance.hpp"

namespace tiltak {
namespace {

using testing::as_of;
using testing::compliant_portfolio;
using testing::flagged;
using Set = std::set<std::string>;

std::vector<Problem> problems_of(const std::string& json) {
  try {
    rulebook_from_json(json, "rules.json");
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    return error.problems();
  }
  ADD_FAILURE() << "the rulebook loaded";
  return {};
}

std::vector<std::string> pointers(const std::vector<Problem>& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(p.pointer);
  return out;
}

const char* rule_with(const char* condition) {
  static std::string text;
  text = std::string(R"({"rulebook": "test", "rules": [{"id": "r", "severity": "info", "scope": "initiative",
      "message": {"nb": "{id}", "da": "{id}", "en": "{id}"}, "condition": )") + condition + "}]}";
  return text.c_str();
}

TEST(Rulebook, ShippedRulebooksLoadAndMatchTheirFiles) {
  EXPECT_EQ(builtin_rulebook_ids(), (std::vector<std::string>{"no-default", "dk-default"}));
  for (const auto& id : builtin_rulebook_ids()) {
    const Rulebook shipped = builtin_rulebook(id);
    const Rulebook file = load_rulebook(std::string(TILTAK_EXAMPLES_DIR) + "/../data/rulebooks/" + id + ".json");
    EXPECT_EQ(shipped.rules(), file.rules());
    EXPECT_EQ(shipped.gates(), file.gates());
    EXPECT_EQ(shipped.mandates(), file.mandates());
    EXPECT_EQ(shipped.rules().size(), 18u);  // 12 over initiatives and benefits, 6 over systems (issue 23)
  }
  EXPECT_EQ(default_rulebook(Currency::DKK).id(), "dk-default");
  EXPECT_EQ(default_rulebook(Currency::NOK).currency(), Currency::NOK);
  EXPECT_THROW(builtin_rulebook("se-default"), Error);
}

TEST(Rulebook, CustomRule_ComparesAmountsExactlyAndNamesInLists) {
  auto p = compliant_portfolio();  // T-1 plans 500 000.00
  const auto big = rulebook_from_json(rule_with(R"({"field": "facts.planned_cost", "gt": "499999.99"})"));
  EXPECT_EQ(flagged(check(p, big, as_of)), Set{"r:T-1"});
  const auto bigger = rulebook_from_json(rule_with(R"({"field": "facts.planned_cost", "gt": "500000"})"));
  EXPECT_EQ(flagged(check(p, bigger, as_of)), Set{});
  const auto area = rulebook_from_json(rule_with(R"({"field": "service_areas", "contains": "skole"})"));
  EXPECT_EQ(flagged(check(p, area, as_of)), Set{"r:T-2"});
  const auto risky = rulebook_from_json(rule_with(R"({"some": "risks", "where": {"field": "probability", "ge": 2}})"));
  EXPECT_EQ(flagged(check(p, risky, as_of)), Set{"r:T-1"});
  const auto every = rulebook_from_json(rule_with(R"({"every": "risks", "where": {"field": "probability", "ge": 3}})"));
  EXPECT_EQ(flagged(check(p, every, as_of)), Set{"r:T-2"});  // vacuously true without risks
  const auto stages = rulebook_from_json(rule_with(R"({"all": [{"field": "stage", "in": ["registered"]}, {"not": {"exists": "security.ros_done"}}]})"));
  EXPECT_EQ(flagged(check(p, stages, as_of)), Set{"r:T-2"});
}

TEST(Rulebook, SyntaxError_HasLineAndColumn) {
  try {
    rulebook_from_json("{\n  \"rulebook\": \"x\",\n  \"rules\": [\n}", "rules.json");
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::parse_error);
    ASSERT_FALSE(error.problems().empty());
    EXPECT_EQ(error.problems()[0].line, 4u);
  }
}

TEST(Rulebook, BadRulebook_ListsEveryProblemWithItsPointer) {
  const auto problems = problems_of(R"({"rulebook": "x", "rulse": [],
    "rules": [
      {"id": "a", "severity": "fatal", "scope": "initiative", "condition": {"exists": "owner"},
       "message": {"nb": "a", "da": "a"}},
      {"id": "a", "severity": "error", "scope": "initiative",
       "condition": {"all": [{"field": "secrity.cloud_service", "eq": true}, {"field": "stage", "is": "idea"},
                             {"field": "status", "older_than_days": -3}, {"maybe": 1}]},
       "message": {"nb": "a", "da": "a", "en": "a"}}],
    "mandates": [{"body": "council"}, {"body": "secretariat", "max_amount": "12.345"}],
    "gates": [{"from": ["idea"], "to": "registred"}]})");
  const std::vector<std::string> expected{"/rulse",
                                          "/rules/0/severity",
                                          "/rules/0/message/en",
                                          "/rules/1/condition/all/0/field",
                                          "/rules/1/condition/all/1/is",
                                          "/rules/1/condition/all/2/older_than_days",
                                          "/rules/1/condition/all/3",
                                          "/gates/0/to",
                                          "/mandates/1/max_amount",
                                          "/rules/1/id",
                                          "/mandates/1/body",
                                          "/mandates/0/max_amount"};
  EXPECT_EQ(pointers(problems), expected);
  EXPECT_NE(problems[3].message.find("unknown field \"secrity\""), std::string::npos) << problems[3].message;
}

TEST(Rulebook, PlaceholdersFillFromTheView) {
  auto p = compliant_portfolio();
  const auto rulebook = rulebook_from_json(R"({"rulebook": "t", "rules": [{"id": "r", "severity": "warning",
      "scope": "initiative", "condition": {"field": "stage", "eq": "in_progress"},
      "message": {"nb": "{id}: {facts.planned_cost} {service_areas} {fixed_start}", "da": "-", "en": "-"}}]})");
  const auto report = check(p, rulebook, as_of);
  ASSERT_EQ(report.findings.size(), 1u);
  EXPECT_EQ(report.findings[0].message, "T-1: 500 000 kr helse -");
  EXPECT_EQ(report.findings[0].pointer, "/initiatives/0");
}

}  // namespace
}  // namespace tiltak
