// Every kind of load error is reported with the JSON Pointer of the offending field, the
// value and a reason; all of them at once; and nothing is returned half-loaded.

#include <gtest/gtest.h>

#include "support/document_fixture.hpp"

namespace tiltak {
namespace {

using testing::load_problems;
using testing::minimal_document;
using testing::single_problem;
using Json = nlohmann::ordered_json;

TEST(LoadErrors, MinimalDocumentIsValid) {
  const Portfolio portfolio = parse_portfolio(minimal_document().dump());
  ASSERT_EQ(portfolio.initiatives.size(), 2u);
  EXPECT_EQ(portfolio.initiatives[0].costs[0].amount, Money(125000050, Currency::NOK));
  EXPECT_EQ(portfolio.benefits[0].contributors[0].share_basis_points, 6000);
}

TEST(LoadErrors, WrongTypeNamesPointerAndValue) {
  auto document = minimal_document();
  document["initiatives"][1]["title"] = 42;
  const Problem problem = single_problem(document);
  EXPECT_EQ(problem.pointer, "/initiatives/1/title");
  EXPECT_EQ(problem.value, "42");
  EXPECT_EQ(problem.message, "expected a string");
  EXPECT_EQ(problem.source, "test.json");
}

TEST(LoadErrors, UnknownFieldSuggestsTheNearestKnownOne) {
  auto document = minimal_document();
  document["initiatives"][1]["titel"] = "Min side";
  const Problem problem = single_problem(document);
  EXPECT_EQ(problem.pointer, "/initiatives/1/titel");
  EXPECT_EQ(problem.message, "unknown field; did you mean \"title\"?");
}

TEST(LoadErrors, UnknownFieldFarFromAnyKnownOneGetsNoSuggestion) {
  auto document = minimal_document();
  document["organisation"]["postadresse"] = "Rådhusgata 1";
  EXPECT_EQ(single_problem(document).message, "unknown field");
}

TEST(LoadErrors, MissingRequiredFieldPointsAtTheField) {
  auto document = minimal_document();
  document["initiatives"][1].erase("stage");
  const Problem problem = single_problem(document);
  EXPECT_EQ(problem.pointer, "/initiatives/1/stage");
  EXPECT_EQ(problem.message, "missing required field");
}

TEST(LoadErrors, DuplicateIdNamesTheFirstDefinition) {
  auto document = minimal_document();
  document["initiatives"][1]["id"] = "T-1";
  document["initiatives"][1].erase("dependencies");  // would otherwise depend on itself
  const auto problems = load_problems(document);
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0].pointer, "/initiatives/1/id");
  EXPECT_EQ(problems[0].value, "\"T-1\"");
  EXPECT_EQ(problems[0].message, "duplicate initiative id; first defined at /initiatives/0/id");
}

TEST(LoadErrors, DanglingDependencyIsReported) {
  auto document = minimal_document();
  document["initiatives"][1]["dependencies"][0]["initiative"] = "T-99";
  const Problem problem = single_problem(document);
  EXPECT_EQ(problem.pointer, "/initiatives/1/dependencies/0/initiative");
  EXPECT_EQ(problem.value, "\"T-99\"");
  EXPECT_EQ(problem.message, "no initiative has this id");
}

TEST(LoadErrors, DanglingComponentRecipientAndGoalAreReported) {
  auto document = minimal_document();
  document["initiatives"][0]["dependencies"][0]["component"] = "altinn";
  document["benefits"][0]["recipient"]["unit"] = "u-skole";
  document["initiatives"][0]["goals"][0]["goal"] = "g9";
  const auto problems = load_problems(document);
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].pointer, "/initiatives/0/dependencies/0/component");
  EXPECT_EQ(problems[1].pointer, "/initiatives/0/goals/0/goal");
  EXPECT_EQ(problems[2].pointer, "/benefits/0/recipient/unit");
  EXPECT_EQ(problems[2].message, "no unit has this id");
}

TEST(LoadErrors, SelfDependencyIsReported) {
  auto document = minimal_document();
  document["initiatives"][1]["dependencies"][0]["initiative"] = "T-2";
  EXPECT_EQ(single_problem(document).message, "an initiative cannot depend on itself");
}

TEST(LoadErrors, EndBeforeStartIsReported) {
  auto document = minimal_document();
  document["initiatives"][0]["planned"]["end"] = "2026-01-31";
  const Problem problem = single_problem(document);
  EXPECT_EQ(problem.pointer, "/initiatives/0/planned/end");
  EXPECT_EQ(problem.message, "ends before it starts (2026-02-01)");
}

TEST(LoadErrors, ImpossibleCalendarDateIsReported) {
  auto document = minimal_document();
  document["initiatives"][0]["planned"]["start"] = "2026-02-30";
  const Problem problem = single_problem(document);
  EXPECT_EQ(problem.pointer, "/initiatives/0/planned/start");
  EXPECT_EQ(problem.value, "\"2026-02-30\"");
  EXPECT_EQ(problem.message, "expected a calendar date \"YYYY-MM-DD\"");
}

TEST(LoadErrors, AmountAsJsonNumberIsRefused) {
  auto document = minimal_document();
  document["initiatives"][0]["costs"][0]["amount"] = 1250000.5;
  const Problem problem = single_problem(document);
  EXPECT_EQ(problem.pointer, "/initiatives/0/costs/0/amount");
  EXPECT_EQ(problem.message, "amounts are strings to keep them exact, e.g. \"1250000.50\"");
}

TEST(LoadErrors, AmountWithThreeDecimalsIsRefused) {
  auto document = minimal_document();
  document["strategy"]["budget_frames"][0]["operating"] = "500000.005";
  const Problem problem = single_problem(document);
  EXPECT_EQ(problem.pointer, "/strategy/budget_frames/0/operating");
  EXPECT_EQ(problem.value, "\"500000.005\"");
  EXPECT_EQ(problem.message, "not a valid amount: more decimals than the currency has (at most 2)");
}

TEST(LoadErrors, NegativeCostIsRefused) {
  auto document = minimal_document();
  document["initiatives"][0]["costs"][0]["amount"] = "-10.00";
  EXPECT_EQ(single_problem(document).message, "must not be negative");
}

TEST(LoadErrors, CostSharingKeysMustSumToHundredPercent) {
  auto document = minimal_document();
  document["organisation"]["kind"] = "cooperation";
  document["organisation"]["members"] = Json::array({{{"id", "a"}, {"name", "Aby"}, {"cost_share", "60"}},
                                                     {{"id", "b"}, {"name", "Bby"}, {"cost_share", "30.5"}}});
  const Problem problem = single_problem(document);
  EXPECT_EQ(problem.pointer, "/organisation/members");
  EXPECT_EQ(problem.value, "90.50 %");
  EXPECT_EQ(problem.message, "cost-sharing keys must sum to exactly 100 %");
}

TEST(LoadErrors, CooperationWithExactKeysLoads) {
  auto document = minimal_document();
  document["organisation"]["kind"] = "cooperation";
  document["organisation"]["members"] = Json::array({{{"id", "a"}, {"name", "Aby"}, {"cost_share", "33.34"}},
                                                     {{"id", "b"}, {"name", "Bby"}, {"cost_share", 33.33}},
                                                     {{"id", "c"}, {"name", "Cby"}, {"cost_share", "33.33"}}});
  const Portfolio portfolio = parse_portfolio(document.dump());
  EXPECT_EQ(portfolio.organisation.members[1].cost_share_basis_points, 3333);
}

TEST(LoadErrors, AttributionSharesAboveHundredPercentAreRefused) {
  auto document = minimal_document();
  document["benefits"][0]["contributors"][1]["share"] = "50";
  const Problem problem = single_problem(document);
  EXPECT_EQ(problem.pointer, "/benefits/0/contributors");
  EXPECT_EQ(problem.value, "110.00 %");
}

TEST(LoadErrors, UnknownEnumerationNameListsTheAllowedOnes) {
  auto document = minimal_document();
  document["initiatives"][0]["status"][0]["rag"] = "amber";
  const Problem problem = single_problem(document);
  EXPECT_EQ(problem.pointer, "/initiatives/0/status/0/rag");
  EXPECT_EQ(problem.message, "expected one of: green, yellow, red");
}

TEST(LoadErrors, OutOfRangeScoresAreReported) {
  auto document = minimal_document();
  document["initiatives"][0]["risks"][0]["probability"] = 6;
  document["initiatives"][0]["goals"][0]["score"] = -1;
  const auto problems = load_problems(document);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].pointer, "/initiatives/0/risks/0/probability");
  EXPECT_EQ(problems[0].message, "must be between 1 and 5");
  EXPECT_EQ(problems[1].pointer, "/initiatives/0/goals/0/score");
}

TEST(LoadErrors, DependencyMustNameExactlyOneTarget) {
  auto document = minimal_document();
  document["initiatives"][1]["dependencies"][0]["component"] = "id-porten";
  EXPECT_EQ(single_problem(document).message, "a dependency names exactly one of \"initiative\" or \"component\"");
}

TEST(LoadErrors, UnsupportedSchemaVersionIsReported) {
  auto document = minimal_document();
  document["schema_version"] = 3;  // one beyond the newest (portfolio_schema_version)
  const Problem problem = single_problem(document);
  EXPECT_EQ(problem.pointer, "/schema_version");
  EXPECT_EQ(problem.value, "3");
  document["schema_version"] = 0;
  EXPECT_EQ(single_problem(document).value, "0");
}

TEST(LoadErrors, EveryProblemIsReportedAtOnceAcrossShapeAndRules) {
  auto document = minimal_document();
  document["initiatives"][0]["title"] = false;                           // shape
  document["initiatives"][0]["costs"][1]["hours"] = "many";              // shape
  document["initiatives"][1]["dependencies"][0]["initiative"] = "T-42";  // rule
  document["benefits"][0]["owner"] = "p-nobody";                         // rule
  document["strategy"]["budget_frames"][0]["year"] = 1492;               // rule
  const auto problems = load_problems(document);
  std::vector<std::string> pointers;
  for (const auto& problem : problems) pointers.push_back(problem.pointer);
  EXPECT_EQ(pointers, (std::vector<std::string>{"/initiatives/0/title", "/initiatives/0/costs/1/hours",
                                                "/strategy/budget_frames/0/year",
                                                "/initiatives/1/dependencies/0/initiative", "/benefits/0/owner"}));
}

TEST(LoadErrors, AFieldWithAShapeProblemIsNotReportedTwice) {
  auto document = minimal_document();
  document["initiatives"][1]["dependencies"][0]["initiative"] = 7;  // unreadable: not also "no initiative has this id"
  EXPECT_EQ(single_problem(document).message, "expected a string");
}

TEST(LoadErrors, MalformedJsonGivesLineAndColumn) {
  try {
    parse_portfolio("{\n  \"schema_version\": 1,\n  \"name\": \"x\",,\n}", "broken.json");
    FAIL() << "malformed JSON loaded";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::parse_error);
    ASSERT_EQ(error.problems().size(), 1u);
    EXPECT_EQ(error.problems()[0].source, "broken.json");
    EXPECT_EQ(error.problems()[0].line, 3u);
    EXPECT_EQ(error.problems()[0].column, 15u);  // the second comma
  }
}

TEST(LoadErrors, MissingFileIsAnIoError) {
  try {
    load_portfolio("/nonexistent/portfolio.json");
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::io_error);
    EXPECT_EQ(error.problems()[0].source, "/nonexistent/portfolio.json");
  }
}

TEST(LoadErrors, PointerTokensAreEscaped) {
  auto document = minimal_document();
  document["organisation"]["a/b~c"] = 1;
  EXPECT_EQ(single_problem(document).pointer, "/organisation/a~1b~0c");
}

}  // namespace
}  // namespace tiltak

namespace tiltak {
namespace {

TEST(LoadErrors, UnreadableDateIsOneProblemNotACrashInTheRules) {
  auto document = testing::minimal_document();
  document["benefits"][0]["baseline"]["date"] = "206-01-01";
  const Problem problem = testing::single_problem(document);
  EXPECT_EQ(problem.pointer, "/benefits/0/baseline/date");
}

TEST(LoadErrors, DeepNestingIsRefusedBeforeParsing) {
  // Deeper than any document needs; the JSON library would recurse that deep when writing or
  // destroying the values.
  const std::string deep = "{\"schema_version\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  try {
    parse_portfolio(deep, "deep.json");
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::parse_error);
    EXPECT_EQ(error.problems()[0].message, "not valid JSON: nested deeper than 128 levels");
    EXPECT_EQ(error.problems()[0].column, 147u);  // the 128th '[' (the object is the first level)
  }
}

TEST(LoadErrors, NulByteIsRefusedWhereItStands) {
  std::string text = testing::minimal_document().dump();
  text.push_back('\0');
  text += "trailing";
  try {
    parse_portfolio(text);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::parse_error);
    EXPECT_EQ(error.problems()[0].message, "not valid JSON: a NUL byte");
  }
}

}  // namespace
}  // namespace tiltak
