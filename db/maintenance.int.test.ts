import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/db";
import { getHandle } from "./index";
import { vacuumIfDue } from "./maintenance";
import { seedDemo } from "./seed";

withTestDatabase();

async function storiesAnalysed(): Promise<boolean> {
  const { db } = await getHandle();
  const r = (await db.execute(sql`select reltuples from pg_class where relname = 'stories'`)) as unknown as { rows: { reltuples: number }[] };
  return Number(r.rows[0]!.reltuples) > 0;
}

describe("embedded database upkeep", () => {
  it("vacuums and analyses PGlite at once, then at most hourly; leaves PostgreSQL to its autovacuum", async () => {
    const { db, driver } = await getHandle();
    await seedDemo(db, { withStaff: false });
    const now = Date.now();
    if (driver === "postgres") {
      expect(await vacuumIfDue(now)).toBe(false);
      return;
    }
    expect(await storiesAnalysed()).toBe(false);
    expect(await vacuumIfDue(now)).toBe(true);
    expect(await storiesAnalysed()).toBe(true);
    expect(await vacuumIfDue(now + 30 * 60_000)).toBe(false);
    expect(await vacuumIfDue(now + 61 * 60_000)).toBe(true);
  });
});
