// The decision log: its hash (checked against Python's hashlib on the documented canonical
// form), tamper detection, replay, and its place in the portfolio document.

#include <gtest/gtest.h>

#include "support/governance_fixture.hpp"
#include "tiltak/governance/decision_log.hpp"
#include "tiltak/governance/lifecycle_gates.hpp"
#include "tiltak/io/portfolio_json.hpp"

namespace tiltak {
namespace {

using testing::compliant_portfolio;
using testing::day;

Decision council_approval() {
  Decision d;
  d.initiative = InitiativeId("T-1");
  d.from = Stage::recommended;
  d.to = Stage::approved;
  d.body = DecisionBody::council;
  d.decided_by = "Leder, digitaliseringsrådet";
  d.date = day("2026-11-23");
  d.amount = Money::parse("1500000.00", Currency::NOK);
  d.reason = "Innenfor rammen";
  d.case_reference = "2026/1234";
  d.registry_entry = "2026/5678";
  return d;
}

// hashlib.sha256(json.dumps(canonical, separators=(',', ':'), ensure_ascii=False).encode())
// of {"initiative":"T-1","from":"recommended","to":"approved","body":"council","decided_by":
// "Leder, digitaliseringsrådet","date":"2026-11-23","amount":"1500000.00","currency":"NOK",
// "conditions":"","reason":"Innenfor rammen","case_reference":"2026/1234","previous_hash":""}
// (registry_entry is not in it: the archive assigns it later).
TEST(DecisionLog, Hash_IsSha256OfTheDocumentedCanonicalForm) {
  EXPECT_EQ(decision_hash(council_approval()), "7be9e2a8f680498f521e27eae926dc0f0188773d7cc6095882d5bcb583451729");
  auto filed = council_approval();
  filed.registry_entry = "2026/9999";
  EXPECT_EQ(decision_hash(filed), decision_hash(council_approval()));
}

// A portfolio taken from idea to in_progress for T-1 and to anchored for T-2, by advance().
struct Walk {
  Portfolio initial, current;
};
Walk walk() {
  Walk w;
  w.initial = compliant_portfolio();
  w.initial.initiatives[0].stage = Stage::idea;
  w.initial.initiatives[0].anchoring = Anchoring{PersonId("p-eier"), true, day("2026-02-01")};
  w.initial.initiatives[1].anchoring = Anchoring{PersonId("p-eier"), true, day("2026-02-01")};
  w.current = w.initial;
  const Rulebook rulebook = builtin_rulebook("no-default");
  auto step = [&](const char* id, Stage to, DecisionBody body, const char* date) {
    Decision d;
    d.body = body;
    d.date = day(date);
    d.decided_by = "Leder";
    advance(w.current, rulebook, InitiativeId(id), to, d);
  };
  step("T-1", Stage::registered, DecisionBody::secretariat, "2026-01-10");
  step("T-1", Stage::anchored, DecisionBody::secretariat, "2026-02-01");
  step("T-2", Stage::anchored, DecisionBody::secretariat, "2026-02-02");
  step("T-1", Stage::in_council, DecisionBody::secretariat, "2026-02-10");
  step("T-1", Stage::recommended, DecisionBody::council, "2026-03-01");
  step("T-1", Stage::approved, DecisionBody::council, "2026-03-15");
  step("T-1", Stage::in_progress, DecisionBody::secretariat, "2026-04-01");
  return w;
}

TEST(DecisionLog, Advance_ChainsEachEntryToTheOneBefore) {
  const auto w = walk();
  ASSERT_EQ(w.current.decisions.size(), 7u);
  EXPECT_EQ(w.current.decisions[0].previous_hash, "");
  for (std::size_t i = 1; i < 7; ++i) EXPECT_EQ(w.current.decisions[i].previous_hash, w.current.decisions[i - 1].hash);
  EXPECT_EQ(w.current.decisions[4].from, Stage::in_council);
  EXPECT_EQ(w.current.decisions[4].body, DecisionBody::council);
  EXPECT_EQ(verify_decision_log(w.current.decisions), (LogVerification{true, 7, std::nullopt, "", 0, 0, Language::en, {}}));
}

TEST(DecisionLog, Replay_ReproducesTheCurrentStages) {
  const auto w = walk();
  const Portfolio replayed = replay_decisions(w.initial, w.current.decisions);
  EXPECT_EQ(replayed, w.current);
  EXPECT_EQ(replayed.initiatives[0].stage, Stage::in_progress);
  EXPECT_EQ(replayed.initiatives[1].stage, Stage::anchored);
  auto out_of_order = w.current.decisions;
  std::swap(out_of_order[0], out_of_order[1]);
  try {
    replay_decisions(w.initial, out_of_order);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.pointer(), "/decisions/0");
  }
}

TEST(DecisionLog, Tampering_IsFoundAtTheFirstBrokenEntry) {
  const auto log = walk().current.decisions;
  auto edited = log;
  edited[3].reason = "endret i etterkant";
  EXPECT_EQ(verify_decision_log(edited), (LogVerification{false, 7, 3, "hash does not match the entry's content", 0, 0, Language::en, {}}));
  edited[3].hash = decision_hash(edited[3]);  // rehashed: the next entry no longer links
  EXPECT_EQ(verify_decision_log(edited),
            (LogVerification{false, 7, 4, "previous_hash does not match the entry before", 0, 0, Language::en, {}}));
  auto removed = log;
  removed.erase(removed.begin() + 2);
  EXPECT_EQ(verify_decision_log(removed).first_broken, 2u);
  auto first_removed = log;
  first_removed.erase(first_removed.begin());
  EXPECT_EQ(verify_decision_log(first_removed).first_broken, 0u);
  auto body = log;
  body[5].body = DecisionBody::municipal_council;
  EXPECT_EQ(verify_decision_log(body).first_broken, 5u);
  EXPECT_TRUE(verify_decision_log(std::vector<Decision>{}).intact);
}

TEST(DecisionLog, RoundTripsThroughTheDocument) {
  auto p = walk().current;
  p.decisions[0].amount = Money::parse("250000.50", Currency::NOK);
  p.decisions[0].conditions = "Rapport til rådet hvert kvartal";
  p.decisions[0].registry_entry = "2026/77";
  p.initiatives[0].registry_entry = "2026/76";
  const Portfolio loaded = parse_portfolio(to_json(p));
  EXPECT_EQ(loaded, p);
  EXPECT_EQ(verify_decision_log(loaded.decisions).first_broken, 0u);  // amount changed after hashing
}

TEST(DecisionLog, DocumentWithUnknownInitiativeInLog_IsInvalid) {
  auto p = walk().current;
  p.decisions[2].initiative = InitiativeId("T-9");
  try {
    parse_portfolio(to_json(p), "p.json");
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.pointer(), "/decisions/2/initiative");
  }
}

}  // namespace
}  // namespace tiltak
