import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/db";
import { getHandle } from "./index";
import { pruneIfDue, vacuumIfDue } from "./maintenance";
import { loginAttempts, rateLimits } from "./schema";
import { seedDemo } from "./seed";

withTestDatabase();

async function storiesAnalysed(): Promise<boolean> {
  const { db } = await getHandle();
  const r = (await db.execute(sql`select reltuples from pg_class where relname = 'stories'`)) as unknown as {
    rows: { reltuples: number }[];
  };
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

describe("pruning what anonymous requests write", () => {
  it("keeps rows only as long as a check reads them, at most hourly", async () => {
    const { db } = await getHandle();
    const now = Date.now();
    const daysAgo = (d: number) => new Date(now - d * 86_400_000);
    await db.insert(loginAttempts).values([
      { emailKey: "a", ip: "1.2.3.4", succeeded: false, at: daysAgo(3) },
      { emailKey: "a", ip: "1.2.3.4", succeeded: false, at: daysAgo(0.5) },
      { emailKey: "a", ip: "1.2.3.4", succeeded: true, at: daysAgo(60) },
      { emailKey: "a", ip: "5.6.7.8", succeeded: true, at: daysAgo(100) },
    ]);
    await db.insert(rateLimits).values([
      { key: "search:old", windowStart: daysAgo(2), count: 3 },
      { key: "search:new", windowStart: new Date(now), count: 1 },
    ]);
    expect(await pruneIfDue(now)).toEqual({ loginAttempts: 2, rateLimits: 1 });
    const left = await db.select({ ip: loginAttempts.ip, succeeded: loginAttempts.succeeded }).from(loginAttempts);
    expect(left).toEqual(
      expect.arrayContaining([
        { ip: "1.2.3.4", succeeded: false },
        { ip: "1.2.3.4", succeeded: true },
      ]),
    );
    expect(left).toHaveLength(2);
    expect((await db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key)).toEqual(["search:new"]);
    expect(await pruneIfDue(now + 30 * 60_000)).toBeNull();
  });
});
