// The model's rules on the IT-system register (issue 23): ids, references, contract dates and
// notice, and the actions initiatives take on systems, each problem at its JSON Pointer.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "support/document_fixture.hpp"
#include "tiltak/model/validation.hpp"
#include "support/system_register_example.hpp"

namespace tiltak {
namespace {

using testing::register_portfolio;

bool has_problem(const std::vector<Problem>& problems, const std::string& pointer, const std::string& words) {
  return std::any_of(problems.begin(), problems.end(), [&](const Problem& problem) {
    return problem.pointer == pointer && problem.message.find(words) != std::string::npos;
  });
}

std::string listed(const std::vector<Problem>& problems) {
  std::string all;
  for (const auto& problem : problems) all += "\n  " + problem.describe();
  return all;
}

TEST(SystemValidation, TheRegisterFixtureIsValid) { EXPECT_TRUE(validate(register_portfolio()).empty()); }

TEST(SystemValidation, DuplicateAndEmptyIdsAndUnknownReferencesAreReported) {
  Portfolio p = register_portfolio();
  p.systems[2].id = p.systems[0].id;
  p.systems[1].owner = PersonId("p-nobody");
  p.systems[0].units.push_back(UnitId("u-none"));
  p.systems[0].cost_bearer = UnitId("u-none");
  p.systems[1].name.clear();
  const auto problems = validate(p);
  EXPECT_TRUE(has_problem(problems, "/systems/2/id", "duplicate system id; first defined at /systems/0/id")) << listed(problems);
  EXPECT_TRUE(has_problem(problems, "/systems/1/owner", "no person has this id")) << listed(problems);
  EXPECT_TRUE(has_problem(problems, "/systems/0/units/1", "no unit has this id")) << listed(problems);
  EXPECT_TRUE(has_problem(problems, "/systems/0/cost_bearer", "no unit has this id")) << listed(problems);
  EXPECT_TRUE(has_problem(problems, "/systems/1/name", "must not be empty")) << listed(problems);
}

TEST(SystemValidation, ContractDatesNoticeAndCostsAreChecked) {
  Portfolio p = register_portfolio();
  p.systems[0].contracts[0].end = *parse_iso_date("2018-12-31");  // before its start 2019-01-01
  p.systems[0].contracts[0].notice_months = -1;
  p.systems[1].contracts[0].notice_months = 121;
  p.systems[1].running_cost = Money(-100, Currency::NOK);
  p.systems[2].special_categories = true;  // without personal data
  const auto problems = validate(p);
  EXPECT_EQ(problems.size(), 5u) << listed(problems);
  EXPECT_TRUE(has_problem(problems, "/systems/0/contracts/0/end", "ends before it starts (2019-01-01)")) << listed(problems);
  EXPECT_TRUE(has_problem(problems, "/systems/0/contracts/0/notice_months", "between 0 and 120")) << listed(problems);
  EXPECT_TRUE(has_problem(problems, "/systems/1/contracts/0/notice_months", "between 0 and 120")) << listed(problems);
  EXPECT_TRUE(has_problem(problems, "/systems/1/running_cost", "must not be negative")) << listed(problems);
  EXPECT_TRUE(has_problem(problems, "/systems/2/special_categories", "personal_data")) << listed(problems);
}

TEST(SystemValidation, ActionsNameSystemsOfTheRegister) {
  Portfolio p = register_portfolio();
  auto& actions = p.initiatives[1].system_actions;
  actions.push_back({SystemActionKind::changes, SystemId("S-NONE"), std::nullopt});
  actions.push_back({SystemActionKind::introduces, SystemId("S-SKY"), SystemId("S-SAK")});
  actions.push_back({SystemActionKind::replaces, SystemId("S-SAK"), std::nullopt});
  actions.push_back({SystemActionKind::changes, SystemId("S-SKY"), std::nullopt});  // S-SKY twice
  p.initiatives[0].system_actions[0].with = SystemId("S-OMSORG");                  // replaces itself
  const auto problems = validate(p);
  EXPECT_EQ(problems.size(), 5u) << listed(problems);
  EXPECT_TRUE(has_problem(problems, "/initiatives/1/system_actions/0/system", "no system has this id")) << listed(problems);
  EXPECT_TRUE(has_problem(problems, "/initiatives/1/system_actions/1/with", "only a replacement")) << listed(problems);
  EXPECT_TRUE(has_problem(problems, "/initiatives/1/system_actions/2", "names the system introduced")) << listed(problems);
  EXPECT_TRUE(has_problem(problems, "/initiatives/1/system_actions/3/system", "same system twice")) << listed(problems);
  EXPECT_TRUE(has_problem(problems, "/initiatives/0/system_actions/0/with", "cannot replace itself")) << listed(problems);
}

}  // namespace
}  // namespace tiltak
