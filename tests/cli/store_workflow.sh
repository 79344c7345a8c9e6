#!/usr/bin/env bash
# The store as the portfolio office uses it from the tiltak tool: init, import, changes through
# ordinary commands, history, show, diff, export at a revision and read-only commands --at; on
# an SQLite store, or on the store STORE names (store_postgres.sh: a PostgreSQL URI).
#   store_workflow.sh TILTAK EXAMPLE.json WORKDIR [STORE]
set -euo pipefail
tiltak=$1 work=$3/store-workflow
rm -rf "$work" && mkdir -p "$work"
store=${4:-$work/fjordvik.db}
# The store's name as it stands, in an extended regular expression.
store_pattern=$(sed 's/[][\\.*^$?+(){}|]/\\&/g' <<<"$store")
# The example in tiltak's canonical form (the file spells out some defaults): importing into a
# JSON document writes it so.
example=$work/canonical.json
"$tiltak" store import "$example" --from "$2" >/dev/null
fail() { echo "FAIL: $*"; exit 1; }
expect() {  # PATTERN TEXT
  grep -qE -- "$1" <<<"$2" || fail "expected /$1/ in:"$'\n'"$2"
}

expect "a new, empty store" "$("$tiltak" store init "$store")"
"$tiltak" store init "$store" 2>"$work/err" && fail "init over an existing store succeeded"
expect "exists already" "$(cat "$work/err")"  # the file, or a store in the schema
expect "imported .* as revision 1" "$("$tiltak" store import "$store" --from "$example" --author kari -m "first import")"
# Export after import gives the document byte for byte.
"$tiltak" store export "$store" -o "$work/export-1.json"
cmp "$example" "$work/export-1.json" || fail "export differs from the imported document"

expect "logged as decision 1 in $store_pattern" \
  "$("$tiltak" advance "$store" T-001 --to paused --by council --case 2026/1 --date 2026-12-01 --lang en)"
expect "logged as decision 2 in $store_pattern" \
  "$("$tiltak" advance "$store" T-004 --to paused --by council --case 2026/2 --date 2026-12-01 --lang en)"

history=$("$tiltak" store history "$store")
expect "^1  [0-9T:-]+Z  kari  first import$" "$history"
expect "^3  .*advance T-004 to paused by council$" "$history"
[ "$(wc -l <<<"$history")" = 3 ] || fail "expected 3 revisions: $history"
[ "$("$tiltak" store history "$store" --initiative T-001 | cut -d' ' -f1 | paste -sd,)" = "1,2" ] ||
  fail "history of T-001: $("$tiltak" store history "$store" --initiative T-001)"
expect '"chain_head": "[0-9a-f]{64}"' "$("$tiltak" store history "$store" --format json)"

show=$("$tiltak" store show "$store" --at 2)
expect "^2  .*advance T-001 to paused" "$show"
expect "changed  initiative T-001" "$show"
expect "added  decision 1" "$show"
diff=$("$tiltak" store diff "$store" --from 1 --to 3)
expect "changed  initiative T-001" "$diff"
expect "changed  initiative T-004" "$diff"
expect "added  decision 2" "$diff"

# Read-only commands read the store as it was.
expect "T-001 .*Under gjennomføring" "$("$tiltak" summary "$store" --at 1)"
expect "T-001 .*Satt på vent" "$("$tiltak" summary "$store")"
expect "decision log intact \\(2 entries;" "$("$tiltak" log verify "$store" --lang en)"
"$tiltak" store export "$store" --at 1 -o "$work/at-1.json"
cmp "$example" "$work/at-1.json" || fail "export --at 1 differs from the imported document"
"$tiltak" summary "$store" --at 7 2>"$work/err" && fail "--at 7 succeeded"
expect "no such revision \\(the store has 1 to 3\\)" "$(cat "$work/err")"
status=0; "$tiltak" summary "$store" --at yesterday 2>"$work/err" || status=$?
[ $status = 2 ] || fail "--at yesterday: exit status $status, expected 2 (usage)"
expect "--at must be a revision number" "$(cat "$work/err")"
# A JSON document keeps no history.
cp "$example" "$work/plain.json"
"$tiltak" summary "$work/plain.json" --at 1 2>"$work/err" && fail "--at on a JSON document succeeded"
expect "keeps no earlier states" "$(cat "$work/err")"
echo "store workflow passed"
