import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import { getHandle } from "./index";
import { processSlot } from "./process-state";
import { loginAttempts, rateLimits } from "./schema";

const EVERY_MS = 60 * 60 * 1000;
const vacuumedAt = processSlot("vacuumedAt");
const prunedAt = processSlot("prunedAt");

/**
 * PGlite runs PostgreSQL in single-user mode, where autovacuum never runs: without it the planner has no
 * statistics and every count reads each row's page (no visibility map). At 100,000 stories that made a section
 * page's first render 85 ms of queries instead of 10, and searches seconds. So the embedded database is vacuumed
 * and analysed at start-up and then hourly (about 3 s at 100,000 stories); PostgreSQL does this on its own.
 */
export async function vacuumIfDue(now = Date.now()): Promise<boolean> {
  const handle = await getHandle();
  if (handle.driver !== "pglite") return false;
  const last = vacuumedAt.get();
  if (last !== undefined && now - last < EVERY_MS) return false;
  vacuumedAt.set(now);
  await handle.db.execute(sql`vacuum (analyze)`);
  return true;
}

const DAY_MS = 86_400_000;

/**
 * Anonymous requests write rows (a sign-in attempt each, a rate-limit window per address) that nothing else removes.
 * Kept only as long as a check reads them: failures for the 24-hour pair window, successes for the 90 days an
 * address stays known (lib/auth/authenticate.ts), rate-limit windows for a day. Hourly, like the vacuum.
 */
export async function pruneIfDue(now = Date.now()): Promise<{ loginAttempts: number; rateLimits: number } | null> {
  const last = prunedAt.get();
  if (last !== undefined && now - last < EVERY_MS) return null;
  prunedAt.set(now);
  const { db } = await getHandle();
  const at = (ms: number) => new Date(now - ms);
  const failures = await db
    .delete(loginAttempts)
    .where(and(eq(loginAttempts.succeeded, false), lt(loginAttempts.at, at(2 * DAY_MS))))
    .returning({ id: loginAttempts.id });
  const successes = await db
    .delete(loginAttempts)
    .where(and(eq(loginAttempts.succeeded, true), lt(loginAttempts.at, at(91 * DAY_MS))))
    .returning({ id: loginAttempts.id });
  const windows = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, at(DAY_MS)))
    .returning({ key: rateLimits.key });
  return { loginAttempts: failures.length + successes.length, rateLimits: windows.length };
}
