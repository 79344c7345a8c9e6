#include "store/pg_schema.hpp"

#include <array>
#include <string>

#include "tiltak/core/error.hpp"

namespace tiltak::detail {
namespace {

// Step i brings a store from schema version i + 1 to i + 2 (sql/postgresql/upgrade-*.sql when
// there are any). Steps are only ever added; version 1 is the first.
constexpr std::array<const char*, pg_schema_version - 1> pg_upgrades{};

[[noreturn]] void refuse(const PgConnection& db, ErrorCode code, const std::string& why) {
  throw Error(code, Problem{db.location(), "", 0, 0, "", why});
}

std::int64_t schema_version(const PgConnection& db) {
  return db.query("SELECT version FROM tiltak_schema", {}).at(0).number(0);
}

// True when the store is older than this tiltak; refuses one made by a newer tiltak.
bool needs_upgrade(const PgConnection& db, std::int64_t version) {
  if (version > pg_schema_version)
    refuse(db, ErrorCode::validation_error,
           "the store has schema version " + std::to_string(version) + ", made by a newer tiltak; this one reads up to version " +
               std::to_string(pg_schema_version) + ": upgrade tiltak");
  return version < pg_schema_version;
}

}  // namespace

void create_pg_schema(const PgConnection& db) {
  struct Rollback {  // unless committed
    const PgConnection& db;
    ~Rollback() { db.rollback(); }
  } rollback{db};
  db.execute("BEGIN");
  const auto schema = db.query("SELECT current_schema()", {});
  if (schema.at(0).is_null(0))
    refuse(db, ErrorCode::io_error,
           "the connection's search_path names no schema that exists to make the store in: make it first (CREATE "
           "SCHEMA), or name one in the URI's options (?options=-csearch_path%3Dname)");
  const auto tables = db.query("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                               "AND tablename IN ('tiltak_schema', 'revisions', 'entities', 'decisions')",
                               {});
  if (tables.at(0).number(0) > 0)
    refuse(db, ErrorCode::duplicate,
           "a tiltak store exists already in schema \"" + schema.at(0).text(0) + "\"; a new store needs a schema of its own");
  db.execute(pg_schema_sql);
  if (schema_version(db) != pg_schema_version)
    throw Error(ErrorCode::internal, "store: sql/postgresql/schema.sql does not make schema version " + std::to_string(pg_schema_version));
  db.execute("COMMIT");
}

void open_pg_schema(const PgConnection& db) {
  if (db.query("SELECT to_regclass('tiltak_schema')", {}).at(0).is_null(0))
    refuse(db, ErrorCode::validation_error, "not a tiltak store (tiltak store init makes one)");
  if (!needs_upgrade(db, schema_version(db))) return;
  SqlTransaction transaction(db, true);
  const auto version = schema_version(db);  // another process may have upgraded it meanwhile
  if (!needs_upgrade(db, version)) return;
  for (auto step = version; step < pg_schema_version; ++step) db.execute(pg_upgrades[static_cast<std::size_t>(step - 1)]);
  db.query("UPDATE tiltak_schema SET version = ?1", {std::int64_t{pg_schema_version}});
  transaction.commit();
}

}  // namespace tiltak::detail
