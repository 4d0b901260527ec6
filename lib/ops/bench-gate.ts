import { timingSafeEqual } from "node:crypto";

type Env = Record<string, string | undefined>;

/**
 * The bench route (/api/bench/story) publishes without a checklist or an actor, so it exists only for `npm run
 * bench`: it needs BENCH_TOKEN (16+ characters) and, in a production build, MASTHEAD_BENCH=1 as well, so a token
 * left in a production environment alone does not open it.
 */
export function benchEnabled(env: Env = process.env): boolean {
  return (env.BENCH_TOKEN ?? "").length >= 16 && (env.NODE_ENV !== "production" || env.MASTHEAD_BENCH === "1");
}

/** Compared as bytes, so a header with multi-byte characters is just wrong, never an error that tells the length. */
export function benchTokenMatches(given: string | null, env: Env = process.env): boolean {
  if (!benchEnabled(env)) return false;
  const a = Buffer.from(given ?? "");
  const b = Buffer.from(env.BENCH_TOKEN ?? "");
  return a.length === b.length && timingSafeEqual(a, b);
}
