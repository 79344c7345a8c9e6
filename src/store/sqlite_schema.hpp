#pragma once
// The SQLite store's schema and its versions (docs/store.md).

#include "store/sqlite_database.hpp"

namespace tiltak::detail {

// The schema version this tiltak writes; PRAGMA user_version records a store's.
inline constexpr int sqlite_schema_version = 2;

// Makes a new store's schema in `db` (an empty database).
void create_sqlite_schema(const SqliteDatabase& db);

// Checks that `db` is a tiltak store and brings an older schema up to date in one
// transaction. Error(validation_error) for a database that is not a tiltak store or was made
// by a newer tiltak.
void open_sqlite_schema(const SqliteDatabase& db);

}  // namespace tiltak::detail
