#pragma once
// What a store that keeps revisions in an SQL database (SQLite, PostgreSQL) needs of the
// database: statements with bound parameters (never SQL built from values), their rows, and
// transactions. The stores' SQL is written once (revision_store.cpp) in the dialect both
// databases share, parameters numbered ?1, ?2 ... (PostgreSQL's connection reads them as
// $1, $2 ...).

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace tiltak::detail {

using SqlValue = std::variant<std::int64_t, std::string_view>;

// One row of a result, its values as text (NULL: nullopt).
struct SqlRow {
  std::vector<std::optional<std::string>> values;
  const std::string& text(std::size_t column) const;
  std::int64_t number(std::size_t column) const;
  bool is_null(std::size_t column) const { return !values.at(column); }
};

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  // The store's location as it may be shown (a URI without its password).
  virtual const std::string& location() const noexcept = 0;
  // Runs one statement with `parameters` bound to ?1, ?2 ...; the rows it gives.
  virtual std::vector<SqlRow> query(std::string_view sql, std::initializer_list<SqlValue> parameters) const = 0;
  // `write`: takes the store's write lock at once, so that the latest state read inside is the
  // one the change commits on top of; otherwise one consistent snapshot to read.
  virtual void begin(bool write) const = 0;
  virtual void commit() const = 0;
  virtual void rollback() const noexcept = 0;
};

// A transaction rolled back unless commit() is called.
class SqlTransaction {
 public:
  SqlTransaction(const SqlConnection& connection, bool write) : connection_(connection) { connection.begin(write); }
  SqlTransaction(const SqlTransaction&) = delete;
  SqlTransaction& operator=(const SqlTransaction&) = delete;
  ~SqlTransaction() {
    if (open_) connection_.rollback();
  }
  void commit() {
    connection_.commit();
    open_ = false;
  }

 private:
  const SqlConnection& connection_;
  bool open_ = true;
};

}  // namespace tiltak::detail
