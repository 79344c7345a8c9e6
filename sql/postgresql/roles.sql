-- The roles of a tiltak store in PostgreSQL (docs/store.md, "PostgreSQL: setting up the
-- database and its roles"). Run once per server, as a superuser or a role with CREATEROLE:
--   psql -v ON_ERROR_STOP=1 -f roles.sql
--
--   tiltak_owner  owns the store's tables: `tiltak store init` runs as (a member of) it, and
--                 only it may change the schema. No one works day to day as this role.
--   tiltak_app    what the people and programs that use the store are members of: they may
--                 read everything, add revisions, entity states and decisions, and close an
--                 entity's state (its valid_to), and nothing else: no UPDATE or DELETE on
--                 the decision log or the revisions (schema.sql grants exactly this).
-- Both are groups (NOLOGIN); give each person or service a login role of its own in one:
--   CREATE ROLE kari LOGIN PASSWORD '...' IN ROLE tiltak_app;
--   CREATE ROLE fjordvik_admin LOGIN PASSWORD '...' IN ROLE tiltak_owner;
CREATE ROLE tiltak_owner NOLOGIN;
CREATE ROLE tiltak_app NOLOGIN;
