import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/db";
import { pastLastPage } from "@/lib/listing-bounds";
import { seedDemo } from "../seed";
import { seedBenchStories } from "../seed/bench";
import { stories } from "../schema";
import { isPublic } from "./published";
import {
  countListing,
  getSection,
  LISTING_MAX_STORIES,
  LISTING_PAGE_SIZE,
  listLanguageStories,
  listSectionStories,
} from "./listings";

const testDb = withTestDatabase();

beforeAll(async () => {
  await seedDemo(testDb().db, { withStaff: false });
  await seedBenchStories(testDb().db, LISTING_MAX_STORIES + 200);
}, 120_000);

async function exactCount(where: ReturnType<typeof and>) {
  const [row] = await testDb().db.select({ n: count() }).from(stories).where(and(isPublic, where));
  return row!.n;
}

describe("how deep a listing pages", () => {
  it("counts no further than its last reachable page, and exactly below it", async () => {
    const english = await exactCount(eq(stories.language, "en"));
    expect(english).toBeGreaterThan(LISTING_MAX_STORIES);
    expect(await countListing({ kind: "language", language: "en" })).toBe(LISTING_MAX_STORIES);
    expect((await listLanguageStories("en", 1)).total).toBe(LISTING_MAX_STORIES);
    const local = (await getSection("local"))!;
    const inLocal = await exactCount(eq(stories.sectionId, local.id));
    expect(inLocal).toBeLessThan(LISTING_MAX_STORIES);
    expect((await listSectionStories(local.id, 1)).total).toBe(inLocal);
  });

  it("answers a page past the deepest with the proxy's 404, and the deepest page with its stories", async () => {
    const last = LISTING_MAX_STORIES / LISTING_PAGE_SIZE;
    expect(await pastLastPage(new URL(`http://reader.test/en?page=${last + 1}`), "192.0.2.1")).toBe(true);
    expect(await pastLastPage(new URL(`http://reader.test/en?page=${last}`), "192.0.2.1")).toBe(false);
    expect((await listLanguageStories("en", last)).items).toHaveLength(LISTING_PAGE_SIZE);
  });
});
