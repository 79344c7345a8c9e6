#pragma once
// The SQLite store (the embedded default): every change a revision, every entity's states as
// rows valid from one revision to another (docs/store.md).

#include <memory>
#include <string>

#include "store/sql_connection.hpp"
#include "store/store_backend.hpp"

namespace tiltak::detail {

std::unique_ptr<StoreBackend> open_sqlite_store(const std::string& path);
std::unique_ptr<StoreBackend> create_sqlite_store(const std::string& path);
// The store's database itself, as the store uses it (for tests that go around the store).
std::unique_ptr<SqlConnection> open_sqlite_connection(const std::string& path);

}  // namespace tiltak::detail
