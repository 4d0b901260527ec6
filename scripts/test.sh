#!/usr/bin/env bash
# Every test: lint, types, unit and integration (PGlite, and PostgreSQL whenever a server answers: TEST_DATABASE_URL,
# else the local default 127.0.0.1:5432), end to end. The last line says which database drivers the tests ran on.
set -euo pipefail
cd "$(dirname "$0")/.."
# Fails when TEST_DATABASE_URL is set and nothing answers there; empty when only PGlite is available.
TEST_DATABASE_URL="$(node_modules/.bin/tsx scripts/test-drivers.ts url)"
export TEST_DATABASE_URL
DRIVERS="$(node_modules/.bin/tsx scripts/test-drivers.ts line)"
# On the way out, also stop a suite still running (a run cut short) and remove the copy of the build.
trap 'status=$?; kill $(jobs -p) 2>/dev/null || true; [ -z "${SERVER_DIR:-}" ] || rm -rf "$SERVER_DIR"
[ $status -eq 0 ] || echo "npm test failed (exit $status)"; echo "$DRIVERS"' EXIT
echo "== lint";       node_modules/.bin/eslint . --max-warnings 0
echo "== format";     node_modules/.bin/prettier --check . --log-level warn
echo "== typecheck";  node_modules/.bin/tsc --noEmit
echo "== unit and integration tests"
node_modules/.bin/vitest run
# Guards removed in turn: the role matrix and workflow tests must fail each time. The whole set (46 guards, about
# 20 minutes: a fresh Vitest per mutant) is `npm run test:mutations`; CI runs one guard of each kind.
echo "== mutation check"
MUTANTS="${MUTANTS:-^stateProblem from|^canViewStory|^takeOverAction}" node_modules/.bin/tsx scripts/mutations.ts
# With a PostgreSQL server, the end-to-end specs run as two suites at once, each with its own server and database:
# the desk's and the accounts' specs on PostgreSQL (as production), the rest on the embedded default. A suite alone
# leaves a third of this 2-core machine idle (it waits on the browser and on timers). The specs that time a change
# from a click then run alone, so that no other suite shares the machine while they measure. With no PostgreSQL,
# every spec runs in one suite on PGlite.
PG_SPECS=(auth budget desk desk-workflow invitations media notifications passkeys preview-links sessions story-editor two-factor)
TIMED_SPECS=(front-page live-coverage nginx-cache publishing schedule weather webhooks)
specs() { printf 'e2e/%s.spec.ts\n' "$@"; }
# A suite's log: the first failure's error, then Playwright's closing list of failed and flaky tests.
e2e_summary() {
  grep -m1 -A30 -E '^\[[a-z]+\] +1\) ' "$1" || true
  sed -n -E '/^\[[a-z]+\] +[0-9]+ (failed|flaky)$/,/^\[[a-z]+\] +[0-9]+ passed/p' "$1"
}
if [ -n "$TEST_DATABASE_URL" ]; then
  echo "== build for the end-to-end tests"
  node_modules/.bin/next build
  mapfile -t OTHER_SPECS < <(ls e2e/*.spec.ts | grep -v -x -F -f <(specs "${PG_SPECS[@]}" "${TIMED_SPECS[@]}"))
  mapfile -t PG_FILES < <(specs "${PG_SPECS[@]}")
  mapfile -t TIMED_FILES < <(specs "${TIMED_SPECS[@]}")
  echo "== end-to-end tests: PGlite and PostgreSQL side by side (lines marked [pglite] and [postgres])"
  # The PostgreSQL suite's server runs from a copy of the build, made before either server starts writing pages.
  SERVER_DIR="$(mktemp -d)"
  for entry in * .[!.]*; do
    case "$entry" in .next | .e2e-data* | .data | test-results | .git) ;; *) ln -s "$PWD/$entry" "$SERVER_DIR/$entry" ;; esac
  done
  mkdir "$SERVER_DIR/.next"
  tar -C .next --exclude=./cache --exclude=./server/route-cache -cf - . | tar -C "$SERVER_DIR/.next" -xf -
  # Screenshots to look at are written here by both suites; last run's are cleared.
  rm -rf test-results/screens
  mkdir -p test-results
  E2E_SKIP_BUILD=1 E2E_OUTPUT_DIR=test-results/pglite bash scripts/e2e.sh "${OTHER_SPECS[@]}" \
    > >(sed -u 's/^/[pglite] /' | tee test-results/e2e-pglite.log) 2>&1 &
  lite=$!
  E2E_SKIP_BUILD=1 E2E_PORT=3300 E2E_WEATHER_PORT=3399 E2E_DATA_DIR=.e2e-data-postgres E2E_SERVER_DIR="$SERVER_DIR" \
    E2E_OUTPUT_DIR=test-results/postgres node_modules/.bin/tsx scripts/e2e-postgres.ts "${PG_FILES[@]}" \
    > >(sed -u 's/^/[postgres] /' | tee test-results/e2e-postgres.log) 2>&1 &
  pg=$!
  lite_status=0 pg_status=0
  wait "$lite" || lite_status=$?
  wait "$pg" || pg_status=$?
  rm -rf "$SERVER_DIR"
  echo "== end-to-end tests that time a change from the click (PGlite, alone)"
  timed_status=0
  E2E_SKIP_BUILD=1 E2E_OUTPUT_DIR=test-results/timed bash scripts/e2e.sh "${TIMED_FILES[@]}" || timed_status=$?
  # The two suites' lines interleave far above; CI shows the last of the output. So their failures and flaky tests
  # (passed on the retry) are repeated here.
  for log in test-results/e2e-pglite.log test-results/e2e-postgres.log; do e2e_summary "$log"; done
  for s in "PGlite:$lite_status" "PostgreSQL:$pg_status" "timed:$timed_status"; do
    [ "${s#*:}" = 0 ] || { echo "end-to-end suite ${s%%:*} failed (exit ${s#*:})"; exit 1; }
  done
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
