// The tamper suite (issue 16): rewrites of the decision record that an attacker with write
// access to the portfolio file can make, and which of them the archive's acknowledgements
// (the anchors its copies of the decision messages carry) make detectable. The ones that
// stay undetectable without an acknowledgement are pinned too, as docs/governance.md states.

#include <gtest/gtest.h>

#include "support/governance_fixture.hpp"
#include "tiltak/governance/compliance.hpp"
#include "tiltak/governance/decision_log.hpp"
#include "tiltak/governance/fiks_arkiv.hpp"
#include "tiltak/governance/lifecycle_gates.hpp"

namespace tiltak {
namespace {

using testing::compliant_portfolio;
using testing::day;

const Rulebook rulebook = builtin_rulebook("no-default");

void step(Portfolio& p, Stage to, DecisionBody body, const char* date) {
  Decision d;
  d.body = body;
  d.date = day(date);
  d.amount = Money::parse("100000.00", Currency::NOK);
  advance(p, rulebook, InitiativeId("T-1"), to, d);
}

// T-1 from idea to in_council in three decisions, each filed in the archive, which keeps its
// copy: the anchors. The third message was written with the log at three entries.
struct Record {
  Portfolio portfolio;
  std::vector<ChainAnchor> anchors;
};

Record acknowledged_record() {
  Record r;
  r.portfolio = compliant_portfolio();
  r.portfolio.initiatives[0].stage = Stage::idea;
  r.portfolio.initiatives[0].anchoring = Anchoring{PersonId("p-eier"), true, day("2026-02-01")};
  step(r.portfolio, Stage::registered, DecisionBody::secretariat, "2026-01-10");
  r.anchors.push_back(read_chain_anchor(arkivmelding_for_decision(r.portfolio, 0)));
  step(r.portfolio, Stage::anchored, DecisionBody::secretariat, "2026-02-01");
  step(r.portfolio, Stage::in_council, DecisionBody::secretariat, "2026-02-10");
  r.anchors.push_back(read_chain_anchor(arkivmelding_for_decision(r.portfolio, 2)));
  return r;
}

// What an attacker who knows the public algorithm does after editing: every hash recomputed.
void rehash(std::vector<Decision>& log) {
  for (std::size_t i = 0; i < log.size(); ++i) {
    log[i].previous_hash = i == 0 ? std::string() : log[i - 1].hash;
    log[i].hash = decision_hash(log[i]);
  }
}

std::vector<std::string> kinds(const LogVerification& v) {
  std::vector<std::string> out;
  for (const auto& f : v.findings) out.push_back(f.value + " " + f.pointer);
  return out;
}

TEST(Tamper, ArchivedMessage_CarriesTheEntryHashAndTheChainHead) {
  const Record r = acknowledged_record();
  EXPECT_EQ(r.anchors[0], (ChainAnchor{1, r.portfolio.decisions[0].hash, 1, r.portfolio.decisions[0].hash}));
  EXPECT_EQ(r.anchors[1], (ChainAnchor{3, r.portfolio.decisions[2].hash, 3, r.portfolio.decisions[2].hash}));
  // An earlier decision sent later anchors the head as it is then.
  const ChainAnchor late = read_chain_anchor(arkivmelding_for_decision(r.portfolio, 0));
  EXPECT_EQ(late, (ChainAnchor{1, r.portfolio.decisions[0].hash, 3, r.portfolio.decisions[2].hash}));
  const LogVerification v = verify_decision_log(r.portfolio, r.anchors);
  EXPECT_TRUE(v.intact) << ::testing::PrintToString(kinds(v));
  EXPECT_EQ(v.acknowledged, 3u);
}

TEST(Tamper, DeletingTheLastEntry_IsACutTailOnceAcknowledged) {
  Record r = acknowledged_record();
  r.portfolio.decisions.pop_back();
  r.portfolio.initiatives[0].stage = Stage::anchored;  // the stage put back to match
  EXPECT_TRUE(verify_decision_log(r.portfolio).intact);  // without an acknowledgement: undetectable
  const LogVerification v = verify_decision_log(r.portfolio, r.anchors);
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(kinds(v), std::vector<std::string>{"cut_tail /decisions"});
  EXPECT_EQ(v.findings[0].message, "the archive acknowledged decision 3, but the log ends at decision 2: decisions were removed");
}

TEST(Tamper, ChangedAmountWithTheChainRehashed_IsFoundAtTheChangedEntry) {
  Record r = acknowledged_record();
  r.portfolio.decisions[1].amount = Money::parse("9900000.00", Currency::NOK);
  rehash(r.portfolio.decisions);
  EXPECT_TRUE(verify_decision_log(r.portfolio).intact);  // without an acknowledgement: undetectable
  const LogVerification v = verify_decision_log(r.portfolio, r.anchors);
  EXPECT_FALSE(v.intact);
  // Decision 2 was never sent, but decision 3's anchor holds the head: it no longer matches.
  EXPECT_EQ(kinds(v), std::vector<std::string>{"changed /decisions/2"});
  EXPECT_EQ(v.acknowledged, 1u);
}

TEST(Tamper, ReceiptStoredInTheFile_FindsAnEditThatKeptIt) {
  Record r = acknowledged_record();
  apply_archive_receipt(r.portfolio, ArchiveReceipt{std::nullopt, ArchivedEntry{"tiltak/T-1/vedtak/3", "s", true, 2026, 77, 3}});
  EXPECT_EQ(r.portfolio.decisions[2].acknowledged_hash, r.portfolio.decisions[2].hash);
  EXPECT_EQ(verify_decision_log(r.portfolio).acknowledged, 3u);
  r.portfolio.decisions[2].reason = "Endret i ettertid";
  rehash(r.portfolio.decisions);
  EXPECT_EQ(kinds(verify_decision_log(r.portfolio)), std::vector<std::string>{"changed /decisions/2"});
}

TEST(Tamper, ForgedDecisionAfterTheLastAcknowledged_IsNamedAsUnproven) {
  Record r = acknowledged_record();
  // A secretariat approval beyond its mandate, hashed by the public algorithm.
  Decision forged;
  forged.initiative = InitiativeId("T-1");
  forged.from = Stage::in_council;
  forged.to = Stage::recommended;
  forged.body = DecisionBody::secretariat;
  forged.date = day("2026-03-01");
  forged.amount = Money::parse("9000000.00", Currency::NOK);
  append_decision(r.portfolio.decisions, forged);
  r.portfolio.initiatives[0].stage = Stage::recommended;
  const LogVerification v = verify_decision_log(r.portfolio, r.anchors);
  EXPECT_TRUE(v.intact);  // the chain and the stages hold: only the archive could vouch for it
  EXPECT_EQ(v.entries, 4u);
  EXPECT_EQ(v.acknowledged, 3u);  // decision 4 has nothing outside the file behind it
  // Replayed against the rulebook's gates, the decision is below the gate's minimum body.
  const LogVerification replayed = verify_decision_log(r.portfolio, rulebook, r.anchors);
  EXPECT_EQ(kinds(replayed), std::vector<std::string>{"mandate /decisions/3/body"});
  EXPECT_EQ(replayed.findings[0].message,
            "decision 4: the secretariat could not take it; it must be taken by the digitalisation council or above");
  EXPECT_EQ(verify_decision_log(r.portfolio, rulebook, {}, Language::nb).findings[0].message,
            "vedtak 4: sekretariatet kunne ikke treffe det; det må treffes av digitaliseringsrådet eller høyere");
  // Nor may anything be appended to it, and the check reports it.
  EXPECT_THROW(step(r.portfolio, Stage::approved, DecisionBody::chief_executive, "2026-03-02"), Error);
  EXPECT_TRUE(testing::flagged(check(r.portfolio, rulebook, testing::as_of, Language::en)).contains("decision-log:"));
}

TEST(Tamper, StageWithoutADecisionBehindIt_IsAFinding) {
  Record r = acknowledged_record();
  r.portfolio.initiatives[0].stage = Stage::approved;
  const LogVerification v = verify_decision_log(r.portfolio);
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(kinds(v), std::vector<std::string>{"stage_without_decision /initiatives/0/stage"});
  EXPECT_EQ(v.findings[0].message,
            "T-1 is Approved, but its last decision (3) moved it to In council: no decision is behind the stage");
  EXPECT_EQ(verify_decision_log(r.portfolio, {}, Language::nb).findings[0].message,
            "T-1 står som Godkjent, men siste vedtak (3) flyttet det til Til behandling i rådet: ingen vedtak står "
            "bak stadiet");
  EXPECT_EQ(verify_decision_log(r.portfolio, {}, Language::da).findings[0].message,
            "T-1 står som Godkendt, men seneste beslutning (3) flyttede det til Til behandling i rådet: ingen "
            "beslutning står bag stadiet");
  // An initiative no decision was ever logged for has only its stage to show: not detectable.
  r = acknowledged_record();
  r.portfolio.initiatives[1].stage = Stage::approved;
  EXPECT_TRUE(verify_decision_log(r.portfolio).intact);
}

TEST(Tamper, BrokenRecord_RefusesAdvanceAndIsAnErrorOfTheCheck) {
  Record r = acknowledged_record();
  r.portfolio.decisions[0].reason = "Endret";  // not re-hashed: the chain breaks
  const Portfolio before = r.portfolio;
  try {
    step(r.portfolio, Stage::recommended, DecisionBody::council, "2026-03-01");
    FAIL() << "appended to a broken chain";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    EXPECT_EQ(error.problems().at(0).value, "\"chain\"");
    EXPECT_EQ(error.pointer(), "/decisions/0");
  }
  EXPECT_EQ(r.portfolio, before);
  EXPECT_THROW(arkivmelding_for_decision(r.portfolio, 0), Error);
  const ComplianceReport report = check(r.portfolio, rulebook, testing::as_of, Language::en);
  EXPECT_TRUE(testing::flagged(report).contains("decision-log:"));
}

}  // namespace
}  // namespace tiltak
