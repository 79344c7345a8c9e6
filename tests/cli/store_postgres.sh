#!/usr/bin/env bash
# The tiltak tool on a PostgreSQL store: the store workflow (store_workflow.sh) or eight
# concurrent advances (concurrent_advance.sh), each on a store in a schema of its own on the
# test server (TILTAK_TEST_POSTGRES, scripts/postgres-test-server.sh), dropped afterwards.
# Exits 77 (skipped) without a server.
#   store_postgres.sh store_workflow|concurrent_advance TILTAK EXAMPLE.json WORKDIR
set -euo pipefail
[ -n "${TILTAK_TEST_POSTGRES:-}" ] || { echo "no PostgreSQL server: TILTAK_TEST_POSTGRES is not set"; exit 77; }
script=$1 tiltak=$2 example=$3 work=$4/postgres-$1
schema=tiltak_cli_$$  # letters, digits and '_': an identifier as it stands
psql=(psql --quiet --no-psqlrc -v ON_ERROR_STOP=1 "$TILTAK_TEST_POSTGRES")
"${psql[@]}" -c "DROP SCHEMA IF EXISTS $schema CASCADE" -c "CREATE SCHEMA $schema"
trap '"${psql[@]}" -c "DROP SCHEMA $schema CASCADE"' EXIT
case $TILTAK_TEST_POSTGRES in *\?*) separator='&' ;; *) separator='?' ;; esac
bash "$(dirname "${BASH_SOURCE[0]}")/$script.sh" "$tiltak" "$example" "$work" \
  "$TILTAK_TEST_POSTGRES${separator}options=-csearch_path%3D$schema"
