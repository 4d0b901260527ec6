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
echo "== format";     node_modules/.bin/prettier --check . --log-level warn
echo "== typecheck";  node_modules/.bin/tsc --noEmit
echo "== unit and integration tests"
node_modules/.bin/vitest run
# Guards removed in turn: the role matrix and workflow tests must fail each time. The whole set (46 guards, about
# 20 minutes: a fresh Vitest per mutant) is `npm run test:mutations`; CI runs one guard of each kind.
echo "== mutation check"
MUTANTS="${MUTANTS:-^stateProblem from|^canViewStory|^takeOverAction}" node_modules/.bin/tsx scripts/mutations.ts
# The desk's specs run on PostgreSQL (as production) whenever a server answers, the rest on the embedded default;
# with no PostgreSQL every spec runs on PGlite. Split rather than run twice, to keep the run short.
DESK_SPECS=(e2e/budget.spec.ts e2e/desk.spec.ts e2e/desk-workflow.spec.ts e2e/story-editor.spec.ts e2e/media.spec.ts)
if [ -n "$TEST_DATABASE_URL" ]; then
  echo "== end-to-end tests (PGlite)"
  mapfile -t OTHER_SPECS < <(ls e2e/*.spec.ts | grep -v -x -F -f <(printf '%s\n' "${DESK_SPECS[@]}"))
  bash scripts/e2e.sh "${OTHER_SPECS[@]}"
  echo "== end-to-end tests of the desk (PostgreSQL)"
  E2E_SKIP_BUILD=1 node_modules/.bin/tsx scripts/e2e-postgres.ts "${DESK_SPECS[@]}"
else
  echo "== end-to-end tests (PGlite)"
  bash scripts/e2e.sh
fi
# Three instances of the build just made, on PostgreSQL, Redis and a local S3 bucket, behind nginx. Needs the
# PostgreSQL at 127.0.0.1:5432, Redis at 127.0.0.1:6379 and nginx (.ci/run provides them); SKIP_CLUSTER_E2E=1 skips.
if [ -z "${SKIP_CLUSTER_E2E:-}" ]; then
  echo "== end-to-end tests, three instances behind nginx"
  CLUSTER_SKIP_BUILD=1 bash scripts/e2e.sh -c playwright.cluster.config.ts
fi
