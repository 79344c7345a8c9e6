#!/usr/bin/env bash
# The one command that runs every test on a fresh Debian 12 machine: installs the system
# packages, then configures, builds and tests the `ci` preset (warnings are errors, benchmarks
# compiled) and the `asan` preset (AddressSanitizer + UBSan). Build trees: build/ci, build/asan.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh

for preset in ci asan; do
  echo "== test.sh: preset $preset"
  cmake --preset "$preset"
  cmake --build --preset "$preset" -j2
  ctest --preset "$preset" --output-on-failure -j2
done

echo "== test.sh: all tests passed (presets: ci, asan)"
