#!/usr/bin/env bash
# The tamper suite from the tiltak tool (issue 16; docs/governance.md, "What the chain proves,
# and what it cannot"), on a JSON document and on an SQLite store holding decided.json (two
# decisions on T-1, both filed in the archive, which keeps its copies). Each rewrite of
# tamper_attacker.py is not found by the file alone, and is found against the archive's copies
# (--archived) and, for the store, against the chain heads its revisions kept.
#   tamper.sh TILTAK DECIDED.json PYTHON WORKDIR
set -euo pipefail
tiltak=$1 decided=$2 python=$3 work=$4/tamper
attacker=$(dirname "$0")/tamper_attacker.py
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*"; exit 1; }
# verify EXIT PATTERN ARGS...: `tiltak log verify ARGS --lang en` exits EXIT and prints PATTERN.
verify() {
  local expected=$1 pattern=$2 status=0 out
  shift 2
  out=$("$tiltak" log verify "$@" --lang en 2>&1) || status=$?
  [ "$status" = "$expected" ] || fail "log verify $*: exit $status, expected $expected:"$'\n'"$out"
  grep -qE -- "$pattern" <<<"$out" || fail "log verify $*: expected /$pattern/ in:"$'\n'"$out"
}

# fresh KIND ACTION: a new location of KIND (json, db) with decided.json, its two decisions
# filed in the archive (their copies in $archived), then rewritten by ACTION.
fresh() {
  location=$work/$2.$1 archived=$work/$2-$1-archived
  mkdir -p "$archived"
  if [ "$1" = db ]; then
    "$tiltak" store init "$location" >/dev/null
    "$tiltak" store import "$location" --from "$decided" >/dev/null
  else
    cp "$decided" "$location"
  fi
  for n in 1 2; do "$tiltak" archive-message "$location" T-1 --decision $n -o "$archived/vedtak-$n.xml"; done
  verify 0 "intact .*acknowledged by the archive up to decision 2" "$location" --archived "$archived"
  if [ "$1" = db ]; then verify 0 "intact \(2 entries; none acknowledged by the archive; in the store's history up to decision 2;" "$location"; fi
  "$python" "$attacker" "$location" "$2"
}

for kind in json db; do
  # The document alone (for the store, its latest portfolio exported): the careful rewrite is
  # not detectable without an acknowledgement.
  alone() {
    local document=$location
    if [ "$kind" = db ]; then document=$work/alone.json && "$tiltak" store export "$location" -o "$document"; fi
    verify 0 "$1" "$document"
  }
  # What the store's own history finds; the JSON document keeps none.
  history() { if [ "$kind" = db ]; then verify 1 "$1" "$location"; else verify 0 "intact" "$location"; fi; }

  fresh $kind delete-last
  alone "intact \(1 entries; none acknowledged"
  verify 1 "/decisions: \[cut_tail\] the archive acknowledged decision 2, but the log ends at decision 1" \
    "$location" --archived "$archived"
  history "/decisions: \[cut_tail\] the store's history records decision 2, but the log ends at decision 1"

  fresh $kind cut-tail
  alone "intact \(0 entries; none acknowledged"
  verify 1 "\[cut_tail\] the archive acknowledged decision 2, but the log ends at decision 0" "$location" --archived "$archived"
  history "\[cut_tail\]"

  fresh $kind change-amount
  alone "intact \(2 entries; none acknowledged"
  verify 1 "/decisions/0: \[changed\] decision 1 is not the one the archive acknowledged" \
    "$location" --archived "$archived"
  history "/decisions/1: \[changed\]"  # the import made both decisions in one revision

  # After the last acknowledged decision nothing outside the file vouches for an entry: a
  # forged one is named as such; what finds it is the rulebook, held against it on replay.
  fresh $kind forge
  forged="/decisions/2/body: \[mandate\] decision 3: the secretariat could not take it; it must be taken by the chief executive or above"
  verify 1 "$forged" "$location"
  verify 1 "does not verify \(3 entries; acknowledged by the archive up to decision 2; (in the store.s history up to decision 2; )?nothing outside the file vouches for decisions 3–3\)" \
    "$location" --archived "$archived"
done
echo "tamper suite: passed"
