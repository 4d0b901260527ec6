import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import redos from "eslint-plugin-redos";
import regexp from "eslint-plugin-regexp";

// The floors, top to bottom: app/ -> components/ -> lib services -> db/ -> lib/story -> lib/content. An import never
// runs back up. Each folder gets exactly one no-restricted-imports block (a later block for the same files would
// replace an earlier one, not add to it), built from the rules that apply to it. docs/CONVENTIONS.md explains them.
const SQL = {
  paths: ["@/db", "@/db/index", "@/db/client", "@/db/schema", "drizzle-orm"],
  group: ["@/db/schema/*", "drizzle-orm/*"],
  message: "Read through db/queries and write through db/mutations; all SQL lives in db/.",
};
const rules = {
  sql: { group: SQL.group, message: SQL.message },
  noDb: {
    group: ["@/db", "@/db/**", "**/db/**"],
    message: "Components never import db/: reader types live in lib/content/types.ts, desk types in lib/story/.",
  },
  dbFloor: {
    group: [
      "@/lib/**",
      "!@/lib/content",
      "!@/lib/content/**",
      "!@/lib/story",
      "!@/lib/story/**",
      "!@/lib/capabilities",
      "@/app/**",
      "@/components/**",
      "@/auth",
      "**/../lib/*",
      "!**/../lib/content",
      "!**/../lib/story",
      "!**/../lib/capabilities",
    ],
    message:
      "db/ stands on lib/content, lib/story and the role table (lib/capabilities) only: a service that needs the database goes in lib/ above it.",
  },
  readsOnly: {
    group: ["@/db/mutations/**", "../mutations/*", "../mutations"],
    message: "A read never reaches into the write side: shared reads belong in db/queries.",
  },
  story: {
    group: [
      "@/db",
      "@/db/**",
      "**/db/**",
      "@/app/**",
      "@/components/**",
      "@/auth",
      "@/lib/**",
      "!@/lib/content",
      "!@/lib/content/**",
      "!@/lib/story",
      "!@/lib/story/**",
      "!@/lib/form-state",
      "!@/lib/capabilities",
      "../*",
      "!../content",
      "!../story",
      "!../form-state",
      "!../capabilities",
      "../../*",
      "!../../content",
      "!../../story",
    ],
    message:
      "lib/story is pure and client-safe: it imports only lib/story and lib/content (types of lib/form-state and lib/capabilities aside).",
  },
  content: {
    group: [
      "@/db",
      "@/db/**",
      "**/db/**",
      "@/app/**",
      "@/components/**",
      "@/auth",
      "@/lib/**",
      "!@/lib/content",
      "!@/lib/content/**",
      "../../*",
      "!../../content",
    ],
    message: "lib/content is the ground floor: pure, client-safe, importing nothing of ours outside lib/content.",
  },
};
// The role table and the form-state type are pure modules at lib/'s root that the story model names.
const pureTypes = {
  group: ["@/lib/form-state", "@/lib/capabilities", "../form-state", "../capabilities"],
  allowTypeImports: true,
  message: "Only the types of lib/form-state and lib/capabilities reach lib/story.",
};
const floor = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: patterns.includes(rules.sql) ? SQL.paths.map((name) => ({ name, message: SQL.message })) : [],
        patterns,
      },
    ],
  },
});

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".data/**",
    ".e2e-data*/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    "db/migrations/**",
  ]),
  floor(["app/**/*.{ts,tsx}"], [rules.sql]),
  floor(["components/**/*.{ts,tsx}"], [rules.sql, rules.noDb]),
  // The seed loads the demo newsroom with the services (photo storage, password hashing), like a script.
  floor(["db/**/*.ts"], [rules.dbFloor], ["db/queries/**", "db/seed/**", "db/**/*.test.ts"]),
  floor(["db/queries/**/*.ts"], [rules.dbFloor, rules.readsOnly], ["db/**/*.test.ts"]),
  floor(["lib/story/**/*.{ts,tsx}"], [rules.story, pureTypes], ["**/*.test.ts", "**/*.test.tsx"]),
  floor(["lib/content/**/*.{ts,tsx}"], [rules.content], ["**/*.test.ts", "**/*.test.tsx"]),
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
    // The reader site links with plain anchors on purpose: a page load from nginx's cache is as quick, and <Link>
    // would prefetch every linked page's payload on a reader's phone (data and CPU; see components/home).
    files: ["app/(site)/**/*.tsx", "components/**/*.tsx"],
    ignores: ["components/desk/**"],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // Playwright fixtures call their callback `use`; it is not a React hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
]);
