// The tamper suite on every store (issue 16): the rewrites of the decision record an attacker
// with write access to the JSON file or the database (SQLite, PostgreSQL) can make, behind tiltak's back and
// by the public hash algorithm, and what finds each. The attacker here is careful: they fix the
// receipts kept in the file (acknowledged_hash) to match, so the file alone never tells. What
// finds them is evidence they did not rewrite: the archive's copies of the decision messages,
// and, for the stores with history, the chain head they kept with each revision. Each test also pins
// that the rewrite is NOT detectable without such an acknowledgement (docs/governance.md,
// "What the chain proves, and what it cannot").

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <memory>

#include "store/document_parts.hpp"
#include "store/pg_connection.hpp"
#include "store/sqlite_store.hpp"
#include "store_fixture.hpp"
#include "support/governance_fixture.hpp"
#include "tiltak/governance/decision_log.hpp"
#include "tiltak/governance/fiks_arkiv.hpp"
#include "tiltak/governance/lifecycle_gates.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/store/decision_record.hpp"

namespace tiltak {
namespace {

using testing::day;

const Rulebook rulebook = builtin_rulebook("no-default");
const InitiativeId t1("T-1");

std::vector<std::string> kinds(const LogVerification& v) {
  std::vector<std::string> out;
  for (const auto& f : v.findings) out.push_back(f.value + " " + f.pointer);
  return out;
}

// What an attacker who knows the public algorithm does after editing: every hash recomputed,
// and the receipts kept in the file made to agree.
void rehash(Portfolio& p) {
  auto& log = p.decisions;
  for (std::size_t i = 0; i < log.size(); ++i) {
    log[i].previous_hash = i == 0 ? std::string() : log[i - 1].hash;
    log[i].hash = decision_hash(log[i]);
    if (!log[i].acknowledged_hash.empty()) log[i].acknowledged_hash = log[i].hash;
  }
}

class StoreTamperTest : public ::testing::TestWithParam<std::string> {
 protected:
  // T-1 from idea to in_council in three decisions through the store. Decisions 1 and 3 are
  // filed in the archive, which keeps its copies (the anchors) and sends receipts that are
  // stored in the portfolio.
  void SetUp() override {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = test->name();
    std::replace(name.begin(), name.end(), '/', '-');
    if (GetParam() == "pg") {
      if (testing::postgres_server().empty()) GTEST_SKIP() << "no PostgreSQL server: TILTAK_TEST_POSTGRES is not set";
      schema_ = std::make_unique<testing::PostgresSchema>();
    }
    location_ = schema_ ? schema_->uri()
                        : (testing::scratch_directory() /
                           ("tiltak-tamper-" + std::to_string(::getpid()) + "-" + name + "." + GetParam()))
                              .string();
    remove();
    Portfolio start = testing::compliant_portfolio();
    start.initiatives[0].stage = Stage::idea;
    start.initiatives[0].anchoring = Anchoring{PersonId("p-eier"), true, day("2026-02-01")};
    if (keeps_history()) Store::create(location_);
    Store store = Store::open(location_);
    store.import_json(to_json(start), {"kari", "import", ""});
    step(store, Stage::registered, "2026-01-10");
    file(store, 0, 11);
    step(store, Stage::anchored, "2026-02-01");
    step(store, Stage::in_council, "2026-02-10");
    file(store, 2, 13);
    ASSERT_TRUE(verify_decision_log(store.read(), anchors_).intact);
  }
  void TearDown() override {
    remove();
    schema_.reset();
  }

  bool keeps_history() const { return GetParam() != "json"; }
  void remove() {
    if (schema_) return;
    for (const char* suffix : {"", "-wal", "-shm", ".lock"}) std::filesystem::remove(location_ + suffix);
  }

  static void step(Store& store, Stage to, const char* date) {
    Decision d;
    d.body = DecisionBody::secretariat;
    d.date = day(date);
    d.amount = Money::parse("100000.00", Currency::NOK);
    store.apply([&](Portfolio& p) { advance(p, rulebook, t1, to, d); }, {"kari", "advance", ""});
  }

  // The archive files decision `index` (from 0): it keeps its copy and its receipt is stored.
  void file(Store& store, std::size_t index, int registry_number) {
    anchors_.push_back(read_chain_anchor(arkivmelding_for_decision(store.read(), index)));
    const ArchiveReceipt receipt{
        std::nullopt,
        ArchivedEntry{"tiltak/T-1/vedtak/" + std::to_string(index + 1), "s", true, 2026, registry_number, 1}};
    store.apply([&](Portfolio& p) { apply_archive_receipt(p, receipt); }, {"kari", "receipt", ""});
  }

  // Makes the store hold `tampered` without tiltak: the JSON file written over; in a database
  // the latest rows and the append-only decision table rewritten in place, its triggers
  // dropped first, no revision made. Read back, the store gives `tampered` without complaint.
  void rewrite(const Portfolio& tampered) {
    if (!keeps_history()) {
      std::ofstream(location_, std::ios::trunc) << to_json(tampered);
    } else {
      rewrite_rows(to_json(tampered));
    }
    ASSERT_EQ(Store::open(location_).read(), tampered);
  }

  // The database as the attacker reaches it, with SQL.
  std::unique_ptr<detail::SqlConnection> database() const {
    if (schema_) return std::make_unique<detail::PgConnection>(location_);
    return detail::open_sqlite_connection(location_);
  }
  // Drops the triggers that keep `table` append-only (those of each database's schema).
  void drop_triggers(const detail::SqlConnection& db, const std::string& table) const {
    const std::map<std::string, std::vector<std::string>> sqlite{
        {"entities", {"entities_closed_once", "entities_no_delete"}},
        {"decisions", {"decisions_no_update", "decisions_no_delete"}},
        {"revisions", {"revisions_no_update"}}};
    const std::map<std::string, std::vector<std::string>> postgresql{
        {"entities", {"entities_closed_once", "entities_kept"}},
        {"decisions", {"decisions_append_only"}},
        {"revisions", {"revisions_kept"}}};
    for (const auto& trigger : (schema_ ? postgresql : sqlite).at(table))
      db.query("DROP TRIGGER IF EXISTS " + trigger + (schema_ ? " ON " + table : std::string()), {});
  }

  void rewrite_rows(const std::string& document) {
    const auto db = database();
    drop_triggers(*db, "entities");
    drop_triggers(*db, "decisions");
    const auto parts = detail::split_document(document);
    std::int64_t decisions = 0;
    for (const auto& part : parts) {
      if (part.kind == "decision") ++decisions;
      // A state rewritten in place keeps the revision it was first stored in; a new one is
      // put in the latest revision.
      const auto rewritten =
          db->query("UPDATE entities SET content = ?3 WHERE kind = ?1 AND id = ?2 AND valid_to IS NULL RETURNING 1",
                    {part.kind, part.id, part.content});
      if (rewritten.empty()) {
        db->query("INSERT INTO entities (kind, id, position, content, valid_from) VALUES "
                  "(?1, ?2, ?3, ?4, (SELECT max(number) FROM revisions))",
                  {part.kind, part.id, std::int64_t{std::stoll(part.id) - 1}, part.content});  // the tampers only add decisions
      }
      if (part.kind == "decision") {
        db->query("INSERT INTO decisions (number, revision, hash) VALUES "
                  "(?1, (SELECT max(number) FROM revisions), ?2) "
                  "ON CONFLICT (number) DO UPDATE SET hash = excluded.hash",
                  {decisions, detail::decision_hash(part)});
      }
    }
    db->query("DELETE FROM decisions WHERE number > ?1", {decisions});
    for (const auto& row : db->query("SELECT id FROM entities WHERE kind = 'decision' AND valid_to IS NULL", {}))
      if (std::stoll(row.text(0)) > decisions)
        db->query("DELETE FROM entities WHERE kind = 'decision' AND valid_to IS NULL AND id = ?1", {row.text(0)});
  }

  // Appends a secretariat approval beyond its mandate, hashed by the public algorithm, and
  // moves T-1 to match.
  void forge_approval_beyond_the_mandate() {
    Portfolio p = latest();
    Decision forged;
    forged.initiative = t1;
    forged.from = Stage::in_council;
    forged.to = Stage::recommended;
    forged.body = DecisionBody::secretariat;
    forged.date = day("2026-03-01");
    forged.amount = Money::parse("9000000.00", Currency::NOK);
    append_decision(p.decisions, forged);
    p.initiatives[0].stage = Stage::recommended;
    rewrite(p);
  }

  // The evidence from outside the file: the archive's copies; the store's own history.
  LogVerification against_archive() const { return verify_decision_log(Store::open(location_).read(), anchors_); }
  LogVerification against_history() const {
    const Store store = Store::open(location_);
    return verify_decision_log(store.read(), store.chain_history());
  }
  // What the rewritten file says about itself, its receipts included.
  LogVerification alone() const { return verify_decision_log(Store::open(location_).read()); }

  Portfolio latest() const { return Store::open(location_).read(); }

  // For the store's history: the expected findings on a database, none on the JSON file.
  std::vector<std::string> with_history(std::vector<std::string> findings) const {
    return keeps_history() ? findings : std::vector<std::string>{};
  }

  std::unique_ptr<testing::PostgresSchema> schema_;  // "pg": the store's schema on the test server
  std::string location_;
  std::vector<ChainAnchor> anchors_;
};

TEST_P(StoreTamperTest, StoreHistory_KeepsTheChainHeadOfEveryDecision) {
  const Store store = Store::open(location_);
  const auto& log = store.read().decisions;
  if (!keeps_history()) {
    EXPECT_TRUE(store.chain_history().empty());
    return;
  }
  constexpr auto kept = AnchorSource::store_history;
  EXPECT_EQ(store.chain_history(), (std::vector<ChainAnchor>{{1, log[0].hash, 1, log[0].hash, kept},
                                                             {2, log[1].hash, 2, log[1].hash, kept},
                                                             {3, log[2].hash, 3, log[2].hash, kept}}));
  EXPECT_TRUE(against_history().intact);
  EXPECT_EQ(against_history().acknowledged, 3u);  // the receipts stored in the portfolio
  EXPECT_EQ(against_history().recorded, 3u);
}

TEST_P(StoreTamperTest, DeletedLastEntry_IsACutTail) {
  Portfolio p = latest();
  p.decisions.pop_back();
  p.initiatives[0].stage = Stage::anchored;  // the stage put back to match
  rewrite(p);
  EXPECT_TRUE(alone().intact) << "not detectable without an acknowledgement";
  EXPECT_EQ(kinds(against_archive()), std::vector<std::string>{"cut_tail /decisions"});
  EXPECT_EQ(kinds(against_history()), with_history({"cut_tail /decisions"}));
}

TEST_P(StoreTamperTest, CutTail_IsACutTail) {
  Portfolio p = latest();
  p.decisions.resize(1);
  p.initiatives[0].stage = Stage::registered;
  rewrite(p);
  EXPECT_TRUE(alone().intact) << "not detectable without an acknowledgement";
  EXPECT_EQ(kinds(against_archive()), std::vector<std::string>{"cut_tail /decisions"});
  EXPECT_EQ(kinds(against_history()), with_history({"cut_tail /decisions", "cut_tail /decisions"}));
  EXPECT_EQ(against_archive().acknowledged, 1u);
}

// The store's decision record in one call (the CLI's `log verify STORE`, the C API's
// tiltak_store_verify_decision_log, Python's Store.verify_decision_log): each finding says which
// evidence it rests on, the archive's copies or the store's own history.
TEST_P(StoreTamperTest, VerifiedAsAStore_FindingsNameTheirEvidence) {
  Portfolio p = latest();
  p.decisions.resize(1);
  p.initiatives[0].stage = Stage::registered;
  rewrite(p);
  const Store store = Store::open(location_);
  const LogVerification history = verify_decision_log(store, {{}, std::nullopt, Language::en});
  const LogVerification both = verify_decision_log(store, {anchors_, rulebook, Language::en});
  if (!keeps_history()) {
    EXPECT_TRUE(history.intact) << "the JSON document keeps no history";
  } else {
    ASSERT_FALSE(history.findings.empty());
    EXPECT_EQ(history.findings.back().message,
              "the store's history records decision 3, but the log ends at decision 1: decisions were removed");
    EXPECT_EQ(history.recorded, 1u);
  }
  // The archive vouches for decision 3 too: its words win.
  ASSERT_FALSE(both.findings.empty());
  EXPECT_EQ(both.findings.back().message,
            "the archive acknowledged decision 3, but the log ends at decision 1: decisions were removed");
  EXPECT_EQ(both.acknowledged, 1u);
  EXPECT_EQ(both.recorded, keeps_history() ? 1u : 0u);
}

TEST_P(StoreTamperTest, VerifiedAsAStore_ArchivedCopiesCountAsTheArchiveWhateverTheyClaim) {
  Portfolio p = latest();
  p.decisions.resize(1);
  p.initiatives[0].stage = Stage::registered;
  rewrite(p);
  std::vector<ChainAnchor> claimed = anchors_;
  for (auto& anchor : claimed) anchor.source = AnchorSource::store_history;
  const LogVerification v = verify_decision_log(Store::open(location_), {claimed, std::nullopt, Language::en});
  ASSERT_FALSE(v.findings.empty());
  EXPECT_EQ(v.findings.back().message,
            "the archive acknowledged decision 3, but the log ends at decision 1: decisions were removed");
}

TEST_P(StoreTamperTest, VerifiedAsAStore_ReplaysAgainstTheRulebook) {
  forge_approval_beyond_the_mandate();
  const LogVerification v = verify_decision_log(Store::open(location_), {anchors_, std::nullopt, std::nullopt});
  EXPECT_EQ(kinds(v), std::vector<std::string>{"mandate /decisions/3/body"});
  EXPECT_EQ(v.acknowledged, 3u);
  EXPECT_EQ(v.recorded, keeps_history() ? 3u : 0u);
  EXPECT_EQ(v.language, Language::nb) << "by default the currency's";
}

TEST_P(StoreTamperTest, ChangedAmountWithTheChainRehashed_IsFoundAtTheAcknowledgedEntry) {
  Portfolio p = latest();
  p.decisions[1].amount = Money::parse("9900000.00", Currency::NOK);
  rehash(p);
  rewrite(p);
  EXPECT_TRUE(alone().intact) << "not detectable without an acknowledgement";
  // Decision 2 was never filed, but decision 3's copy anchors the head: it no longer matches.
  EXPECT_EQ(kinds(against_archive()), std::vector<std::string>{"changed /decisions/2"});
  EXPECT_EQ(against_archive().acknowledged, 1u);
  // The store kept the head after decision 2 itself, and after 3.
  EXPECT_EQ(kinds(against_history()), with_history({"changed /decisions/1", "changed /decisions/2"}));
}

TEST_P(StoreTamperTest, ForgedDecisionAfterTheLastAcknowledged_IsNamedAsUnproven) {
  forge_approval_beyond_the_mandate();
  // The chain and the stages hold; only an acknowledgement of decision 4 could vouch for it,
  // and there is none: verification names it as vouched for by nothing outside the file.
  for (const LogVerification& v : {alone(), against_archive(), against_history()}) {
    EXPECT_TRUE(v.intact);
    EXPECT_EQ(v.entries, 4u);
    EXPECT_EQ(v.acknowledged, 3u);
  }
  // What finds it is the rulebook: replayed against the gates, it is beyond the mandate.
  EXPECT_EQ(kinds(verify_decision_log(latest(), rulebook)), std::vector<std::string>{"mandate /decisions/3/body"});
}

TEST_P(StoreTamperTest, StageWithoutADecision_IsFoundWithoutAnyAcknowledgement) {
  Portfolio p = latest();
  p.initiatives[0].stage = Stage::approved;
  rewrite(p);
  EXPECT_EQ(kinds(alone()), std::vector<std::string>{"stage_without_decision /initiatives/0/stage"});
  // An initiative no decision was ever logged for has only its stage: not detectable.
  p = latest();
  p.initiatives[0].stage = Stage::in_council;
  p.initiatives[1].stage = Stage::approved;
  rewrite(p);
  EXPECT_TRUE(against_archive().intact);
  EXPECT_TRUE(against_history().intact);
}

// What the SQLite store's history cannot withstand: an attacker who rewrites the revisions'
// chain heads too. Then only the archive's copies find the rewrite.
class HistoryTamperTest : public StoreTamperTest {};

TEST_P(HistoryTamperTest, HistoryRewrittenToo_IsFoundOnlyByTheArchive) {
  Portfolio p = latest();
  p.decisions[2].reason = "Endret i ettertid";
  rehash(p);
  rewrite(p);
  {
    const auto db = database();
    drop_triggers(*db, "revisions");
    db->query("UPDATE revisions SET chain_head = ?1 WHERE chain_length = 3", {p.decisions[2].hash});
  }
  EXPECT_TRUE(against_history().intact);
  EXPECT_EQ(kinds(against_archive()), std::vector<std::string>{"changed /decisions/2"});
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTamperTest, ::testing::ValuesIn(testing::store_backends()),
                         testing::backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, HistoryTamperTest, ::testing::ValuesIn(testing::history_backends()),
                         testing::backend_name);

}  // namespace
}  // namespace tiltak
