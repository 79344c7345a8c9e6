// A PostgreSQL store through the C API: the same calls as for a file, a URI for a location, on
// the test server (TILTAK_TEST_POSTGRES, scripts/postgres-test-server.sh; skipped without
// one), in a schema of its own made with libpq; and a failed connection is an error in the
// context naming the store without its password.

#include <libpq-fe.h>
#include <unistd.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "keepers.hpp"

namespace tiltak_test {
namespace {

class CapiPostgresStore : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* server = std::getenv("TILTAK_TEST_POSTGRES");
    if (!server) GTEST_SKIP() << "no PostgreSQL server: TILTAK_TEST_POSTGRES is not set";
    server_ = server;
    schema_ = "tiltak_capi_" + std::to_string(::getpid());
    sql("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE; CREATE SCHEMA " + schema_);
  }
  void TearDown() override {
    if (!schema_.empty()) sql("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
  }
  // The schema's name is made here of letters, digits and '_': an identifier as it stands.
  void sql(const std::string& text) const {
    PGconn* connection = PQconnectdb(server_.c_str());
    PGresult* result = PQexec(connection, text.c_str());
    EXPECT_EQ(PQresultStatus(result), PGRES_COMMAND_OK) << PQerrorMessage(connection);
    PQclear(result);
    PQfinish(connection);
  }
  std::string location(const std::string& more = "") const {
    return server_ + (server_.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema_ + more;
  }

  Context context_ = new_context();
  std::string server_;
  std::string schema_;
};

TEST_F(CapiPostgresStore, CreateImportReadAndHistory) {
  tiltak_store* made = nullptr;
  ASSERT_EQ(tiltak_store_create(context_.get(), location().c_str(), &made), TILTAK_OK)
      << tiltak_context_error_message(context_.get());
  Store store(made);
  const std::string example = read_file(std::string(TILTAK_EXAMPLES_DIR) + "/fjordvik.json");
  const std::string info = R"({"author": "kari", "message": "import", "time": "2026-11-01T08:00:00Z"})";
  CString revision;
  ASSERT_EQ(tiltak_store_import(context_.get(), store.get(), example.data(), example.size(), info.data(), info.size(),
                                revision.out(), revision.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context_.get());
  EXPECT_EQ(nlohmann::json::parse(revision.str())["revision"], 1);
  store.reset();

  tiltak_store* opened = nullptr;
  ASSERT_EQ(tiltak_store_open(context_.get(), location().c_str(), &opened), TILTAK_OK)
      << tiltak_context_error_message(context_.get());
  store.reset(opened);
  tiltak_portfolio* read = nullptr;
  ASSERT_EQ(tiltak_store_read(context_.get(), store.get(), "1", &read), TILTAK_OK);
  Portfolio portfolio(read);
  CString history;
  ASSERT_EQ(tiltak_store_history(context_.get(), store.get(), nullptr, history.out(), history.out_length()), TILTAK_OK);
  const auto list = nlohmann::json::parse(history.str());
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["author"], "kari");
}

TEST_F(CapiPostgresStore, FailedConnection_IsAnIoErrorWithoutThePassword) {
  tiltak_store* store = nullptr;
  EXPECT_EQ(tiltak_store_open(context_.get(), location("&user=no_such_user&password=hemmelig").c_str(), &store), TILTAK_E_IO);
  EXPECT_EQ(store, nullptr);
  const std::string message = tiltak_context_error_message(context_.get());
  EXPECT_NE(message.find("cannot connect to the store"), std::string::npos) << message;
  EXPECT_EQ(message.find("hemmelig"), std::string::npos) << message;
  EXPECT_NE(std::string(tiltak_context_error_source(context_.get())).find("password=***"), std::string::npos)
      << tiltak_context_error_source(context_.get());
}

}  // namespace
}  // namespace tiltak_test
