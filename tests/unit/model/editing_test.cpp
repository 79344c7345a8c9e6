// Changing one initiative keeps the portfolio valid, or changes nothing.

#include <gtest/gtest.h>

#include "support/document_fixture.hpp"
#include "tiltak/model/editing.hpp"
#include "tiltak/model/validation.hpp"

namespace tiltak {
namespace {

Portfolio minimal() { return parse_portfolio(testing::minimal_document().dump()); }

Initiative new_initiative(const std::string& id) {
  Initiative initiative;
  initiative.id = InitiativeId(id);
  initiative.title = "Digital meldingsbok";
  initiative.stage = Stage::registered;
  initiative.service_areas = {ServiceAreaId("skole")};
  return initiative;
}

TEST(Editing, AddAppendsAValidInitiative) {
  Portfolio portfolio = minimal();
  add_initiative(portfolio, new_initiative("T-3"));
  ASSERT_EQ(portfolio.initiatives.size(), 3u);
  EXPECT_EQ(portfolio.initiatives.back().title, "Digital meldingsbok");
}

TEST(Editing, AddWithAnExistingIdIsADuplicateAndChangesNothing) {
  Portfolio portfolio = minimal();
  const Portfolio before = portfolio;
  try {
    add_initiative(portfolio, new_initiative("T-1"));
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::duplicate);
  }
  EXPECT_EQ(portfolio, before);
}

TEST(Editing, AddWithADanglingReferenceIsRefusedAndChangesNothing) {
  Portfolio portfolio = minimal();
  const Portfolio before = portfolio;
  Initiative initiative = new_initiative("T-3");
  initiative.owner = PersonId("p-ukjent");
  initiative.dependencies.push_back({InitiativeId("T-77"), DependencyType::finish_to_start, 0});
  try {
    add_initiative(portfolio, initiative);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    ASSERT_EQ(error.problems().size(), 2u);
    EXPECT_EQ(error.problems()[0].pointer, "/initiatives/2/owner");
    EXPECT_EQ(error.problems()[1].pointer, "/initiatives/2/dependencies/0/initiative");
  }
  EXPECT_EQ(portfolio, before);
}

TEST(Editing, UpdateReplacesTheInitiativeWithTheSameId) {
  Portfolio portfolio = minimal();
  Initiative changed = portfolio.initiatives[1];
  changed.stage = Stage::anchored;
  update_initiative(portfolio, changed);
  EXPECT_EQ(portfolio.initiatives[1].stage, Stage::anchored);
}

// The store checks a replacement with the rest of its change; replace_initiative does not.
TEST(Editing, ReplaceLeavesTheCheckToTheCaller) {
  Portfolio portfolio = minimal();
  Initiative replacement = new_initiative("T-2");
  replacement.service_areas = {ServiceAreaId("nowhere")};
  replace_initiative(portfolio, replacement);
  EXPECT_EQ(portfolio.initiatives[1], replacement);
  EXPECT_EQ(validate(portfolio).size(), 1u);
  try {
    replace_initiative(portfolio, new_initiative("T-404"));
    FAIL() << "an unknown initiative was replaced";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::not_found);
    EXPECT_EQ(error.value(), "\"T-404\"");
  }
}

TEST(Editing, InvalidUpdateIsRefusedWithEveryProblemAndChangesNothing) {
  Portfolio portfolio = minimal();
  const Portfolio before = portfolio;
  Initiative changed = portfolio.initiatives[0];
  changed.planned.end = Date(2025, 1, 1);         // before the start
  changed.goals.push_back({GoalId("g-x"), 9});    // unknown goal, score out of range
  try {
    update_initiative(portfolio, changed);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.problems().size(), 3u);
  }
  EXPECT_EQ(portfolio, before);
}

TEST(Editing, UpdateOfAnUnknownIdIsNotFound) {
  Portfolio portfolio = minimal();
  try {
    update_initiative(portfolio, new_initiative("T-404"));
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::not_found);
  }
}

TEST(Editing, RemoveIsRefusedWhileOthersDependOnItOrBenefitsNameIt) {
  Portfolio portfolio = minimal();
  const Portfolio before = portfolio;
  try {
    remove_initiative(portfolio, InitiativeId("T-1"));
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    ASSERT_EQ(error.problems().size(), 2u);
    EXPECT_EQ(error.problems()[0].pointer, "/initiatives/1/dependencies/0/initiative");
    EXPECT_EQ(error.problems()[1].pointer, "/benefits/0/contributors/0/initiative");
  }
  EXPECT_EQ(portfolio, before);
}

TEST(Editing, RemoveOfAnUnreferencedInitiativeSucceeds) {
  Portfolio portfolio = minimal();
  portfolio.benefits[0].contributors.pop_back();  // T-2 no longer contributes
  remove_initiative(portfolio, InitiativeId("T-2"));
  ASSERT_EQ(portfolio.initiatives.size(), 1u);
  EXPECT_EQ(portfolio.initiatives[0].id.str(), "T-1");
}

}  // namespace
}  // namespace tiltak
