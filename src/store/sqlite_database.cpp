#include "store/sqlite_database.hpp"

#include <sqlite3.h>

#include <filesystem>

#include "tiltak/core/error.hpp"

namespace tiltak::detail {
namespace {

// How long a writer waits for another writer's transaction before giving up with a conflict.
constexpr int busy_timeout_ms = 60'000;

}  // namespace

SqliteDatabase::SqliteDatabase(const std::string& path, bool create) : path_(path) {
  if (create && std::filesystem::exists(path))
    throw Error(ErrorCode::duplicate, Problem{path, "", 0, 0, "", "the file exists already; a new store needs a new file"});
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
  const int status = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (status != SQLITE_OK) {
    const std::string reason = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(status);
    sqlite3_close(db_);
    db_ = nullptr;
    throw Error(ErrorCode::io_error, Problem{path, "", 0, 0, "", "cannot open the store: " + reason});
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, busy_timeout_ms);
}

SqliteDatabase::~SqliteDatabase() { sqlite3_close(db_); }

void SqliteDatabase::execute(const char* sql) const {
  const int status = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
  if (status != SQLITE_OK) fail(status, "cannot run the store's SQL");
}

void SqliteDatabase::rollback() const noexcept {
  if (!sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteDatabase::fail(int status, std::string_view doing) const {
  const std::string reason = sqlite3_errmsg(db_);
  const int primary = status & 0xff;
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    throw Error(ErrorCode::conflict, Problem{path_, "", 0, 0, "",
                                             std::string(doing) + ": another writer held the store for longer than " +
                                                 std::to_string(busy_timeout_ms / 1000) + " s (" + reason + ")"});
  throw Error(ErrorCode::io_error, Problem{path_, "", 0, 0, "", std::string(doing) + ": " + reason});
}

SqliteStatement::SqliteStatement(const SqliteDatabase& db, const char* sql) : db_(db) {
  const int status = sqlite3_prepare_v2(db.handle(), sql, -1, &statement_, nullptr);
  if (status != SQLITE_OK) db.fail(status, "cannot prepare a statement of the store");
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(statement_); }

SqliteStatement& SqliteStatement::bind(int index, std::string_view text) {
  const int status =
      sqlite3_bind_text64(statement_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (status != SQLITE_OK) db_.fail(status, "cannot bind a value");
  return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t number) {
  const int status = sqlite3_bind_int64(statement_, index, number);
  if (status != SQLITE_OK) db_.fail(status, "cannot bind a value");
  return *this;
}

SqliteStatement& SqliteStatement::bind_null(int index) {
  const int status = sqlite3_bind_null(statement_, index);
  if (status != SQLITE_OK) db_.fail(status, "cannot bind a value");
  return *this;
}

bool SqliteStatement::step() {
  const int status = sqlite3_step(statement_);
  if (status == SQLITE_ROW) return true;
  if (status == SQLITE_DONE) return false;
  db_.fail(status, "the store refused a statement");
}

void SqliteStatement::run() {
  while (step()) {
  }
}

std::string SqliteStatement::text(int column) const {
  const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
  return bytes ? std::string(bytes, static_cast<std::size_t>(sqlite3_column_bytes(statement_, column))) : std::string();
}

std::int64_t SqliteStatement::number(int column) const { return sqlite3_column_int64(statement_, column); }

bool SqliteStatement::is_null(int column) const { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }

int SqliteStatement::columns() const { return sqlite3_column_count(statement_); }

void SqliteStatement::reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

SqliteTransaction::SqliteTransaction(const SqliteDatabase& db, bool write) : db_(db) {
  db.execute(write ? "BEGIN IMMEDIATE" : "BEGIN");
}

SqliteTransaction::~SqliteTransaction() {
  if (open_) db_.rollback();
}

void SqliteTransaction::commit() {
  db_.execute("COMMIT");
  open_ = false;
}

}  // namespace tiltak::detail
