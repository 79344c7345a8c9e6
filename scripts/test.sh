#!/usr/bin/env bash
# The one command that runs every test on a fresh Debian 12 machine: installs the system
# packages, then configures, builds and tests the `ci` preset (warnings are errors, benchmarks
# compiled), the `asan` preset (AddressSanitizer + UBSan), and the C API's concurrency test and
# the graph's two-thread build under ThreadSanitizer (`tsan`), and a short run of every fuzz
# harness (`fuzz`, clang-14). Build trees: build/ci, build/asan, build/tsan, build/fuzz. The
# PostgreSQL store's tests run on a throw-away server started here once and stopped on exit
# (scripts/postgres-test-server.sh), passed to them as TILTAK_TEST_POSTGRES.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh

postgres_dir=$(mktemp -d /tmp/tiltak-postgres.XXXXXX)
trap 'scripts/postgres-test-server.sh stop "$postgres_dir"' EXIT
TILTAK_TEST_POSTGRES=$(scripts/postgres-test-server.sh start "$postgres_dir")
export TILTAK_TEST_POSTGRES

for preset in ci asan; do
  echo "== test.sh: preset $preset"
  cmake --preset "$preset"
  cmake --build --preset "$preset" -j2
  ctest --preset "$preset" --output-on-failure -j2
done

# ThreadSanitizer only for what it is for: several threads reading one portfolio, and a large
# graph built on two threads.
echo "== test.sh: preset tsan (C API concurrency, parallel graph build)"
cmake --preset tsan
cmake --build --preset tsan-concurrency -j2
ctest --preset tsan-concurrency --output-on-failure

# Fuzzing (docs/fuzzing.md): the asan preset above replays every harness's corpus and regression
# inputs (the fuzz.* tests); here libFuzzer (clang-14, preset `fuzz`) runs each harness over them
# again and then a few seconds of new inputs.
echo "== test.sh: fuzz harnesses (corpus, then 5 s each)"
scripts/fuzz.sh --check 5

echo "== test.sh: all tests passed (presets: ci, asan, tsan, fuzz)"
