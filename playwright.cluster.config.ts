import { defineConfig, devices } from "@playwright/test";
import base from "./playwright.config";
import { BASE_PORT, stateFile } from "./e2e-cluster/cluster";

// Scale-out tests: `npm run cluster`'s topology (three instances of one build, PostgreSQL, Redis, a local S3
// bucket, nginx) on E2E_CLUSTER_PORT and the next four ports. CLUSTER_SKIP_BUILD=1 reuses the build in .next.
// The main suite's settings (one worker, one retry and forbidOnly in CI, Debian's chromium), with its own tests,
// server and a longer time limit.
export default defineConfig({
  ...base,
  testDir: "e2e-cluster",
  outputDir: "test-results/cluster",
  timeout: 60_000,
  use: { ...base.use, baseURL: `http://127.0.0.1:${BASE_PORT}` },
  projects: [
    {
      name: "cluster",
      testIgnore: "instance-killed.spec.ts",
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
    // Last, once the others are done: it leaves the cluster an instance short.
    {
      name: "instance-killed",
      testMatch: "instance-killed.spec.ts",
      dependencies: ["cluster"],
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
  ],
  webServer: {
    command: "node_modules/.bin/tsx scripts/cluster.ts",
    url: `http://127.0.0.1:${BASE_PORT}/healthz`,
    reuseExistingServer: process.env.E2E_CLUSTER_REUSE === "1",
    timeout: 400_000,
    stdout: "pipe",
    // SIGTERM lets the script stop the instances and drop its database, Redis keys and bucket.
    gracefulShutdown: { signal: "SIGTERM", timeout: 60_000 },
    // Every instance runs the scheduler each second, so the scheduled-story test has three claimants at once.
    env: {
      CLUSTER_PORT: String(BASE_PORT),
      CLUSTER_STATE_FILE: stateFile,
      LOG_REQUESTS: "0",
      SCHEDULER_INTERVAL_SECONDS: "1",
    },
  },
});
