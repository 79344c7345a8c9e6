-- The tiltak store's schema in PostgreSQL, version 1 (docs/store.md). `tiltak store init
-- postgresql://...` runs this file, built into tiltak, in one transaction, in the schema
-- first on the connection's search_path (`public` unless the URI says otherwise, e.g.
-- ?options=-csearch_path%3Dfjordvik); the role that runs it owns the tables. The same data
-- model as the SQLite store: revisions, entity states valid from one revision to another,
-- the append-only decision log.

-- That this is a tiltak store, and its schema version (one row).
CREATE TABLE tiltak_schema (
  version integer NOT NULL CHECK (version > 0)
);
INSERT INTO tiltak_schema (version) VALUES (1);

-- Writers take this one row FOR UPDATE before they read the latest state: concurrent changes
-- commit one after another, each on top of the one before.
CREATE TABLE writer_lock (
  held boolean PRIMARY KEY DEFAULT true CHECK (held)
);
INSERT INTO writer_lock DEFAULT VALUES;

CREATE TABLE revisions (
  number bigint PRIMARY KEY CHECK (number > 0),
  author text NOT NULL,
  time text COLLATE "C" NOT NULL,  -- UTC, ISO 8601: '2026-12-07T09:30:00Z'; compared as bytes
  message text NOT NULL,
  chain_head text NOT NULL,        -- the decision log's last hash after this revision; '' while empty
  chain_length bigint NOT NULL DEFAULT 0 CHECK (chain_length >= 0)  -- the log's length with it
);

-- One row per state of an entity: it holds from revision valid_from up to (not including)
-- valid_to; valid_to is NULL while the state is the latest.
CREATE TABLE entities (
  kind text NOT NULL CHECK (kind IN ('portfolio', 'initiative', 'benefit', 'decision')),
  id text NOT NULL,
  position bigint NOT NULL,  -- the order in the document's array
  content text NOT NULL,     -- the entity's JSON as in the document
  valid_from bigint NOT NULL REFERENCES revisions (number),
  valid_to bigint REFERENCES revisions (number),
  PRIMARY KEY (kind, id, valid_from)
);
CREATE UNIQUE INDEX entities_latest ON entities (kind, id) WHERE valid_to IS NULL;
CREATE INDEX entities_ended ON entities (valid_to);

-- The decision log, append-only: the chain the entities' decision rows must agree with.
CREATE TABLE decisions (
  number bigint PRIMARY KEY CHECK (number > 0),
  revision bigint NOT NULL REFERENCES revisions (number),
  hash text NOT NULL UNIQUE
);

-- History is kept even against the tables' owner: these triggers refuse to rewrite it, and
-- only dropping them (which only the owner can) gets past them. Statement triggers: they refuse
-- the statement itself, whether or not it would touch a row.
CREATE FUNCTION tiltak_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% cannot be %', TG_ARGV[0], CASE TG_OP WHEN 'UPDATE' THEN 'changed' ELSE 'deleted' END
    USING ERRCODE = 'integrity_constraint_violation';
END
$$;
CREATE TRIGGER decisions_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON decisions
  FOR EACH STATEMENT EXECUTE FUNCTION tiltak_refuse('the decision log is append-only: decisions');
CREATE TRIGGER revisions_kept BEFORE UPDATE OR DELETE OR TRUNCATE ON revisions
  FOR EACH STATEMENT EXECUTE FUNCTION tiltak_refuse('history is kept: revisions');
CREATE TRIGGER entities_kept BEFORE DELETE OR TRUNCATE ON entities
  FOR EACH STATEMENT EXECUTE FUNCTION tiltak_refuse('history is kept: stored states');

-- A state may only be closed, once, by a later revision.
CREATE FUNCTION tiltak_entities_closed_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.valid_to IS NOT NULL OR NEW.valid_to IS NULL OR NEW.valid_to <= OLD.valid_from
     OR (NEW.kind, NEW.id, NEW.position, NEW.content, NEW.valid_from)
        IS DISTINCT FROM (OLD.kind, OLD.id, OLD.position, OLD.content, OLD.valid_from) THEN
    RAISE EXCEPTION 'history is kept: a stored state can only be closed by a later revision'
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER entities_closed_once BEFORE UPDATE ON entities
  FOR EACH ROW EXECUTE FUNCTION tiltak_entities_closed_once();

-- The tables belong to the owner role (roles.sql) when the one who makes them is a member of it:
-- then every member can upgrade or drop the store, not only its maker. The role needs to reach
-- the schema too: PostgreSQL checks the foreign keys as the tables' owner.
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'tiltak_owner') AND pg_has_role('tiltak_owner', 'MEMBER') THEN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO tiltak_owner', current_schema());
    ALTER TABLE tiltak_schema OWNER TO tiltak_owner;
    ALTER TABLE writer_lock OWNER TO tiltak_owner;
    ALTER TABLE revisions OWNER TO tiltak_owner;
    ALTER TABLE entities OWNER TO tiltak_owner;
    ALTER TABLE decisions OWNER TO tiltak_owner;
    ALTER FUNCTION tiltak_refuse() OWNER TO tiltak_owner;
    ALTER FUNCTION tiltak_entities_closed_once() OWNER TO tiltak_owner;
  END IF;
END
$$;

-- What the application role (roles.sql) may do: read everything; add revisions, entity states
-- and decisions; close an entity's state (valid_to, nothing else of it); take the writer lock.
-- No UPDATE or DELETE on decisions or revisions at all. Without the role (a server where
-- roles.sql was not run) only the owner can use the store.
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'tiltak_app') THEN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO tiltak_app', current_schema());
    GRANT SELECT ON tiltak_schema TO tiltak_app;
    GRANT SELECT, UPDATE ON writer_lock TO tiltak_app;
    GRANT SELECT, INSERT ON revisions, entities, decisions TO tiltak_app;
    GRANT UPDATE (valid_to) ON entities TO tiltak_app;
  ELSE
    RAISE NOTICE 'no role tiltak_app (roles.sql): only the owner of the tables can use this store';
  END IF;
END
$$;
