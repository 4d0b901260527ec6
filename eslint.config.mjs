import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const SQL_RULE = "Read through db/queries and write through db/mutations.";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", ".e2e-data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**"]),
  {
    // All SQL lives in db/: pages, components and actions go through db/queries and db/mutations.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: ["@/db", "@/db/index", "@/db/client", "@/db/schema", "drizzle-orm"].map((name) => ({ name, message: SQL_RULE })),
        patterns: [{ group: ["@/db/schema/*", "drizzle-orm/*"], message: SQL_RULE }],
      }],
    },
  },
  {
    // Playwright fixtures call their callback `use`; it is not a React hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
]);
