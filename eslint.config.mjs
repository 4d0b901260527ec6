import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import regexp from "eslint-plugin-regexp";

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
    // No regex that backtracks super-linearly runs on what people send (the SVG sniff's froze the server with 350
    // bytes; this plugin misses that shape, nested lazy repeats, so keep such checks to indexOf scans).
    // no-super-linear-move: an unanchored /x+$/ is quadratic on a long run of x; (?<!x)x+$ is linear. Tests read
    // only our own files.
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "db/**/*.ts", "components/**/*.{ts,tsx}", "proxy.ts"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    plugins: { regexp },
    rules: { "regexp/no-super-linear-backtracking": "error", "regexp/no-super-linear-move": "error" },
  },
  {
    // Playwright fixtures call their callback `use`; it is not a React hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
]);
