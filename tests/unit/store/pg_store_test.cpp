// What the PostgreSQL store guarantees at the database level, checked with PostgreSQL itself on
// the test server (scripts/postgres-test-server.sh): the application role (roles.sql) may use
// the store but cannot rewrite the decision log or the revisions, the triggers hold even for
// the tables' owner, a revision costs rows for what it changed, and schemas that hold another
// store, none, or one from a newer tiltak are refused. Skipped without a server.

#include <gtest/gtest.h>

#include "postgres_schema.hpp"
#include "store_fixture.hpp"
#include "tiltak/governance/lifecycle_gates.hpp"
#include "tiltak/governance/rulebook.hpp"
#include "tiltak/io/text_file.hpp"
#include "tiltak/store/store.hpp"
#include "support/test_values.hpp"

namespace tiltak {
namespace {

// The login role scripts/postgres-test-server.sh makes in tiltak_app, as a municipality's
// clerk would be (docs/store.md).
constexpr const char* clerk = "tiltak_clerk";

class PgStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (testing::postgres_server().empty()) GTEST_SKIP() << "no PostgreSQL server: TILTAK_TEST_POSTGRES is not set";
    schema_ = std::make_unique<testing::PostgresSchema>();
    Store store = Store::create(schema_->uri());
    store.import_json(read_text_file(TILTAK_EXAMPLES_DIR "/fjordvik.json"), {"importer", "import", ""});
    pause(store, "T-001");
  }

  static void pause(Store& store, const char* initiative) {
    Decision decision;
    decision.body = DecisionBody::council;
    decision.date = Date(2026, 12, 1);
    decision.case_reference = "2026/7";
    store.apply([&](Portfolio& p) { advance(p, default_rulebook(Currency::NOK), InitiativeId(initiative), Stage::paused, decision); },
                {"kari", "pause", ""});
  }

  // Runs SQL directly as `user` (the server's superuser by default): "" when PostgreSQL
  // accepted it, its message otherwise.
  std::string execute(const std::string& sql, const std::string& user = "") const {
    try {
      detail::PgConnection(schema_->uri(user)).execute(sql.c_str());
      return "";
    } catch (const Error& error) {
      return error.what();
    }
  }
  std::int64_t count(const std::string& sql) const {
    return detail::PgConnection(schema_->uri()).query(sql, {}).at(0).number(0);
  }

  std::unique_ptr<testing::PostgresSchema> schema_;
};

// The message of the error `make` fails with, which must have `code`; "" when it does not fail.
template <typename Make>
std::string error_of(Make make, ErrorCode code) {
  try {
    (void)make();
    ADD_FAILURE() << "no error";
    return "";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), code) << error.what();
    return error.what();
  }
}

TEST_F(PgStoreTest, ApplicationRole_CannotUpdateOrDeleteDecisions) {
  ASSERT_EQ(count("SELECT count(*) FROM decisions"), 1);
  const std::string update = execute("UPDATE decisions SET hash = 'forged'", clerk);
  EXPECT_TRUE(contains(update, "permission denied for table decisions")) << update;
  const std::string remove = execute("DELETE FROM decisions", clerk);
  EXPECT_TRUE(contains(remove, "permission denied for table decisions")) << remove;
  for (const char* sql : {"UPDATE revisions SET author = 'mallory'", "DELETE FROM revisions", "TRUNCATE decisions",
                          "UPDATE entities SET content = '{}'", "DELETE FROM entities", "DROP TABLE decisions",
                          "UPDATE tiltak_schema SET version = 2"})
    EXPECT_TRUE(contains(execute(sql, clerk), "permission denied") || contains(execute(sql, clerk), "must be owner")) << sql;
  EXPECT_EQ(count("SELECT count(*) FROM decisions"), 1);
}

// What the role may do is all the store needs: a clerk opens it, changes it, reads its history.
TEST_F(PgStoreTest, ApplicationRole_UsesTheStore) {
  Store store = Store::open(schema_->uri(clerk));
  pause(store, "T-004");
  EXPECT_EQ(store.history().size(), 3u);
  EXPECT_EQ(store.read().decisions.size(), 2u);
  // Closing a state is the one UPDATE it has, and only as a later revision may.
  const std::string reopen = execute("UPDATE entities SET valid_to = NULL WHERE valid_to IS NOT NULL", clerk);
  EXPECT_TRUE(contains(reopen, "a stored state can only be closed by a later revision")) << reopen;
}

TEST_F(PgStoreTest, Triggers_KeepHistoryEvenFromTheOwner) {
  EXPECT_TRUE(contains(execute("UPDATE decisions SET hash = 'forged'"), "decisions cannot be changed"));
  EXPECT_TRUE(contains(execute("DELETE FROM decisions"), "decisions cannot be deleted"));
  EXPECT_TRUE(contains(execute("TRUNCATE decisions CASCADE"), "decisions cannot be deleted"));
  EXPECT_TRUE(contains(execute("UPDATE revisions SET author = 'mallory'"), "revisions cannot be changed"));
  EXPECT_TRUE(contains(execute("DELETE FROM revisions WHERE number = 2"), "revisions cannot be deleted"));
  EXPECT_TRUE(contains(execute("UPDATE entities SET content = '{}' WHERE kind = 'portfolio'"), "can only be closed"));
  EXPECT_TRUE(contains(execute("DELETE FROM entities"), "stored states cannot be deleted"));
  EXPECT_EQ(count("SELECT count(*) FROM decisions"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM revisions"), 2);
  // The owner is the owner role (the superuser who made the store here is a member of every role).
  EXPECT_EQ(count("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tableowner = 'tiltak_owner'"), 5);
}

TEST_F(PgStoreTest, OneInitiativeChange_WritesOneRow) {
  Store store = Store::open(schema_->uri());
  const Revision made =
      store.apply([](Portfolio& p) { p.find_initiative(InitiativeId("T-020"))->title = "Ny"; }, {"kari", "", ""});
  EXPECT_EQ(count("SELECT count(*) FROM entities WHERE valid_from = " + std::to_string(made.number)), 1);
  EXPECT_EQ(count("SELECT count(*) FROM entities WHERE valid_to = " + std::to_string(made.number)), 1);
}

TEST_F(PgStoreTest, StoreOfANewerTiltak_IsRefused) {
  ASSERT_EQ(execute("UPDATE tiltak_schema SET version = 2"), "");
  EXPECT_TRUE(contains(error_of([&] { return Store::open(schema_->uri()); }, ErrorCode::validation_error), "schema version 2, made by a newer tiltak"));
}

TEST_F(PgStoreTest, SchemaWithoutAStore_IsNotAStore) {
  const testing::PostgresSchema empty;
  EXPECT_TRUE(contains(error_of([&] { return Store::open(empty.uri()); }, ErrorCode::validation_error), "not a tiltak store"));
}

TEST_F(PgStoreTest, CreateWhereAStoreIs_IsADuplicate) {
  EXPECT_TRUE(contains(error_of([&] { return Store::create(schema_->uri()); }, ErrorCode::duplicate), "a tiltak store exists already in schema"));
  EXPECT_EQ(Store::open(schema_->uri()).history().size(), 2u);
}

TEST_F(PgStoreTest, CreateWithoutASchema_SaysToMakeOne) {
  const std::string uri = testing::with_parameter(testing::postgres_server(), "options=-csearch_path%3Dno_such_schema");
  EXPECT_TRUE(contains(error_of([&] { return Store::create(uri); }, ErrorCode::io_error), "names no schema that exists"));
}

// The message names the store, without the password in its URI.
TEST_F(PgStoreTest, FailedConnection_NamesTheLocationWithoutThePassword) {
  const std::string uri = testing::with_parameter(schema_->uri("no_such_user"), "password=hemmelig");
  const std::string message = error_of([&] { return Store::open(uri); }, ErrorCode::io_error);
  EXPECT_TRUE(contains(message, "cannot connect to the store")) << message;
  EXPECT_TRUE(contains(message, "password=***")) << message;
  EXPECT_FALSE(contains(message, "hemmelig")) << message;
}

TEST(PgLocation, PasswordIsNeverShown) {
  EXPECT_EQ(detail::without_password("postgresql://kari:hemmelig@db.fjordvik.no/tiltak"),
            "postgresql://kari:***@db.fjordvik.no/tiltak");
  EXPECT_EQ(detail::without_password("postgres://kari@db/tiltak?sslmode=require&password=hemmelig&connect_timeout=5"),
            "postgres://kari@db/tiltak?sslmode=require&password=***&connect_timeout=5");
  EXPECT_EQ(detail::without_password("postgresql://db:5432/tiltak?password=x"), "postgresql://db:5432/tiltak?password=***");
  EXPECT_EQ(detail::without_password("postgresql:///tiltak?host=/tmp/s&user=kari"), "postgresql:///tiltak?host=/tmp/s&user=kari");
}

}  // namespace
}  // namespace tiltak
