#pragma once
// The PostgreSQL store's schema and its versions (sql/postgresql/schema.sql, docs/store.md).

#include "store/pg_connection.hpp"

namespace tiltak::detail {

// The schema version this tiltak writes; the tiltak_schema table records a store's.
inline constexpr int pg_schema_version = 1;

// sql/postgresql/schema.sql, built in (src/store/pg_schema_sql.cpp.in).
extern const char* const pg_schema_sql;

// Makes a new store's tables in the schema first on the connection's search_path, in one
// transaction. Error(duplicate) when a tiltak store is there already.
void create_pg_schema(const PgConnection& db);

// Checks that the database holds a tiltak store and brings an older schema up to date in one
// transaction. Error(validation_error) for a database without a store or with one made by a
// newer tiltak.
void open_pg_schema(const PgConnection& db);

}  // namespace tiltak::detail
