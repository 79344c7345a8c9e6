#!/usr/bin/env bash
# A throw-away PostgreSQL server for the store tests (docs/store.md, DEVELOPERS.md):
#   postgres-test-server.sh start DIR   initdb into DIR/data, start the server listening only on
#                                       a Unix socket in DIR (no TCP), make the roles of
#                                       sql/postgresql/roles.sql, a login `tiltak_clerk` in
#                                       tiltak_app and a database `tiltak`; prints the URI to
#                                       pass as TILTAK_TEST_POSTGRES
#   postgres-test-server.sh stop DIR    stop it and remove DIR
# The server runs as an unprivileged user: `postgres` (Debian's postgresql package makes it)
# when started as root, as CI does; otherwise the caller. Everything in it is lost on stop:
# fsync is off.
set -euo pipefail
bin=${TILTAK_POSTGRES_BIN:-/usr/lib/postgresql/15/bin}
action=${1:?usage: postgres-test-server.sh start|stop DIR}
dir=${2:?usage: postgres-test-server.sh start|stop DIR}
roles_sql="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/sql/postgresql/roles.sql"

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case $action in
start)
  mkdir -p "$dir"
  chmod 755 "$dir"  # others connect through the socket in it
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  as_server_user "$bin/initdb" --pgdata="$dir/data" --username=postgres --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  as_server_user "$bin/pg_ctl" start --pgdata="$dir/data" --log="$dir/server.log" --wait --silent \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" ||
    { cat "$dir/server.log" >&2; exit 1; }
  psql=(psql --quiet --no-psqlrc -v ON_ERROR_STOP=1 --host="$dir" --username=postgres)
  "${psql[@]}" --dbname=postgres --file="$roles_sql" >/dev/null
  "${psql[@]}" --dbname=postgres -c "CREATE ROLE tiltak_clerk LOGIN IN ROLE tiltak_app" -c "CREATE DATABASE tiltak" >/dev/null
  echo "postgresql:///tiltak?host=$dir&user=postgres"
  ;;
stop)
  if [ -d "$dir/data" ]; then as_server_user "$bin/pg_ctl" stop --pgdata="$dir/data" --mode=fast --wait --silent || true; fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: postgres-test-server.sh start|stop DIR" >&2
  exit 2
  ;;
esac
