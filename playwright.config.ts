import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run against a production build (next build && next start) on a fresh embedded database,
// in Debian's chromium: nothing here downloads a browser.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const WEATHER_PORT = Number(process.env.E2E_WEATHER_PORT ?? 3199);
export const baseURL = `http://127.0.0.1:${PORT}`;
// The shipped nginx configuration runs in front of the server in e2e/nginx-cache.spec.ts (started by the spec).
export const nginxPort = Number(process.env.E2E_NGINX_PORT ?? PORT + 10);
// The server's embedded database and photos; a second suite run at the same time (scripts/test.sh) has its own.
export const e2eDataDir = path.resolve(process.env.E2E_DATA_DIR ?? ".e2e-data");

export default defineConfig({
  testDir: "e2e",
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  // A timeout catches a hang; speed is the benchmark's to measure. In CI two suites share 2 cores, and tests that take
  // 10 s alone took 20-28 s there, and some ran out of 30 s with nothing wrong: twice Playwright's defaults.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // In CI a test that fails is run once more; one that then passes is reported as flaky (scripts/test.sh repeats the
  // list at the end), so a CI run of 40 minutes is not lost to one slow moment of a loaded machine.
  retries: process.env.CI ? 1 : 0,
  // A stray test.only must not shrink a CI run (.ci/run sets CI).
  forbidOnly: !!process.env.CI,
  reporter: "list",
  use: {
    baseURL,
    trace: "off",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      command: `node_modules/.bin/tsx e2e/weather-stub.ts ${WEATHER_PORT}`,
      url: `http://127.0.0.1:${WEATHER_PORT}/health`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      command: "bash scripts/e2e-server.sh",
      url: `${baseURL}/`,
      reuseExistingServer: false,
      timeout: 600_000, // the build runs first; a loaded 2-core machine takes minutes
      stdout: "pipe",
      env: {
        PORT: String(PORT),
        AUTH_SECRET: "e2e-secret-not-for-production-0123456789abcdef",
        AUTH_TRUST_HOST: "true",
        // The demo logins are refused by production servers without this (lib/auth/demo-logins.ts).
        MASTHEAD_DEMO_STAFF: "1",
        SITE_URL: baseURL,
        WEATHER_API_URL: `http://127.0.0.1:${WEATHER_PORT}`,
        // A one-second weather cache, so the weather spec can switch the stub and see the effect.
        WEATHER_CACHE_SECONDS: "1",
        // Scheduled stories are checked every two seconds, so the schedule test waits seconds, not a minute.
        SCHEDULER_INTERVAL_SECONDS: "2",
        // The embedded database by default; PostgreSQL for the pass scripts/e2e-postgres.ts runs.
        ...(process.env.E2E_DATABASE_URL
          ? { DATABASE_URL: process.env.E2E_DATABASE_URL }
          : { PGLITE_DIR: path.join(e2eDataDir, "pglite") }),
        MEDIA_DIR: path.join(e2eDataDir, "media"),
        E2E_DATA_DIR: e2eDataDir,
        // A publish asks that nginx to fetch the story's pages again (lib/proxy-cache.ts).
        PROXY_CACHE_URL: `http://127.0.0.1:${process.env.E2E_NGINX_PORT ?? PORT + 10}`,
      },
    },
  ],
});
