import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { probePostgres } from "./test/postgres-probe";

// Unit tests and database tests on PGlite always; the database tests again on PostgreSQL whenever a server answers
// (TEST_DATABASE_URL, else the local default 127.0.0.1:5432). Each database test file gets a fresh database,
// dropped afterwards.
const alias = {
  "@": path.resolve(__dirname),
  // server-only throws outside React Server Components; in tests we are on the server by definition.
  "server-only": path.resolve(__dirname, "test/empty-module.ts"),
};

export default defineConfig(async () => {
  const postgres = await probePostgres();
  const env = postgres ? { TEST_DATABASE_URL: postgres.url } : {};
  const common = {
    environment: "node" as const,
    setupFiles: ["test/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A stray .only must not shrink a CI run.
    allowOnly: !process.env.CI,
  };
  return {
    resolve: { alias },
    test: {
      allowOnly: !process.env.CI,
      // Vitest's default is one worker less than the cores: one worker on a 2-core machine, while most database
      // tests wait on PostgreSQL or PGlite's I/O. Two workers took 263 s here; CI's one worker took 572 s.
      maxWorkers: Math.max(2, os.availableParallelism() - 1),
      projects: [
        {
          resolve: { alias },
          test: {
            ...common,
            name: "pglite",
            globalSetup: ["test/global-setup.ts"],
            include: ["**/*.test.ts", "**/*.test.tsx"],
            exclude: ["node_modules/**", "e2e/**", ".next/**"],
            env: { ...env, TEST_DRIVER: "pglite" },
          },
        },
        ...(postgres
          ? [
              {
                resolve: { alias },
                test: {
                  ...common,
                  name: "postgres",
                  include: ["**/*.int.test.ts"],
                  exclude: ["node_modules/**", "e2e/**", ".next/**"],
                  env: { ...env, TEST_DRIVER: "postgres" },
                },
              },
            ]
          : []),
      ],
    },
  };
});
