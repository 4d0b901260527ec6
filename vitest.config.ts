import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests and database tests on PGlite always; the database tests again on PostgreSQL when
// TEST_DATABASE_URL is set. Each database test file gets a fresh database, dropped afterwards.
const alias = {
  "@": path.resolve(__dirname),
  // server-only throws outside React Server Components; in tests we are on the server by definition.
  "server-only": path.resolve(__dirname, "test/empty-module.ts"),
};
const common = { environment: "node" as const, setupFiles: ["test/setup.ts"], testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { ...common, name: "pglite", include: ["**/*.test.ts", "**/*.test.tsx"], exclude: ["node_modules/**", "e2e/**", ".next/**"], env: { TEST_DRIVER: "pglite" } } },
      ...(process.env.TEST_DATABASE_URL
        ? [{ resolve: { alias }, test: { ...common, name: "postgres", include: ["**/*.int.test.ts"], exclude: ["node_modules/**", "e2e/**"], env: { TEST_DRIVER: "postgres" } } }]
        : []),
    ],
  },
});
