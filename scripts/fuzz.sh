#!/usr/bin/env bash
# Coverage-guided fuzzing (docs/fuzzing.md): builds the `fuzz` preset (clang-14, libFuzzer,
# ASan + UBSan) and runs each harness for SECONDS, one fuzzing process at a time (the machine is
# shared), then prints executions and coverage per harness.
#
#   scripts/fuzz.sh [SECONDS] [HARNESS...]          a campaign (default 60 s; all harnesses):
#                                                   new inputs are merged into fuzz/corpus/<h>,
#                                                   which is minimised (-merge=1) at the same time
#   scripts/fuzz.sh --check [SECONDS] [HARNESS...]  CI: the whole corpus and the regression
#                                                   inputs, then a bounded run (default 5 s);
#                                                   the source tree is not changed
#
# A finding (crash, sanitizer report, leak, timeout, out of memory) is kept as
# build/fuzz/artifacts/<h>/<kind>-<hash>; the run goes on with the next harness and the script
# exits 1 at the end. Make each one a regression input (fuzz/regressions/<h>/) and fix it.
# Limits: FUZZ_TIMEOUT seconds per input (default 10), FUZZ_RSS_MB (default 2048), FUZZ_MAX_LEN
# bytes per new input (default 8192: small inputs run fast and keep the corpora small in git).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi
seconds=${1:-$([ $check -eq 1 ] && echo 5 || echo 60)}
[ $# -gt 0 ] && shift
case "$seconds" in '' | *[!0-9]*) echo "fuzz.sh: SECONDS must be a whole number, got '$seconds'" >&2; exit 2 ;; esac
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
  harnesses=($(sed -n 's/^set(TILTAK_FUZZ_HARNESSES \(.*\))$/\1/p' fuzz/CMakeLists.txt))
fi

scripts/install-deps.sh
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j2 --target $(printf 'fuzz_%s ' "${harnesses[@]}")

out=build/fuzz/runs
summary=()
failed=()
for h in "${harnesses[@]}"; do
  binary=build/fuzz/fuzz/fuzz_$h
  [ -x "$binary" ] || { echo "fuzz.sh: no harness '$h' (fuzz/CMakeLists.txt lists them)" >&2; exit 2; }
  mkdir -p "$out" "build/fuzz/artifacts/$h" "fuzz/regressions/$h"
  work=$out/$h.new
  rm -rf "$work" && mkdir -p "$work"
  options=(-max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb="${FUZZ_RSS_MB:-2048}"
           -max_len="${FUZZ_MAX_LEN:-8192}"
           -artifact_prefix="build/fuzz/artifacts/$h/" -print_final_stats=1)
  [ -f "fuzz/dict/$h.dict" ] && options+=(-dict="fuzz/dict/$h.dict")
  log=$out/$h.log
  echo "== fuzz.sh: $h for ${seconds}s"
  # New inputs go to $work (the first directory); the corpus and regressions are only read.
  status=0
  "$binary" "${options[@]}" "$work" "fuzz/corpus/$h" "fuzz/regressions/$h" >"$log" 2>&1 || status=$?
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  coverage=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)
  if [ $status -ne 0 ]; then
    failed+=("$h")
    grep -E '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|.*runtime error|tiltak fuzz:)' "$log" | head -20 >&2 || true
    summary+=("$(printf '%-15s FINDING (exit %d), log %s' "$h" "$status" "$log")")
    continue
  fi
  if [ $check -eq 0 ]; then
    # Minimise: the smallest set of inputs from the old corpus and the new ones that covers the
    # same edges replaces the corpus. Edges, not libFuzzer's finer features (hit counts), keep
    # it a few hundred KB; a campaign grows the features again from it in seconds.
    merged=$out/$h.merged
    rm -rf "$merged" && mkdir -p "$merged"
    "$binary" -merge=1 -use_counters=0 -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" \
      -max_len="${FUZZ_MAX_LEN:-8192}" \
      "$merged" "fuzz/corpus/$h" "$work" >"$out/$h.merge.log" 2>&1
    rm -rf "fuzz/corpus/$h" && mv "$merged" "fuzz/corpus/$h"
  fi
  files=$(find "fuzz/corpus/$h" -type f | wc -l)
  kib=$(( $(du -sb "fuzz/corpus/$h" | cut -f1) / 1024 ))
  summary+=("$(printf '%-15s %12s executions  %-18s corpus %4d files, %d KiB' "$h" "${executions:-?}" \
    "${coverage:-?}" "$files" "$kib")")
done

echo "== fuzz.sh: $([ $check -eq 1 ] && echo check || echo campaign) of ${seconds}s per harness"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: findings in ${failed[*]} (build/fuzz/artifacts/)" >&2
  exit 1
fi
