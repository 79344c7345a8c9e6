// The shipped rulebooks' rules over the system register (issue 23, docs/governance.md), on
// tests/data/systems.json: each gap found once, with the JSON Pointer of the system or contract.

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tiltak/governance/compliance.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "support/system_register_example.hpp"

namespace tiltak {
namespace {

using testing::register_portfolio;
using testing::day;

// "rule:subject@pointer" of the findings on systems.
std::set<std::string> system_findings(const Portfolio& p, const char* as_of, const char* rulebook = "no-default") {
  std::set<std::string> found;
  for (const auto& finding : check(p, builtin_rulebook(rulebook), day(as_of)).findings)
    if (finding.subject_kind == RuleScope::system) found.insert(finding.rule + ":" + finding.subject + "@" + finding.pointer);
  return found;
}

using Set = std::set<std::string>;

TEST(SystemRules, TheFixtureHasTwoGapsInBothRulebooks) {
  // S-OMSORG's contract does not require the central user directory; S-SAK, in operation, was
  // never risk-assessed. Everything else is in order on 2026-10-01.
  const Set expected{"system-contract-security:S-OMSORG@/systems/0/contracts/0",
                     "system-risk-assessment:S-SAK@/systems/2/risk_assessed"};
  EXPECT_EQ(system_findings(register_portfolio(), "2026-10-01"), expected);
  EXPECT_EQ(system_findings(register_portfolio(), "2026-10-01", "dk-default"), expected);
}

TEST(SystemRules, APersonalDataSystemWithoutASignedAgreement) {
  Portfolio p = register_portfolio();
  p.systems[0].processing_agreement->signed_on.reset();
  EXPECT_TRUE(system_findings(p, "2026-10-01").contains(
      "system-processing-agreement:S-OMSORG@/systems/0/processing_agreement"));
  p.systems[0].processing_agreement.reset();
  EXPECT_TRUE(system_findings(p, "2026-10-01").contains(
      "system-processing-agreement:S-OMSORG@/systems/0/processing_agreement"));
}

TEST(SystemRules, SupervisionIsDueAYearAfterTheLast) {
  // Last supervision 2026-03-01: 365 days later is still in time, 366 days is not.
  EXPECT_FALSE(system_findings(register_portfolio(), "2027-03-01")
                   .contains("system-supervision:S-OMSORG@/systems/0/processing_agreement/last_supervision"));
  EXPECT_TRUE(system_findings(register_portfolio(), "2027-03-02")
                  .contains("system-supervision:S-OMSORG@/systems/0/processing_agreement/last_supervision"));
}

TEST(SystemRules, RiskIsAssessedAtLeastQuarterly) {
  // S-OMSORG assessed 2026-08-15: 92 days later (2026-11-15) in time, 93 days not.
  EXPECT_FALSE(system_findings(register_portfolio(), "2026-11-15")
                   .contains("system-risk-assessment:S-OMSORG@/systems/0/risk_assessed"));
  EXPECT_TRUE(system_findings(register_portfolio(), "2026-11-16")
                  .contains("system-risk-assessment:S-OMSORG@/systems/0/risk_assessed"));
}

TEST(SystemRules, ACloudSystemWithoutClearance) {
  Portfolio p = register_portfolio();
  p.systems[1].cloud_clearance.reset();
  EXPECT_TRUE(system_findings(p, "2026-10-01").contains("system-cloud-clearance:S-SKY@/systems/1/cloud_clearance"));
}

TEST(SystemRules, AContractEndingWithinTheHorizonWithoutAnApprovedReplacement) {
  Portfolio p = register_portfolio();
  p.initiatives[0].stage = Stage::recommended;  // T-1, the replacement, is not approved yet
  // The contract ends 2026-11-30: within 365 days of 2026-10-01, not of 2025-11-29 (366 days).
  EXPECT_TRUE(system_findings(p, "2026-10-01").contains("system-contract-ending:S-OMSORG@/systems/0/contracts"));
  EXPECT_FALSE(system_findings(p, "2025-11-29").contains("system-contract-ending:S-OMSORG@/systems/0/contracts"));
  p.initiatives[0].stage = Stage::approved;
  EXPECT_FALSE(system_findings(p, "2026-10-01").contains("system-contract-ending:S-OMSORG@/systems/0/contracts"));
}

TEST(SystemRules, MessagesNameTheSystemInEachLanguage) {
  const Portfolio p = register_portfolio();
  for (const auto& [language, words] : {std::pair{Language::nb, "ingen risikovurdering det siste kvartalet"},
                                        {Language::da, "ingen risikovurdering det seneste kvartal"},
                                        {Language::en, "no risk assessment in the last quarter"}}) {
    const auto report = check(p, builtin_rulebook("no-default"), day("2026-10-01"), language);
    bool seen = false;
    for (const auto& finding : report.findings)
      if (finding.rule == "system-risk-assessment") {
        seen = true;
        EXPECT_NE(finding.message.find("System S-SAK Sak og arkiv"), std::string::npos) << finding.message;
        EXPECT_NE(finding.message.find(words), std::string::npos) << finding.message;
      }
    EXPECT_TRUE(seen);
  }
}

TEST(SystemRules, FindingsCountInTheAreasOfTheUnitsThatUseTheSystem) {
  const auto report = check(register_portfolio(), builtin_rulebook("no-default"), day("2026-10-01"));
  // helse (u-hjem uses S-OMSORG) has S-OMSORG's warning beside the initiatives' findings;
  // S-SAK is used by no unit and counts in no area.
  Portfolio without = register_portfolio();
  without.systems[0].contracts[0].security.central_user_directory = true;
  const auto fixed = check(without, builtin_rulebook("no-default"), day("2026-10-01"));
  ASSERT_EQ(report.areas.size(), fixed.areas.size());
  EXPECT_EQ(report.areas[0].area.str(), "helse");
  EXPECT_EQ(report.areas[0].warnings, fixed.areas[0].warnings + 1);
  EXPECT_EQ(report.areas[1].warnings, fixed.areas[1].warnings);
}

}  // namespace
}  // namespace tiltak
