// The shipped rulebooks agree with their own gates (issue 16): on generated portfolios, every
// transition a gate allows leaves the moved initiative with no error finding it did not have
// before. (The recommended → approved gate once asked no security questions while
// cloud-clearance fires on approved; "every agreement is signed" held for an app with none.)

#include <gtest/gtest.h>

#include <set>

#include "support/governance_fixture.hpp"
#include "tiltak/governance/compliance.hpp"
#include "tiltak/governance/lifecycle_gates.hpp"
#include "tiltak/model/synthetic.hpp"

namespace tiltak {
namespace {

std::set<std::string> errors_on(const ComplianceReport& report, const std::string& subject) {
  std::set<std::string> out;
  for (const auto& finding : report.findings)
    if (finding.severity == Severity::error && finding.subject == subject) out.insert(finding.rule + " " + finding.pointer);
  return out;
}

TEST(GateWalk, NoAllowedTransitionCreatesANewError_InEveryShippedRulebook) {
  for (const auto& id : builtin_rulebook_ids()) {
    const Rulebook rulebook = builtin_rulebook(id);
    std::size_t allowed = 0, refused = 0;
    // Every transition re-checks the whole portfolio, so many small portfolios walk as many
    // transitions as a few large ones at a fraction of the cost.
    for (const std::uint64_t seed : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u, 9u}) {
      SyntheticOptions options;
      options.initiatives = 50;
      options.seed = seed;
      options.currency = rulebook.currency();
      const Portfolio portfolio = generate_portfolio(options);
      const Date walk_day = testing::day("2027-06-30");
      const ComplianceReport before = check(portfolio, rulebook, walk_day);
      for (const auto& initiative : portfolio.initiatives)
        for (const auto& gate : rulebook.gates()) {
          bool from_here = false;
          for (const Stage from : gate.from) from_here = from_here || from == initiative.stage;
          if (!from_here) continue;
          Decision decision;  // the highest body, so that only the gate's requirements decide
          decision.body = DecisionBody::municipal_council;
          decision.date = walk_day;
          decision.case_reference = "2027/1";
          Portfolio after = portfolio;
          if (!check_transition(after, rulebook, initiative.id, gate.to, decision).allowed) {
            ++refused;
            continue;
          }
          ++allowed;
          advance(after, rulebook, initiative.id, gate.to, decision);
          const auto old_errors = errors_on(before, initiative.id.str());
          for (const auto& error : errors_on(check(after, rulebook, walk_day), initiative.id.str()))
            EXPECT_TRUE(old_errors.contains(error))
                << id << ", seed " << seed << ": " << initiative.id.str() << " " << enum_name(initiative.stage)
                << " → " << enum_name(gate.to) << " is allowed but creates the error " << error;
        }
    }
    EXPECT_GT(allowed, 100u) << id;  // the walk really walks
    EXPECT_GT(refused, 100u) << id;
  }
}

// The case of T-002 and T-020 in the example: an app processing personal data with no
// data-processing agreement recorded no longer passes approved → in_progress.
TEST(GateWalk, AppWithPersonalDataAndNoAgreement_DoesNotPassTheGate) {
  Portfolio p = testing::compliant_portfolio();
  p.initiatives[0].stage = Stage::approved;
  p.initiatives[0].security.processing_agreements.clear();
  Decision d;
  d.body = DecisionBody::council;
  d.date = testing::day("2026-11-23");
  for (const auto& id : builtin_rulebook_ids()) {
    const auto result = check_transition(p, builtin_rulebook(id), InitiativeId("T-1"), Stage::in_progress, d);
    EXPECT_FALSE(result.allowed) << id;
    ASSERT_EQ(result.unmet.size(), 1u) << id;
    EXPECT_EQ(result.unmet[0].value, "processing-agreements");
  }
  p.initiatives[0].security.cloud_service = false;  // processing in house: no agreement needed
  EXPECT_TRUE(check_transition(p, builtin_rulebook("no-default"), InitiativeId("T-1"), Stage::in_progress, d).allowed);
}

}  // namespace
}  // namespace tiltak
