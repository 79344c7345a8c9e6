// A check of a few entities after a change (the store's): what it finds, and that it finds it
// against every id, indexed before the change.

#include <gtest/gtest.h>

#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/model/validation.hpp"
#include "tiltak/io/text_file.hpp"

namespace tiltak {
namespace {

class ValidationSelection : public ::testing::Test {
 protected:
  Portfolio before_ = parse_portfolio(read_text_file(TILTAK_EXAMPLES_DIR "/fjordvik.json"));
  EntityIds ids_ = index_entity_ids(before_);
  Portfolio after_ = before_;
  std::size_t end_ = before_.initiatives.size();  // the position of the first appended initiative

  Initiative appended(const std::string& id) {
    Initiative initiative = before_.initiatives.back();
    initiative.id = InitiativeId(id);
    initiative.dependencies.clear();
    return initiative;
  }
};

TEST_F(ValidationSelection, AppendedInitiativesMayDependOnEachOther) {
  after_.initiatives.push_back(appended("N-1"));
  after_.initiatives.push_back(appended("N-2"));
  after_.initiatives.back().dependencies.push_back({InitiativeId("N-1")});
  after_.initiatives.back().dependencies.push_back({InitiativeId("T-001")});
  EXPECT_EQ(validate(after_, {{end_, end_ + 1}, {}, {}}, ids_), std::vector<Problem>{});
}

TEST_F(ValidationSelection, AppendedIdInUse_IsADuplicateOfTheStandingOne) {
  after_.initiatives.push_back(appended("T-002"));
  const auto problems = validate(after_, {{end_}, {}, {}}, ids_);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].pointer, "/initiatives/" + std::to_string(end_) + "/id");
  EXPECT_EQ(problems[0].message,
            "duplicate initiative id; first defined at /initiatives/" + std::to_string(ids_.initiatives.at("T-002")) + "/id");
}

TEST_F(ValidationSelection, OnlyTheSelectedEntitiesAreChecked) {
  after_.initiatives[3].dependencies.push_back({InitiativeId("T-999")});
  after_.initiatives[5].dependencies.push_back({InitiativeId("T-998")});
  const auto problems = validate(after_, {{5}, {}, {}}, ids_);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].value, "\"T-998\"");
  EXPECT_EQ(validate(after_).size(), 2u);  // the whole check finds both
}

TEST_F(ValidationSelection, ChangedBenefitIsCheckedAgainstEveryInitiative) {
  ASSERT_FALSE(after_.benefits.empty());
  after_.benefits[0].contributors.front().initiative = InitiativeId("T-999");
  const auto problems = validate(after_, {{}, {0}, {}}, ids_);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].pointer, "/benefits/0/contributors/0/initiative");
}

}  // namespace
}  // namespace tiltak
