#!/usr/bin/env bash
# Run the whole test suite: lint, types, pytest against SQLite and a real PostgreSQL server.
# PostgreSQL is installed (Debian package, when root and missing) and started on a private
# port for the run. Fails when pytest collects no test (exit code 5).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

. scripts/postgres.sh
start_postgres || { [ "${CI:-}" = "true" ] && { echo "PostgreSQL could not be started" >&2; exit 1; }; }
trap stop_postgres EXIT

# Debian's chromium for the web page's browser test (installed when root and missing).
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  apt-get update -qq >/dev/null && \
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || \
    echo "warning: chromium could not be installed" >&2
fi

$BIN/ruff check src tests benchmarks scripts
$BIN/ruff format --check src tests benchmarks scripts
$BIN/mypy

set +e
$BIN/python -m pytest "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "error: pytest collected no tests" >&2
  exit 1
fi
exit "$status"
