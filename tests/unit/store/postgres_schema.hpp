#pragma once
// The PostgreSQL server of the store tests: scripts/postgres-test-server.sh starts one and
// scripts/test.sh passes its URI as TILTAK_TEST_POSTGRES; without it the "pg" backend is not
// tested (and under CI the `store.postgres_server_given` test fails). Each test gets a schema of
// its own, dropped afterwards: cheap, and the tests do not see each other's stores.

#include <unistd.h>

#include <cstdlib>
#include <string>

#include "store/pg_connection.hpp"

namespace tiltak::testing {

// The test server's URI; "" without one.
inline std::string postgres_server() {
  const char* uri = std::getenv("TILTAK_TEST_POSTGRES");
  return uri ? uri : "";
}

// `uri` with one more query parameter (a later one overrides an earlier one in libpq).
inline std::string with_parameter(const std::string& uri, const std::string& parameter) {
  return uri + (uri.find('?') == std::string::npos ? "?" : "&") + parameter;
}

class PostgresSchema {
 public:
  PostgresSchema() {
    static int made = 0;
    name_ = "tiltak_test_" + std::to_string(::getpid()) + "_" + std::to_string(++made);
    run("DROP SCHEMA IF EXISTS " + name_ + " CASCADE; CREATE SCHEMA " + name_);
  }
  PostgresSchema(const PostgresSchema&) = delete;
  PostgresSchema& operator=(const PostgresSchema&) = delete;
  ~PostgresSchema() {
    try {
      run("DROP SCHEMA IF EXISTS " + name_ + " CASCADE");
    } catch (...) {  // the server is thrown away after the tests anyway
    }
  }

  const std::string& name() const { return name_; }
  // The URI of a store in this schema, connecting as the server's superuser (or `user`).
  std::string uri(const std::string& user = "") const {
    std::string uri = with_parameter(postgres_server(), "options=-csearch_path%3D" + name_);
    return user.empty() ? uri : with_parameter(uri, "user=" + user);
  }

 private:
  // The schema's name is made here of letters, digits and '_': an identifier as it stands.
  static void run(const std::string& sql) { detail::PgConnection(postgres_server()).execute(sql.c_str()); }

  std::string name_;
};

}  // namespace tiltak::testing
