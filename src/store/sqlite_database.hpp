#pragma once
// A thin RAII layer over SQLite's C API: a connection, prepared statements with bound
// parameters (never SQL built from values), and transactions that roll back unless committed.
// Every failure is an Error naming the store and SQLite's reason.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace tiltak::detail {

class SqliteDatabase {
 public:
  // `create`: make the file (it must not exist); otherwise it must exist.
  SqliteDatabase(const std::string& path, bool create);
  SqliteDatabase(const SqliteDatabase&) = delete;
  SqliteDatabase& operator=(const SqliteDatabase&) = delete;
  ~SqliteDatabase();

  const std::string& path() const noexcept { return path_; }
  sqlite3* handle() const noexcept { return db_; }
  // Runs statements without parameters (schema, pragmas, transaction control).
  void execute(const char* sql) const;
  // Rolls back the open transaction, if any (for destructors: never throws).
  void rollback() const noexcept;
  // Error(io_error), or Error(conflict) when the database stayed locked, with SQLite's message.
  [[noreturn]] void fail(int status, std::string_view doing) const;

 private:
  std::string path_;
  sqlite3* db_ = nullptr;
};

class SqliteStatement {
 public:
  SqliteStatement(const SqliteDatabase& db, const char* sql);
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;
  ~SqliteStatement();

  // Parameters are numbered from 1, as in the SQL's ?1, ?2 ...
  SqliteStatement& bind(int index, std::string_view text);
  SqliteStatement& bind(int index, std::int64_t number);
  SqliteStatement& bind_null(int index);
  // True while there is a row to read; false when done.
  bool step();
  // Steps a statement that returns no rows.
  void run();
  std::string text(int column) const;
  std::int64_t number(int column) const;
  bool is_null(int column) const;
  int columns() const;
  void reset();

 private:
  const SqliteDatabase& db_;
  sqlite3_stmt* statement_ = nullptr;
};

// BEGIN (IMMEDIATE for writers: the write lock is taken at once, so the latest state read
// inside is the one the change commits on top of); rolled back unless commit() is called.
class SqliteTransaction {
 public:
  SqliteTransaction(const SqliteDatabase& db, bool write);
  SqliteTransaction(const SqliteTransaction&) = delete;
  SqliteTransaction& operator=(const SqliteTransaction&) = delete;
  ~SqliteTransaction();
  void commit();

 private:
  const SqliteDatabase& db_;
  bool open_ = true;
};

}  // namespace tiltak::detail
