#!/usr/bin/env bash
# The main job: installs the system packages, builds the CLI (preset `default`: Release,
# build/release) and writes the portfolio report of the example portfolio as one HTML file,
# build/fjordvik-report.html, as of today. Extra arguments go to `tiltak report` (for example
# --lang en, --as-of 2026-11-23, --hide-names, or --format md -o -). Build output goes to stderr.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh
cmake --preset default >&2
cmake --build --preset default --target tiltak_cli >&2

report=build/fjordvik-report.html
build/release/bin/tiltak report examples/fjordvik.json -o "$report" "$@"
echo "The portfolio report of examples/fjordvik.json: $report"
