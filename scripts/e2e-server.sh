#!/usr/bin/env bash
# The server the e2e suite runs against: a production build on a fresh embedded database with the demo newsroom.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${E2E_SKIP_BUILD:-}" ]; then node_modules/.bin/next build; fi
rm -rf .e2e-data
# Pages rendered on an earlier run belong to that run's database.
rm -rf .next/server/route-cache
# The seed runs as "test" and asks for the demo desk logins; it closes the folder before the server opens it.
NODE_ENV=test SEED_DEMO_STAFF=1 node_modules/.bin/tsx --conditions=react-server scripts/db-seed.ts
# The production server (scripts/server.mjs: request ids, graceful shutdown); access logs off to keep the output short.
LOG_REQUESTS="${LOG_REQUESTS:-0}" exec node scripts/server.mjs -p "${PORT:-3100}" -H 127.0.0.1
