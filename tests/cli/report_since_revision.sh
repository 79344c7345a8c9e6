#!/usr/bin/env bash
# `tiltak report STORE --since REV` against the report saved at that revision (issue 15): a
# store keeps what a saved report would have said, so the two comparisons are the same, byte
# for byte, in every format; `--since DATE` names the last revision of that day.
#   report_since_revision.sh TILTAK EXAMPLE.json WORKDIR
set -euo pipefail
tiltak=$1 example=$2 work=$3/report-since-revision
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*"; exit 1; }
store=$work/fjordvik.db
"$tiltak" store init "$store" >/dev/null
"$tiltak" store import "$store" --from "$example" --author kari -m "the portfolio" >/dev/null
# The revision's own day: what a report saved then was dated.
day=$("$tiltak" store show "$store" --at 1 | grep -oE '[0-9]{4}-[0-9]{2}-[0-9]{2}' | head -1)
[ -n "$day" ] || fail "no date in store show"
"$tiltak" report "$store" --format json --as-of "$day" -o "$work/saved.json"
# A change after it: a gate decision.
"$tiltak" advance "$store" T-001 --to paused --by council --case 2026/1 --date "$day" >/dev/null
for format in json md html; do
  "$tiltak" report "$store" --format $format --as-of "$day" --since 1 -o "$work/by-revision.$format"
  "$tiltak" report "$store" --format $format --as-of "$day" --since "$work/saved.json" -o "$work/by-file.$format"
  cmp -s "$work/by-revision.$format" "$work/by-file.$format" ||
    fail "$format: --since 1 differs from --since the saved report: $(diff "$work/by-revision.$format" "$work/by-file.$format" | head -5)"
done
grep -q '"changes": \[$' "$work/by-revision.json" || fail "no changes section in the JSON report"
grep -q '"after": "paused"' "$work/by-revision.json" || fail "the decision on T-001 is not among the changes"
# --since the day: the last revision of that day, the advance itself, so nothing changed since.
"$tiltak" report "$store" --format json --as-of "$day" --since "$day" -o "$work/by-day.json"
grep -q '"changes": \[\]' "$work/by-day.json" || fail "--since $day should compare with the latest revision of that day"
echo "report since a revision: passed"
