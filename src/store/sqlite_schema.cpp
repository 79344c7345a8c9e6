#include "store/sqlite_schema.hpp"

#include <array>
#include <string>

#include "tiltak/core/error.hpp"

namespace tiltak::detail {
namespace {

// PRAGMA application_id: "tilt" in ASCII, so `file` and tiltak recognise a store.
constexpr std::int64_t application_id = 0x74696c74;

// Step i brings a store from schema version i to i + 1. Steps are only ever added.
constexpr std::array<const char*, sqlite_schema_version> sqlite_upgrades{
    // 0 → 1: revisions, the entities' rows valid from one revision to another, the decision log.
    R"sql(
CREATE TABLE revisions (
  number INTEGER PRIMARY KEY CHECK (number > 0),
  author TEXT NOT NULL,
  time TEXT NOT NULL,        -- UTC, ISO 8601: '2026-12-07T09:30:00Z'
  message TEXT NOT NULL,
  chain_head TEXT NOT NULL   -- the decision log's last hash after this revision; '' while empty
);
-- One row per state of an entity: it holds from revision valid_from up to (not including)
-- valid_to; valid_to is NULL while the state is the latest.
CREATE TABLE entities (
  kind TEXT NOT NULL CHECK (kind IN ('portfolio', 'initiative', 'benefit', 'decision')),
  id TEXT NOT NULL,
  position INTEGER NOT NULL,  -- the order in the document's array
  content TEXT NOT NULL,      -- the entity's JSON as in the document
  valid_from INTEGER NOT NULL REFERENCES revisions (number),
  valid_to INTEGER REFERENCES revisions (number),
  PRIMARY KEY (kind, id, valid_from)
);
CREATE UNIQUE INDEX entities_latest ON entities (kind, id) WHERE valid_to IS NULL;
CREATE INDEX entities_ended ON entities (valid_to);
-- The decision log, append-only: the chain the entities' decision rows must agree with.
CREATE TABLE decisions (
  number INTEGER PRIMARY KEY CHECK (number > 0),
  revision INTEGER NOT NULL REFERENCES revisions (number),
  hash TEXT NOT NULL UNIQUE
);
CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only: decisions cannot be changed'); END;
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only: decisions cannot be deleted'); END;
CREATE TRIGGER revisions_no_update BEFORE UPDATE ON revisions
BEGIN SELECT RAISE(ABORT, 'history is kept: revisions cannot be changed'); END;
CREATE TRIGGER revisions_no_delete BEFORE DELETE ON revisions
BEGIN SELECT RAISE(ABORT, 'history is kept: revisions cannot be deleted'); END;
-- A state may only be closed, once, by a later revision.
CREATE TRIGGER entities_closed_once BEFORE UPDATE ON entities
WHEN OLD.valid_to IS NOT NULL OR NEW.valid_to IS NULL OR NEW.valid_to <= OLD.valid_from
  OR NEW.kind IS NOT OLD.kind OR NEW.id IS NOT OLD.id OR NEW.position IS NOT OLD.position
  OR NEW.content IS NOT OLD.content OR NEW.valid_from IS NOT OLD.valid_from
BEGIN SELECT RAISE(ABORT, 'history is kept: a stored state can only be closed by a later revision'); END;
CREATE TRIGGER entities_no_delete BEFORE DELETE ON entities
BEGIN SELECT RAISE(ABORT, 'history is kept: stored states cannot be deleted'); END;
)sql",
    // 1 → 2: each revision records the length of the decision log with its head, so that the
    // head is an anchor (number and hash) verify_decision_log() can hold the log against. The
    // revisions before are given theirs from the append-only log, the trigger that keeps them
    // unchanged set aside for that one statement.
    R"sql(
ALTER TABLE revisions ADD COLUMN chain_length INTEGER NOT NULL DEFAULT 0 CHECK (chain_length >= 0);
DROP TRIGGER revisions_no_update;
UPDATE revisions SET chain_length = (SELECT count(*) FROM decisions WHERE decisions.revision <= revisions.number);
CREATE TRIGGER revisions_no_update BEFORE UPDATE ON revisions
BEGIN SELECT RAISE(ABORT, 'history is kept: revisions cannot be changed'); END;
)sql",
};

std::int64_t pragma(const SqliteDatabase& db, const char* sql) {
  SqliteStatement statement(db, sql);
  statement.step();
  return statement.number(0);
}

[[noreturn]] void not_a_store(const SqliteDatabase& db, const std::string& why) {
  throw Error(ErrorCode::validation_error, Problem{db.path(), "", 0, 0, "", why});
}

void upgrade(const SqliteDatabase& db, std::int64_t from) {
  for (auto version = from; version < sqlite_schema_version; ++version) db.execute(sqlite_upgrades[static_cast<std::size_t>(version)]);
  // PRAGMA takes no bound parameters; the values are this file's constants.
  db.execute(("PRAGMA user_version = " + std::to_string(sqlite_schema_version)).c_str());
}

}  // namespace

void create_sqlite_schema(const SqliteDatabase& db) {
  // WAL: readers never wait for the writer and always see whole revisions.
  db.execute("PRAGMA journal_mode = WAL");
  SqliteTransaction transaction(db, true);
  db.execute(("PRAGMA application_id = " + std::to_string(application_id)).c_str());
  upgrade(db, 0);
  transaction.commit();
}

void open_sqlite_schema(const SqliteDatabase& db) {
  if (pragma(db, "PRAGMA application_id") != application_id)
    not_a_store(db, "not a tiltak store (tiltak store init makes one)");
  const auto check = [&](std::int64_t version) {
    if (version > sqlite_schema_version)
      not_a_store(db, "the store has schema version " + std::to_string(version) + ", made by a newer tiltak; this one reads up to version " +
                          std::to_string(sqlite_schema_version) + ": upgrade tiltak");
    return version < sqlite_schema_version;
  };
  if (!check(pragma(db, "PRAGMA user_version"))) return;
  db.execute("PRAGMA journal_mode = WAL");  // as create_sqlite_schema; outside any transaction
  SqliteTransaction transaction(db, true);
  const auto version = pragma(db, "PRAGMA user_version");  // another process may have upgraded it meanwhile
  if (!check(version)) return;
  upgrade(db, version);
  transaction.commit();
}

}  // namespace tiltak::detail
