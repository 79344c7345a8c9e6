#!/usr/bin/env bash
# Installs every system package tiltak needs to build, test and run, from Debian's archive.
# Idempotent: quiet and fast when everything is present. Works as root or through sudo.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git ccache
  libboost-dev libboost-graph-dev libboost-date-time-dev
  nlohmann-json3-dev
  # Loading a portfolio document: simdjson's On-Demand parser, straight into the model (docs/architecture.md).
  libsimdjson-dev
  pybind11-dev python3-dev python3-pytest python3-numpy python3-pandas python3-jsonschema python3-networkx
  libgtest-dev libgmock-dev libbenchmark-dev
  # Portfolio selection: the COIN-OR CBC mixed-integer solver (EPL-2.0; see docs/architecture.md).
  coinor-libcbc-dev
  # Governance: the decision log's SHA-256 chain (libcrypto) and the Fiks Arkiv XML messages.
  libssl-dev libxml2-dev libxml2-utils
  # The portfolio store: SQLite, the embedded default (docs/store.md).
  libsqlite3-dev
  # The shared store: PostgreSQL's client library, and the server the tests start themselves
  # (scripts/postgres-test-server.sh; its `postgres` user runs it when the tests run as root).
  libpq-dev postgresql
  # The report: rendered in headless Chromium by a test; the example notebook run by nbconvert.
  chromium fonts-dejavu-core jupyter-nbconvert python3-nbconvert python3-ipykernel python3-matplotlib
  # The report as PDF/A (--format pdf): Ghostscript converts, poppler-utils checks it in the tests.
  ghostscript poppler-utils
  # The C ABI's compatibility with the last release (abidw, abidiff; ctest -R capi.abi_compatible).
  abigail-tools
  # Fuzzing (the `fuzz` preset, scripts/fuzz.sh): clang with libFuzzer and its sanitizer runtimes.
  clang-14 libclang-rt-14-dev
  # The .NET and Java wrappers (bindings/): Mono's C# compiler and runtime with the assemblies they use, a JDK and JNA.
  mono-mcs mono-runtime libmono-system-core4.0-cil libmono-system-runtime-serialization4.0-cil libmono-system-xml-linq4.0-cil default-jdk-headless libjna-java libgoogle-gson-java
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# Wait for another apt or dpkg run (unattended upgrades, a second set-up) instead of failing.
wait_for_lock=(-o DPkg::Lock::Timeout=600)
"${sudo[@]}" apt-get "${wait_for_lock[@]}" update -qq
"${sudo[@]}" apt-get "${wait_for_lock[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
