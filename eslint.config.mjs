import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", ".e2e-data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**"]),
  {
    // All SQL lives in db/: pages, components and actions go through db/queries and db/mutations.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["@/db", "@/db/index", "@/db/client", "@/db/schema", "@/db/schema/*", "drizzle-orm", "drizzle-orm/*"], message: "Read through db/queries and write through db/mutations." },
        ],
      }],
    },
  },
]);
