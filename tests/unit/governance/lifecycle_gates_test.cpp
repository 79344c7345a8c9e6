// Every gate of the shipped lifecycle and every mandate case: refusals list each unmet
// requirement and change nothing.

#include <gtest/gtest.h>

#include "support/governance_fixture.hpp"
#include "tiltak/governance/decision_log.hpp"
#include "tiltak/governance/lifecycle_gates.hpp"

namespace tiltak {
namespace {

using testing::compliant_portfolio;
using testing::day;
using testing::norwegian;
using Ids = std::vector<std::string>;

Decision by(DecisionBody body, std::optional<Money> amount = std::nullopt) {
  Decision d;
  d.body = body;
  d.decided_by = "Leder";
  d.date = day("2026-11-23");
  d.amount = amount;
  d.case_reference = "2026/1234";
  return d;
}

// The ids of the unmet requirements when T-1 goes to `to`; checks that a refusal changes nothing.
Ids refused(Portfolio p, Stage to, const Decision& decision, const Rulebook& rulebook = norwegian()) {
  const Portfolio before = p;
  Ids ids;
  try {
    advance(p, rulebook, InitiativeId("T-1"), to, decision);
    ADD_FAILURE() << "the transition was allowed";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    for (const auto& problem : error.problems()) {
      // Thrown, each unmet requirement is named as every problem's value is: a JSON string.
      EXPECT_TRUE(problem.value.size() >= 2 && problem.value.front() == '"' && problem.value.back() == '"')
          << problem.value;
      ids.push_back(problem.value.substr(1, problem.value.size() - 2));
      EXPECT_EQ(problem.pointer, "/initiatives/0");
    }
  }
  EXPECT_EQ(p, before);
  return ids;
}

Portfolio at(Stage stage) {
  auto p = compliant_portfolio();
  p.initiatives[0].stage = stage;
  return p;
}

Portfolio costing(const char* amount, bool personal_data = false) {
  auto p = at(Stage::recommended);
  p.initiatives[0].costs = {testing::planned_investment(2026, Money::parse(amount, Currency::NOK))};
  p.initiatives[0].security.processes_personal_data = personal_data;
  return p;
}

void allowed(Portfolio& p, Stage to, const Decision& decision, const Rulebook& rulebook = norwegian()) {
  const auto before = p.decisions.size();
  advance(p, rulebook, InitiativeId("T-1"), to, decision);
  EXPECT_EQ(p.initiatives[0].stage, to);
  ASSERT_EQ(p.decisions.size(), before + 1);
  EXPECT_EQ(p.decisions.back().to, to);
}

TEST(Gates, TransitionOutsideTheLifecycle_IsRefused) {
  const auto p = at(Stage::idea);
  EXPECT_EQ(refused(p, Stage::approved, by(DecisionBody::municipal_council)), Ids{"transition"});
  auto copy = p;
  try {
    advance(copy, norwegian(), InitiativeId("T-1"), Stage::approved, by(DecisionBody::council));
  } catch (const Error& error) {
    EXPECT_EQ(error.problems()[0].message, "no transition from Idea → Approved (allowed: Registered (registered))");
  }
  // In the message's language throughout: no English stage names in a Norwegian or Danish frame.
  try {
    advance(copy, norwegian(), InitiativeId("T-1"), Stage::approved, by(DecisionBody::council), Language::nb);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.problems()[0].message, "ingen overgang fra Idé → Godkjent (tillatt: Registrert (registered))");
  }
  try {
    advance(copy, norwegian(), InitiativeId("T-1"), Stage::approved, by(DecisionBody::council), Language::da);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.problems()[0].message, "ingen overgang fra Idé → Godkendt (tilladt: Registreret (registered))");
  }
  EXPECT_THROW(advance(copy, norwegian(), InitiativeId("T-9"), Stage::registered, by(DecisionBody::council)), Error);
}

TEST(Gates, Registration_NeedsOwnerBenefitOverviewAndCostEstimate) {
  auto p = at(Stage::idea);
  p.initiatives[0].owner.reset();
  p.initiatives[0].costs.clear();
  p.benefits.clear();
  EXPECT_EQ(refused(p, Stage::registered, by(DecisionBody::secretariat)),
            (Ids{"owner", "benefit-overview", "cost-estimate"}));
  auto ok = at(Stage::idea);
  allowed(ok, Stage::registered, by(DecisionBody::secretariat));
}

TEST(Gates, Anchoring_NeedsTheSectorLeadersRecommendation) {
  auto p = at(Stage::registered);
  EXPECT_EQ(refused(p, Stage::anchored, by(DecisionBody::secretariat)), Ids{"sector-leader"});
  p.initiatives[0].anchoring = Anchoring{PersonId("p-eier"), false, day("2026-11-01")};
  EXPECT_EQ(refused(p, Stage::anchored, by(DecisionBody::secretariat)), Ids{"sector-leader"});
  p.initiatives[0].anchoring->recommended = true;
  allowed(p, Stage::anchored, by(DecisionBody::secretariat));
}

TEST(Gates, ToCouncil_NeedsACaseNumber) {
  auto p = at(Stage::anchored);
  p.initiatives[0].case_reference.clear();
  auto without = by(DecisionBody::secretariat);
  without.case_reference.clear();
  EXPECT_EQ(refused(p, Stage::in_council, without), Ids{"case"});
  allowed(p, Stage::in_council, by(DecisionBody::secretariat));  // the decision brings one
}

TEST(Gates, Recommendation_NeedsTheCouncilWhenBudgetIsNeeded) {
  auto p = at(Stage::in_council);
  EXPECT_EQ(refused(p, Stage::recommended, by(DecisionBody::secretariat)), (Ids{"council-decision", "minimum_body"}));
  allowed(p, Stage::recommended, by(DecisionBody::council));
  auto rejected = at(Stage::in_council);
  EXPECT_EQ(refused(rejected, Stage::rejected, by(DecisionBody::secretariat)), Ids{"minimum_body"});
  allowed(rejected, Stage::rejected, by(DecisionBody::council));
}

TEST(Gates, Start_NeedsClearanceDpiaAgreementsAndRos) {
  auto p = at(Stage::approved);
  auto& security = p.initiatives[0].security;
  security.security_clearance.reset();
  security.dpia_done.reset();
  security.ros_done.reset();
  security.processing_agreements[0].signed_on.reset();
  EXPECT_EQ(refused(p, Stage::in_progress, by(DecisionBody::secretariat)),
            (Ids{"security-clearance", "dpia", "processing-agreements", "risk-assessment"}));
  auto ok = at(Stage::approved);
  allowed(ok, Stage::in_progress, by(DecisionBody::secretariat));
}

TEST(Gates, PauseResumeCompleteCloseAndCancel) {
  auto p = at(Stage::in_progress);
  EXPECT_EQ(refused(p, Stage::paused, by(DecisionBody::secretariat)), Ids{"minimum_body"});
  allowed(p, Stage::paused, by(DecisionBody::council));
  EXPECT_EQ(refused(p, Stage::completed, by(DecisionBody::council)), Ids{"transition"});
  allowed(p, Stage::in_progress, by(DecisionBody::council));
  allowed(p, Stage::completed, by(DecisionBody::secretariat));
  auto no_benefits = p;
  no_benefits.benefits.clear();
  EXPECT_EQ(refused(no_benefits, Stage::closed, by(DecisionBody::secretariat)), Ids{"benefit-owners"});
  allowed(p, Stage::closed, by(DecisionBody::secretariat));
  for (Stage stage : {Stage::registered, Stage::anchored, Stage::in_council, Stage::recommended, Stage::approved,
                      Stage::in_progress, Stage::paused}) {
    auto c = at(stage);
    EXPECT_EQ(refused(c, Stage::cancelled, by(DecisionBody::secretariat)), Ids{"minimum_body"});
    allowed(c, Stage::cancelled, by(DecisionBody::council));
  }
  EXPECT_EQ(refused(at(Stage::closed), Stage::cancelled, by(DecisionBody::council)), Ids{"transition"});
}

// Mandates of no-default: secretariat ≤ 300 000 kr without personal data, council ≤ 2 MNOK,
// chief executive ≤ 10 MNOK, municipal council above.
TEST(Mandates, RouteBySizeAndCategory) {
  const InitiativeId t1("T-1");
  EXPECT_EQ(competent_body(costing("300000.00"), norwegian(), t1), DecisionBody::secretariat);
  EXPECT_EQ(competent_body(costing("300000.01"), norwegian(), t1), DecisionBody::council);
  EXPECT_EQ(competent_body(costing("200000.00", true), norwegian(), t1), DecisionBody::council);
  EXPECT_EQ(competent_body(costing("2000000.00"), norwegian(), t1), DecisionBody::council);
  EXPECT_EQ(competent_body(costing("2000000.01"), norwegian(), t1), DecisionBody::chief_executive);
  EXPECT_EQ(competent_body(costing("10000000.00"), norwegian(), t1), DecisionBody::chief_executive);
  EXPECT_EQ(competent_body(costing("10000000.01"), norwegian(), t1), DecisionBody::municipal_council);
  // A decision on a larger amount than planned is routed by that amount.
  EXPECT_EQ(competent_body(costing("200000.00"), norwegian(), t1, Money::parse("3000000", Currency::NOK)),
            DecisionBody::chief_executive);
}

TEST(Mandates, ApprovalBelowTheCompetentBody_IsRefused) {
  auto small = costing("250000.00");
  allowed(small, Stage::approved, by(DecisionBody::secretariat));
  EXPECT_EQ(small.decisions.back().body, DecisionBody::secretariat);

  const auto medium = costing("1500000.00");
  EXPECT_EQ(refused(medium, Stage::approved, by(DecisionBody::secretariat)), Ids{"mandate"});
  auto higher = medium;
  allowed(higher, Stage::approved, by(DecisionBody::chief_executive));  // a higher body may decide

  const auto large = costing("25000000.00");
  for (auto body : {DecisionBody::secretariat, DecisionBody::council, DecisionBody::chief_executive})
    EXPECT_EQ(refused(large, Stage::approved, by(body)), Ids{"mandate"});
  auto politicians = large;
  allowed(politicians, Stage::approved, by(DecisionBody::municipal_council));

  auto copy = medium;
  try {
    advance(copy, norwegian(), InitiativeId("T-1"), Stage::approved, by(DecisionBody::secretariat), Language::nb);
  } catch (const Error& error) {
    EXPECT_EQ(error.problems()[0].message,
              "1 500 000,00 kr ligger utenfor mandatet til sekretariatet; må besluttes av digitaliseringsrådet eller "
              "høyere");
  }
  const auto check = check_transition(medium, norwegian(), InitiativeId("T-1"), Stage::approved,
                                      by(DecisionBody::secretariat));
  EXPECT_FALSE(check.allowed);
  EXPECT_EQ(check.competent_body, DecisionBody::council);
}

TEST(Mandates, DanishRulebook_UsesKroner) {
  auto p = costing("1600000.00");
  EXPECT_THROW(competent_body(p, builtin_rulebook("dk-default"), InitiativeId("T-1")), Error);  // NOK vs DKK
  p.currency = Currency::DKK;
  p.initiatives[0].costs[0].amount = Money::parse("1600000.00", Currency::DKK);
  EXPECT_EQ(competent_body(p, builtin_rulebook("dk-default"), InitiativeId("T-1")), DecisionBody::chief_executive);
}

}  // namespace
}  // namespace tiltak
