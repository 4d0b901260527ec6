import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/db";
import { useDatabase } from "../index";
import { seedDemo } from "../seed";
import { seedStories } from "../seed/content";
import { listNewsSitemapStories, listSitemapFiles, listSitemapStories, listSitemapTaxonomy } from "./discovery";
import {
  getAuthor,
  getSection,
  getTag,
  listAuthorStories,
  listRelatedToSlug,
  listSectionStories,
  listTagStories,
  listTopStories,
} from "./listings";
import { searchStories } from "./search";
import { getPublishedStory, listLatestStories } from "./stories";

// The same public queries on PGlite and on PostgreSQL, seeded with the same newsroom at the same instant, must give
// the same answers. Runs once (in the pglite project) and only when a PostgreSQL server is available.
const FIXED_DATE = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Removes what differs by nature between two databases: random ids and the random part of stored file names. */
function normalize(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v) => {
      if (key === "id" || key === "sectionId") return undefined;
      if (typeof v === "string" && UUID.test(v)) return "<uuid>";
      // Storage keys carry a random part (and reader sizes a width after it): compare what is left.
      if (typeof v === "string" && v.startsWith("/media/")) return v.replace(/-[0-9a-f]{6,}((?:-\d+w)?\.\w+)$/, "$1");
      return v;
    }),
  );
}

async function runPublicQueries() {
  const local = (await getSection("local"))!;
  const koreatown = (await getTag("koreatown"))!;
  const sarah = (await getAuthor("sarah-kim"))!;
  const desk = (await getAuthor("digital-desk"))!;
  const article = (await getPublishedStory("koreatown-tenants-eviction-delay-hearing"))!;
  return {
    latest: await listLatestStories(50),
    top: await listTopStories(6),
    section: [await listSectionStories(local.id, 1, 4), await listSectionStories(local.id, 2, 4)],
    tag: [await listTagStories(koreatown.id, 1), await listTagStories(koreatown.id, 2)],
    author: [sarah, desk, await listAuthorStories(sarah.id, 1), await listAuthorStories(desk.id, 1)],
    article,
    missing: [await getPublishedStory("voter-guide-koreatown-council-candidates"), await getSection("nope")],
    related: await listRelatedToSlug(article.slug),
    search: await Promise.all(
      ["koreatown housing", "calligraphy", "caligraphy", "한글날", "장사", "baseball", "eviction"].map((q) =>
        searchStories(q),
      ),
    ),
    searchPage2: await searchStories("koreatown", 2, 5),
    sitemap: [
      await listSitemapFiles(5),
      await listSitemapStories(2, 5),
      await listNewsSitemapStories(),
      await listSitemapTaxonomy(),
    ],
  };
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("PGlite and PostgreSQL parity", () => {
  let pglite: TestDatabase;
  let postgres: TestDatabase;

  beforeAll(async () => {
    [pglite, postgres] = await Promise.all([createTestDatabase("pglite"), createTestDatabase("postgres")]);
    await seedDemo(pglite.db, { withStaff: false, now: FIXED_DATE });
    await seedDemo(postgres.db, { withStaff: false, now: FIXED_DATE });
  }, 240_000); // two whole demo newsrooms, photos and reader sizes included

  afterAll(async () => {
    await Promise.all([pglite?.drop(), postgres?.drop()]);
  });

  it("gives the same results for every public query", async () => {
    useDatabase(pglite);
    const onPglite = normalize(await runPublicQueries());
    useDatabase(postgres);
    const onPostgres = normalize(await runPublicQueries());
    expect(onPostgres).toEqual(onPglite);
    // A sanity check that the comparison compared something.
    expect((onPglite as { latest: unknown[] }).latest).toHaveLength(
      seedStories.filter((s) => s.status === "published").length,
    );
  });
});
