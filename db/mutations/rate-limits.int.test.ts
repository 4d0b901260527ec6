import { describe, expect, it } from "vitest";
import { together, withTestDatabase } from "@/test/db";
import { hitRateLimit } from "./rate-limits";
import { writer } from "@/db/mutations/writer";

withTestDatabase();

describe("fixed-window rate limits", () => {
  it("allows the limit within a window, refuses past it, and starts again in the next window", async () => {
    const t = new Date(Date.UTC(2026, 0, 1, 12, 0, 5));
    const hits = [];
    for (let i = 0; i < 5; i++) hits.push(await hitRateLimit(await writer(), "k", 3, 60_000, t));
    expect(hits).toEqual([true, true, true, false, false]);
    expect(await hitRateLimit(await writer(), "other", 3, 60_000, t)).toBe(true);
    expect(await hitRateLimit(await writer(), "k", 3, 60_000, new Date(t.getTime() + 60_000))).toBe(true);
  });

  it(`counts 20 hits started ${together} exactly`, async () => {
    const t = new Date(Date.UTC(2026, 0, 1, 13, 0, 0));
    const db = await writer();
    const results = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(db, "burst", 10, 60_000, t)));
    expect(results.filter(Boolean).length).toBe(10);
  });
});
