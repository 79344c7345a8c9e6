// The shipped rules, each firing and not firing, and the bundled example's report.

#include <gtest/gtest.h>

#include "support/governance_fixture.hpp"
#include "tiltak/governance/compliance.hpp"
#include "tiltak/governance/decision_log.hpp"
#include "tiltak/io/portfolio_json.hpp"

namespace tiltak {
namespace {

using testing::as_of;
using testing::compliant_portfolio;
using testing::day;
using testing::flagged;
using testing::norwegian;
using Set = std::set<std::string>;

Set run(const Portfolio& p, Date when = as_of) { return flagged(check(p, norwegian(), when)); }

TEST(ShippedRules, CompliantPortfolio_HasNoFindings) { EXPECT_EQ(run(compliant_portfolio()), Set{}); }

TEST(ShippedRules, CloudWithoutClearance_FiresOnceStartedAndNotBeforeApproval) {
  auto p = compliant_portfolio();
  p.initiatives[0].security.security_clearance.reset();
  EXPECT_EQ(run(p), Set{"cloud-clearance:T-1"});
  p.initiatives[0].security.cloud_service = false;
  EXPECT_EQ(run(p), Set{});  // neither cloud nor app
  p.initiatives[0].security.app_acquisition = true;
  EXPECT_EQ(run(p), Set{"cloud-clearance:T-1"});
  p.initiatives[0].stage = Stage::recommended;  // not yet acquiring
  EXPECT_EQ(run(p), Set{});
}

TEST(ShippedRules, PersonalDataWithoutDpia_Fires) {
  auto p = compliant_portfolio();
  p.initiatives[0].security.dpia_done.reset();
  const auto report = check(p, norwegian(), as_of, Language::en);
  ASSERT_EQ(flagged(report), Set{"dpia:T-1"});
  EXPECT_EQ(report.findings[0].pointer, "/initiatives/0/security/dpia_done");
  EXPECT_EQ(report.findings[0].severity, Severity::error);
  EXPECT_EQ(report.findings[0].message,
            "T-1 Tiltak T-1: processes personal data without a data protection impact assessment (DPIA).");
  p.initiatives[0].security.processes_personal_data = false;
  EXPECT_EQ(run(p), Set{});
}

TEST(ShippedRules, RiskAssessment_FiresAfter90DaysAndWithoutRos) {
  auto p = compliant_portfolio();
  auto& t1 = p.initiatives[0];
  t1.risks[0].last_assessed = day("2026-08-25");  // 90 days before 2026-11-23: still within
  EXPECT_EQ(run(p), Set{});
  t1.risks[0].last_assessed = day("2026-08-24");  // 91 days; the ROS (January) is older still
  EXPECT_EQ(run(p), Set{"risk-assessment:T-1"});
  t1.risks[0].last_assessed = day("2026-11-01");
  t1.security.ros_done.reset();  // recent risk review, but never a ROS
  EXPECT_EQ(run(p), Set{"risk-assessment:T-1"});
  t1.stage = Stage::completed;  // no longer active
  t1.security.ros_done = day("2026-01-12");
  t1.risks[0].last_assessed = day("2025-01-01");
  EXPECT_EQ(run(p), Set{});
}

TEST(ShippedRules, UnsignedAgreement_PointsAtTheAgreement) {
  auto p = compliant_portfolio();
  p.initiatives[0].security.processing_agreements.push_back({"Skyleverandør AS", true, std::nullopt, std::nullopt});
  p.initiatives[0].security.processing_agreements.push_back({"Rådgiver AS", false, std::nullopt, std::nullopt});  // no personal data
  const auto report = check(p, norwegian(), as_of, Language::nb);
  ASSERT_EQ(flagged(report), Set{"processing-agreement:T-1"});
  EXPECT_EQ(report.findings[0].pointer, "/initiatives/0/security/processing_agreements/1");
  EXPECT_EQ(report.findings[0].message,
            "T-1 Tiltak T-1: leverandøren Skyleverandør AS behandler personopplysninger uten signert databehandleravtale.");
}

TEST(ShippedRules, BudgetWithoutCouncil_FiresWhenTheLogShowsOnlyTheSecretariat) {
  auto p = compliant_portfolio();
  EXPECT_EQ(run(p), Set{});  // no log: the stage stands for the history before it
  // A log that verifies (hashed, and its last decision gives T-1 its stage), by one body.
  auto log_by = [&](DecisionBody body) {
    Decision d;
    d.initiative = InitiativeId("T-1");
    d.from = Stage::approved;
    d.to = Stage::in_progress;
    d.body = body;
    d.date = day("2026-01-05");
    p.decisions.clear();
    append_decision(p.decisions, d);
  };
  log_by(DecisionBody::secretariat);
  EXPECT_EQ(run(p), Set{"council-treatment:T-1"});
  log_by(DecisionBody::council);
  EXPECT_EQ(run(p), Set{});
  log_by(DecisionBody::secretariat);
  p.initiatives[0].costs.clear();  // needs no budget
  EXPECT_EQ(run(p), Set{});
}

TEST(ShippedRules, InitiativeWithoutOwner_FiresFromRegistration) {
  auto p = compliant_portfolio();
  p.initiatives[1].owner.reset();
  EXPECT_EQ(run(p), Set{"initiative-owner:T-2"});
  p.initiatives[1].stage = Stage::idea;
  EXPECT_EQ(run(p), Set{});
}

TEST(ShippedRules, StaleStatus_FiresAfter90DaysOrWithoutReport) {
  auto p = compliant_portfolio();
  p.initiatives[0].status[0].date = day("2026-08-25");  // 90 days
  EXPECT_EQ(run(p), Set{});
  p.initiatives[0].status[0].date = day("2026-08-24");
  EXPECT_EQ(run(p), Set{"status-report:T-1"});
  p.initiatives[0].status.clear();
  EXPECT_EQ(run(p), Set{"status-report:T-1"});
  p.initiatives[0].stage = Stage::approved;  // not started: no report due
  EXPECT_EQ(run(p), Set{});
}

TEST(ShippedRules, DependencyOnPausedOrCancelled_Fires) {
  auto p = compliant_portfolio();
  p.initiatives[0].dependencies.push_back({InitiativeId("T-2"), DependencyType::finish_to_start, 0});
  EXPECT_EQ(run(p), Set{});
  p.initiatives[1].stage = Stage::paused;
  p.initiatives[1].status.push_back({StatusDimension::schedule, Rag::red, "", day("2026-11-01")});
  const auto report = check(p, norwegian(), as_of, Language::en);
  ASSERT_EQ(flagged(report), Set{"stopped-dependency:T-1"});
  EXPECT_EQ(report.findings[0].pointer, "/initiatives/0/dependencies/0");
  EXPECT_EQ(report.findings[0].message, "T-1 Tiltak T-1: depends on T-2, which is paused.");
  p.initiatives[1].stage = Stage::cancelled;
  EXPECT_EQ(run(p), Set{"stopped-dependency:T-1"});
}

TEST(ShippedRules, BenefitWithoutOwnerBaselineOrPlan_Fires) {
  auto p = compliant_portfolio();
  p.benefits[0].owner.reset();
  EXPECT_EQ(run(p), Set{"benefit-owner:G-1"});
  p = compliant_portfolio();
  p.benefits[0].baseline.reset();
  EXPECT_EQ(run(p), Set{"benefit-baseline:G-1"});
  p = compliant_portfolio();
  p.benefits[0].target.reset();
  EXPECT_EQ(run(p), Set{"benefit-measurement-plan:G-1"});
  p.benefits[0].profile.push_back({2027, 50});  // a yearly plan instead of a target
  EXPECT_EQ(run(p), Set{});
  p.benefits[0].indicator = {};
  EXPECT_EQ(run(p), Set{"benefit-measurement-plan:G-1"});
}

TEST(ShippedRules, DanishRulebook_AsksForStatusEvery60Days) {
  auto p = compliant_portfolio();
  p.initiatives[0].status[0].date = day("2026-09-20");  // 64 days
  EXPECT_EQ(run(p), Set{});
  const auto report = check(p, builtin_rulebook("dk-default"), as_of, Language::da);
  EXPECT_EQ(flagged(report), Set{"status-report:T-1"});
  EXPECT_EQ(report.findings[0].message,
            "T-1 Tiltak T-1: seneste statusrapport er ældre end 60 dage (20.09.2026).");
}

TEST(ComplianceSummary, CountsPerServiceArea) {
  auto p = compliant_portfolio();
  p.initiatives[0].security.dpia_done.reset();  // error on T-1 (helse)
  p.benefits[0].owner.reset();                  // warning on G-1, fed by T-1 (helse)
  const auto report = check(p, norwegian(), as_of);
  ASSERT_EQ(report.areas.size(), 2u);
  EXPECT_EQ(report.areas[0], (AreaCompliance{ServiceAreaId("helse"), "Helse", 1, 0, 1, 1, 0}));
  EXPECT_EQ(report.areas[1], (AreaCompliance{ServiceAreaId("skole"), "Skole", 1, 1, 0, 0, 0}));
}

// The gaps planted in the bundled example (docs/governance.md): some findings, not all.
TEST(Fjordvik, ReportFindsThePlantedGapsAndNoMore) {
  const Portfolio p = load_portfolio(std::string(TILTAK_EXAMPLES_DIR) + "/fjordvik.json");
  const auto report = check(p, norwegian(), as_of);
  const Set expected{
      "cloud-clearance:T-002", "cloud-clearance:T-014", "cloud-clearance:T-017", "cloud-clearance:T-020",
      "dpia:T-014", "dpia:T-017", "dpia:T-018", "dpia:T-019",
      "risk-assessment:T-002", "risk-assessment:T-004", "risk-assessment:T-006", "risk-assessment:T-007",
      "risk-assessment:T-012", "risk-assessment:T-014", "risk-assessment:T-015", "risk-assessment:T-020",
      "risk-assessment:T-023", "risk-assessment:T-026",
      "processing-agreement:T-011", "processing-agreement:T-014", "processing-agreement:T-017",
      // Apps with personal data and no agreement recorded (issue 16: they passed the gate).
      "processing-agreement-missing:T-002", "processing-agreement-missing:T-020",
      "initiative-owner:T-029",
      "status-report:T-006", "status-report:T-014", "status-report:T-017", "status-report:T-023",
      "benefit-owner:G-04", "benefit-owner:G-05", "benefit-owner:G-19", "benefit-owner:G-28"};
  EXPECT_EQ(flagged(report), expected);
  EXPECT_EQ(report.count(Severity::error), 14);
  EXPECT_EQ(report.count(Severity::warning), 18);
  std::set<std::string> with_findings;
  for (const auto& finding : report.findings)
    if (finding.subject_kind == RuleScope::initiative) with_findings.insert(finding.subject);
  EXPECT_EQ(with_findings.size(), 15u);  // of 35 initiatives
}

}  // namespace
}  // namespace tiltak
