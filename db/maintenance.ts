import "server-only";
import { sql } from "drizzle-orm";
import { getHandle } from "./index";
import { processSlot } from "./process-state";

const EVERY_MS = 60 * 60 * 1000;
const vacuumedAt = processSlot("vacuumedAt");

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
