#pragma once
// The store with history in an SQL database: every change a revision, every entity's states as
// rows valid from one revision to another (docs/store.md). The SQLite and PostgreSQL stores are
// this over their database's connection, its schema made or checked before.

#include <memory>

#include "store/sql_connection.hpp"
#include "store/store_backend.hpp"

namespace tiltak::detail {

std::unique_ptr<StoreBackend> make_revision_store(std::unique_ptr<SqlConnection> connection);

}  // namespace tiltak::detail
