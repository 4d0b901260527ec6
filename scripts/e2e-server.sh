#!/usr/bin/env bash
# The server the e2e suite runs against: a production build on a fresh embedded database with the demo newsroom.
# E2E_DATA_DIR (absolute, from playwright.config.ts) holds its database and photos. With E2E_SERVER_DIR, the server
# runs from the copy of the build there: Next.js keeps rendered pages under .next, and a second suite running at the
# same time on another database (scripts/test.sh, which makes the copy) must not share them.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${E2E_SKIP_BUILD:-}" ]; then node_modules/.bin/next build; fi
rm -rf "${E2E_DATA_DIR:-.e2e-data}"
# Pages rendered on an earlier run belong to that run's database (the copy below leaves them out).
[ -n "${E2E_SERVER_DIR:-}" ] || rm -rf .next/server/route-cache
# The seed runs as "test" and asks for the demo desk logins; it closes the folder before the server opens it.
NODE_ENV=test SEED_DEMO_STAFF=1 node_modules/.bin/tsx --conditions=react-server scripts/db-seed.ts
# A copy of the build made before the suites started (scripts/test.sh), without the pages of an earlier run.
if [ -n "${E2E_SERVER_DIR:-}" ]; then
  rm -rf "$E2E_SERVER_DIR/.next/server/route-cache"
  cd "$E2E_SERVER_DIR"
fi
# The production server (scripts/server.mjs: request ids, graceful shutdown); access logs off to keep the output short.
LOG_REQUESTS="${LOG_REQUESTS:-0}" exec node scripts/server.mjs -p "${PORT:-3100}" -H 127.0.0.1
