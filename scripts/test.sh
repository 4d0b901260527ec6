#!/usr/bin/env bash
# Every test: lint, types, unit and integration (PGlite, and PostgreSQL when TEST_DATABASE_URL is set), end to end.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== lint";       node_modules/.bin/eslint . --max-warnings 0
echo "== typecheck";  node_modules/.bin/tsc --noEmit
echo "== unit and integration tests"
node_modules/.bin/vitest run
echo "== end-to-end tests"
bash scripts/e2e.sh
