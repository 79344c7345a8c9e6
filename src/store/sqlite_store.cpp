#include "store/sqlite_store.hpp"

#include <map>
#include <memory>

#include "store/revision_store.hpp"
#include "store/sqlite_database.hpp"
#include "store/sqlite_schema.hpp"

namespace tiltak::detail {
namespace {

// An SQLite database as the revision store's connection; each statement prepared once.
class SqliteConnection final : public SqlConnection {
 public:
  SqliteConnection(const std::string& path, bool create) : db_(path, create) {
    if (create)
      create_sqlite_schema(db_);
    else
      open_sqlite_schema(db_);
  }

  const std::string& location() const noexcept override { return db_.path(); }

  std::vector<SqlRow> query(std::string_view sql, std::initializer_list<SqlValue> parameters) const override {
    auto& statement = statements_[std::string(sql)];
    if (!statement) statement = std::make_unique<SqliteStatement>(db_, std::string(sql).c_str());
    struct Reset {  // leaves the statement ready for the next use, also after a failure
      SqliteStatement& statement;
      ~Reset() { statement.reset(); }
    } reset{*statement};
    int index = 0;
    for (const auto& value : parameters) std::visit([&](const auto& v) { statement->bind(++index, v); }, value);
    std::vector<SqlRow> rows;
    while (statement->step()) {
      SqlRow& row = rows.emplace_back();
      for (int column = 0, columns = statement->columns(); column < columns; ++column)
        row.values.push_back(statement->is_null(column) ? std::nullopt : std::optional(statement->text(column)));
    }
    return rows;
  }

  void begin(bool write) const override { db_.execute(write ? "BEGIN IMMEDIATE" : "BEGIN"); }
  void commit() const override { db_.execute("COMMIT"); }
  void rollback() const noexcept override { db_.rollback(); }

 private:
  SqliteDatabase db_;
  mutable std::map<std::string, std::unique_ptr<SqliteStatement>, std::less<>> statements_;
};

}  // namespace

std::unique_ptr<SqlConnection> open_sqlite_connection(const std::string& path) {
  return std::make_unique<SqliteConnection>(path, false);
}

std::unique_ptr<StoreBackend> open_sqlite_store(const std::string& path) { return make_revision_store(open_sqlite_connection(path)); }

std::unique_ptr<StoreBackend> create_sqlite_store(const std::string& path) {
  return make_revision_store(std::make_unique<SqliteConnection>(path, true));
}

}  // namespace tiltak::detail
