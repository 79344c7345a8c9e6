#pragma once
// A connection to a PostgreSQL store through libpq: statements prepared once and run with their
// parameters bound (never SQL built from values), transactions as the store needs them (writers
// serialised on the writer_lock row, readers in one snapshot). Every failure is an Error naming
// the store's location, its password removed, and PostgreSQL's reason.

#include <map>
#include <string>
#include <string_view>

#include "store/sql_connection.hpp"

struct pg_conn;
struct pg_result;

namespace tiltak::detail {

// The URI as it may be shown: a password in it (user:password@, password=) replaced by "***".
std::string without_password(std::string_view uri);

class PgConnection final : public SqlConnection {
 public:
  explicit PgConnection(const std::string& uri);
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;
  ~PgConnection() override;

  const std::string& location() const noexcept override { return location_; }
  std::vector<SqlRow> query(std::string_view sql, std::initializer_list<SqlValue> parameters) const override;
  // Writers: READ COMMITTED, the writer_lock row taken FOR UPDATE before anything is read, so
  // each statement after it sees every change committed before. Readers: REPEATABLE READ.
  void begin(bool write) const override;
  void commit() const override;
  void rollback() const noexcept override;

  // Runs SQL without parameters, several statements at once (the schema's script).
  void execute(const char* sql) const;
  // The SQLSTATE of the last failure ("" when none), for callers that tell failures apart.
  const std::string& last_state() const noexcept { return last_state_; }

 private:
  // Error(conflict) when another writer held the lock too long, Error(duplicate) for tables
  // that exist already, Error(io_error) otherwise; each with PostgreSQL's message.
  [[noreturn]] void fail(pg_result* result, std::string_view doing) const;

  std::string location_;
  pg_conn* connection_ = nullptr;
  mutable std::map<std::string, std::string, std::less<>> prepared_;  // SQL → statement name
  mutable std::string last_state_;
};

}  // namespace tiltak::detail
