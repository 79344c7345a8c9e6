#!/usr/bin/env bash
# Eight `tiltak advance` runs at once on one portfolio (a JSON document, then an SQLite store;
# or only the store STORE names, as store_postgres.sh runs it on PostgreSQL):
# each must be logged under its own decision number, and all eight must be in the log, whose
# chain verifies (issue 15: two concurrent runs both printed "logged as decision 1" and one
# decision was lost, 10 of 10 tries).
#   concurrent_advance.sh TILTAK EXAMPLE.json WORKDIR [STORE]
set -euo pipefail
tiltak=$1 example=$2 work=$3/concurrent-advance
rm -rf "$work" && mkdir -p "$work"
initiatives=(T-001 T-004 T-006 T-007 T-009 T-011 T-013 T-014)

check() {  # LOCATION
  local location=$1 pids=() i
  for i in "${!initiatives[@]}"; do
    "$tiltak" advance "$location" "${initiatives[$i]}" --to paused --by council --case 2026/1 --date 2026-12-01 --lang en \
      >"$work/out.$i" 2>&1 &
    pids+=($!)
  done
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || { echo "advance ${initiatives[$i]} failed:"; cat "$work/out.$i"; exit 1; }
  done
  numbers=$(sed -n 's/.*logged as decision \([0-9]*\) in .*/\1/p' "$work"/out.* | sort -n | tr '\n' ' ')
  [ "$numbers" = "1 2 3 4 5 6 7 8 " ] || { echo "$location: decision numbers reported: $numbers"; cat "$work"/out.*; exit 1; }
  "$tiltak" log verify "$location" --lang en | grep -q "decision log intact (8 entries;" ||
    { echo "$location: log after the runs:"; "$tiltak" log verify "$location"; exit 1; }
}

check_store() {  # LOCATION
  "$tiltak" store init "$1" >/dev/null
  "$tiltak" store import "$1" --from "$example" >/dev/null
  check "$1"
  [ "$("$tiltak" store history "$1" | wc -l)" = 9 ] || { echo "expected 9 revisions"; exit 1; }
}

if [ $# -ge 4 ]; then
  check_store "$4"
  echo "eight concurrent decisions kept on $4"
  exit 0
fi
cp "$example" "$work/portfolio.json"
check "$work/portfolio.json"
check_store "$work/portfolio.db"
echo "eight concurrent decisions kept on both stores"
