#!/usr/bin/env bash
# Every test: lint, types, unit and integration (PGlite, and PostgreSQL whenever a server answers: TEST_DATABASE_URL,
# else the local default 127.0.0.1:5432), end to end. The last line says which database drivers the tests ran on.
set -euo pipefail
cd "$(dirname "$0")/.."
# Fails when TEST_DATABASE_URL is set and nothing answers there; empty when only PGlite is available.
TEST_DATABASE_URL="$(node_modules/.bin/tsx scripts/test-drivers.ts url)"
export TEST_DATABASE_URL
DRIVERS="$(node_modules/.bin/tsx scripts/test-drivers.ts line)"
trap 'status=$?; [ $status -eq 0 ] || echo "npm test failed (exit $status)"; echo "$DRIVERS"' EXIT
echo "== lint";       node_modules/.bin/eslint . --max-warnings 0
echo "== typecheck";  node_modules/.bin/tsc --noEmit
echo "== unit and integration tests"
node_modules/.bin/vitest run
echo "== end-to-end tests"
bash scripts/e2e.sh
