// What the SQLite store guarantees at the database level, checked with SQLite itself: history
// and the decision log cannot be rewritten through SQL, a revision costs rows for what it
// changed, and stores from a newer tiltak or other databases are refused.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "tiltak/io/text_file.hpp"
#include "store_fixture.hpp"
#include "tiltak/governance/lifecycle_gates.hpp"
#include "tiltak/governance/rulebook.hpp"
#include "tiltak/store/store.hpp"

namespace tiltak {
namespace {

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (testing::scratch_directory() /
             ("tiltak-sqlite-" + std::to_string(::getpid()) + "-" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db"))
                .string();
    remove();
    Store store = Store::create(path_);
    store.import_json(read_text_file(TILTAK_EXAMPLES_DIR "/fjordvik.json"), {"importer", "import", ""});
    Decision decision;
    decision.body = DecisionBody::council;
    decision.date = Date(2026, 12, 1);
    decision.case_reference = "2026/7";
    store.apply([&](Portfolio& p) { advance(p, default_rulebook(Currency::NOK), InitiativeId("T-001"), Stage::paused, decision); },
                {"kari", "pause", ""});
  }
  void TearDown() override { remove(); }
  void remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }

  // Runs SQL directly, as an application with the database file would; SQLite's verdict.
  int execute(const char* sql, std::string* message = nullptr) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    char* error = nullptr;
    const int status = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    if (message && error) *message = error;
    sqlite3_free(error);
    sqlite3_close(db);
    return status;
  }
  std::int64_t count(const char* sql) {
    sqlite3* db = nullptr;
    sqlite3_open(path_.c_str(), &db);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    sqlite3_step(statement);
    const auto value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
  }

  std::string path_;
};

TEST_F(SqliteStoreTest, DecisionTable_RefusesUpdateAndDelete) {
  ASSERT_EQ(count("SELECT count(*) FROM decisions"), 1);
  std::string message;
  EXPECT_EQ(execute("UPDATE decisions SET hash = 'forged'", &message), SQLITE_CONSTRAINT);
  EXPECT_EQ(message, "the decision log is append-only: decisions cannot be changed");
  EXPECT_EQ(execute("DELETE FROM decisions", &message), SQLITE_CONSTRAINT);
  EXPECT_EQ(message, "the decision log is append-only: decisions cannot be deleted");
  EXPECT_EQ(count("SELECT count(*) FROM decisions"), 1);
}

TEST_F(SqliteStoreTest, History_CannotBeRewrittenOrDeleted) {
  EXPECT_EQ(execute("UPDATE revisions SET author = 'mallory'"), SQLITE_CONSTRAINT);
  EXPECT_EQ(execute("DELETE FROM revisions WHERE number = 2"), SQLITE_CONSTRAINT);
  EXPECT_EQ(execute("UPDATE entities SET content = '{}' WHERE kind = 'portfolio'"), SQLITE_CONSTRAINT);
  EXPECT_EQ(execute("UPDATE entities SET valid_to = NULL WHERE valid_to IS NOT NULL"), SQLITE_CONSTRAINT);
  EXPECT_EQ(execute("DELETE FROM entities"), SQLITE_CONSTRAINT);
}

TEST_F(SqliteStoreTest, ForgedDecisionRow_IsFoundWhenRead) {
  // A new state of the decision entity, with a hash the append-only log does not have.
  ASSERT_EQ(execute("INSERT INTO revisions (number, author, time, message, chain_head) "
                    "VALUES (3, 'mallory', '2030-01-01T00:00:00Z', 'x', ''); "
                    "UPDATE entities SET valid_to = 3 WHERE kind = 'decision' AND valid_to IS NULL; "
                    "INSERT INTO entities SELECT kind, id, position, "
                    "replace(content, json_extract(content, '$.hash'), 'forged'), 3, NULL "
                    "FROM entities WHERE kind = 'decision' AND valid_to = 3"),
            SQLITE_OK);
  try {
    (void)Store::open(path_).read();
    FAIL() << "a forged decision was read";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    EXPECT_EQ(error.pointer(), "/decisions/0");
  }
  EXPECT_NO_THROW((void)Store::open(path_).read({2, {}}));
}

TEST_F(SqliteStoreTest, OneInitiativeChange_WritesOneRow) {
  Store store = Store::open(path_);
  const Revision made =
      store.apply([](Portfolio& p) { p.find_initiative(InitiativeId("T-020"))->title = "Ny"; }, {"kari", "", ""});
  EXPECT_EQ(count(("SELECT count(*) FROM entities WHERE valid_from = " + std::to_string(made.number)).c_str()), 1);
  EXPECT_EQ(count(("SELECT count(*) FROM entities WHERE valid_to = " + std::to_string(made.number)).c_str()), 1);
}

TEST_F(SqliteStoreTest, StoreOfANewerTiltak_IsRefused) {
  ASSERT_EQ(execute("PRAGMA user_version = 3"), SQLITE_OK);
  try {
    (void)Store::open(path_);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    EXPECT_NE(std::string(error.what()).find("schema version 3, made by a newer tiltak"), std::string::npos) << error.what();
  }
}

// A store of schema version 0 (the application id set, no tables yet) is brought up to date
// when opened, in one transaction, and then works as any other.
TEST_F(SqliteStoreTest, OlderSchema_IsUpgradedWhenOpened) {
  remove();
  ASSERT_EQ(execute("PRAGMA application_id = 1953066100"), SQLITE_OK);  // 0x74696c74, "tilt"
  ASSERT_EQ(count("PRAGMA user_version"), 0);
  Store store = Store::open(path_);
  EXPECT_EQ(count("PRAGMA user_version"), 2);
  EXPECT_EQ(count("SELECT journal_mode = 'wal' FROM pragma_journal_mode"), 1);
  EXPECT_TRUE(store.history().empty());
  store.import_json(read_text_file(TILTAK_EXAMPLES_DIR "/fjordvik.json"), {"importer", "import", ""});
  EXPECT_EQ(store.history().size(), 1u);
}

// A store of schema version 1 kept the chain head after each revision but not its length:
// the upgrade gives every revision its length from the append-only decision log, so the
// store's history can serve as anchors (Store::chain_history).
TEST_F(SqliteStoreTest, VersionOneStore_IsUpgradedWithItsChainHistory) {
  ASSERT_EQ(execute("ALTER TABLE revisions DROP COLUMN chain_length; PRAGMA user_version = 1"), SQLITE_OK);
  Store store = Store::open(path_);
  EXPECT_EQ(count("PRAGMA user_version"), 2);
  const std::string head = store.read().decisions.at(0).hash;
  EXPECT_EQ(store.chain_history(), (std::vector<ChainAnchor>{{1, head, 1, head, AnchorSource::store_history}}));
  EXPECT_EQ(execute("UPDATE revisions SET chain_length = 0"), SQLITE_CONSTRAINT);  // kept as before
}

TEST_F(SqliteStoreTest, OtherDatabase_IsNotAStore) {
  remove();
  ASSERT_EQ(execute("CREATE TABLE t (x)"), SQLITE_OK);
  try {
    (void)Store::open(path_);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    EXPECT_NE(std::string(error.what()).find("not a tiltak store"), std::string::npos) << error.what();
  }
}

TEST_F(SqliteStoreTest, CreateOverAnExistingFile_IsRefused) {
  try {
    (void)Store::create(path_);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::duplicate);
  }
  EXPECT_EQ(Store::open(path_).history().size(), 2u);
}

TEST_F(SqliteStoreTest, MissingFile_IsAnIoErrorNamingIt) {
  try {
    (void)Store::open(path_ + ".missing");
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::io_error);
    EXPECT_NE(std::string(error.what()).find(".missing: cannot open the store"), std::string::npos) << error.what();
  }
}

}  // namespace
}  // namespace tiltak
