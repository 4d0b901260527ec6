import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import redos from "eslint-plugin-redos";
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
    // bytes; this plugin misses that shape, a lazy repeat in a starred group: the redos block below catches it).
    // no-super-linear-move: an unanchored /x+$/ is quadratic on a long run of x; (?<!x)x+$ is linear. Tests read
    // only our own files.
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "db/**/*.ts", "components/**/*.{ts,tsx}", "proxy.ts"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    plugins: { regexp },
    rules: { "regexp/no-super-linear-backtracking": "error", "regexp/no-super-linear-move": "error" },
  },
  {
    // recheck (the native checker from npm, or its JS build) finds what eslint-plugin-regexp misses: the old SVG
    // sniff's lazy repeat inside a starred group was exponential. A check it cannot finish is reported too; proven
    // results are cached in node_modules/.cache (about 10 s of a cold run on this busy machine).
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "db/**/*.ts", "components/**/*.{ts,tsx}", "proxy.ts"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    plugins: { redos },
    rules: { "redos/no-vulnerable": ["error", { ignoreErrors: false, cache: true }] },
  },
  {
    // Playwright fixtures call their callback `use`; it is not a React hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
]);
