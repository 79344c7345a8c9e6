#!/usr/bin/env bash
# The one command that shows tiltak at work: installs the system packages, builds the CLI
# (preset `default`: Release, build/release) and prints the summary of the example portfolio.
# Extra arguments are passed on to `tiltak summary`. Build output goes to stderr.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh
cmake --preset default >&2
cmake --build --preset default --target tiltak_cli >&2

exec build/release/bin/tiltak summary examples/fjordvik.json "$@"
