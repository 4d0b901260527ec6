import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/db";
import { answerChecker } from "@/test/openapi";
import { seedDemo } from "../seed";
import { seedStories } from "../seed/content";
import { apiKeys, stories } from "../schema";
import { createApiKey, revokeApiKey } from "../mutations/api-keys";
import { listApiAuthors, listApiStories, listApiTags, type StoryFilter } from "./content-api";
import { getPublishedStory } from "./stories";
import { withApiKey } from "@/lib/api/http";
import { newApiKey } from "@/lib/api/keys";
import { encodeCursor, storyFilter } from "@/lib/api/params";
import { apiStory, apiStorySummary } from "@/lib/api/serialize";
import { openApiDocument } from "@/lib/api/openapi";
import { makeStaff } from "@/test/staff";

const testDb = withTestDatabase();
const published = seedStories.filter((s) => s.status === "published");
const newestFirst = (list: typeof published) => [...list].sort((a, b) => a.hoursAgo - b.hoursAgo).map((s) => s.slug);
const slugs = async (f: Partial<StoryFilter>) => (await listApiStories({ limit: 100, ...f })).map((s) => s.slug);

beforeAll(async () => {
  await seedDemo(testDb().db, { withStaff: false });
});

describe("the content API's stories", () => {
  it("filters by section, tag, author, language and time, and never lists an unpublished story", async () => {
    expect(await slugs({})).toEqual(newestFirst(published));
    expect(await slugs({ section: "local" })).toEqual(newestFirst(published.filter((s) => s.section === "local")));
    expect(await slugs({ tag: "transit" })).toEqual(newestFirst(published.filter((s) => s.tags.includes("transit"))));
    expect(await slugs({ author: "sarah-kim" })).toEqual(
      newestFirst(published.filter((s) => s.authors.includes("sarah-kim"))),
    );
    const all = await listApiStories({ limit: 100 });
    const middle = all[Math.floor(all.length / 2)]!.publishedAt;
    const older = await listApiStories({ limit: 100, until: middle });
    expect(older.every((s) => s.publishedAt <= middle)).toBe(true);
    expect((await listApiStories({ limit: 100, since: middle })).length + older.length).toBe(all.length + 1);
    expect(await slugs({ language: "ko" })).toEqual(all.filter((s) => s.language === "ko").map((s) => s.slug));
    const hidden = seedStories.filter((s) => s.status !== "published").map((s) => s.slug);
    expect(hidden.length).toBeGreaterThan(0);
    expect((await slugs({})).filter((s) => hidden.includes(s))).toEqual([]);
  });

  it("pages by cursor without skipping or repeating while stories are published meanwhile", async () => {
    const before = await slugs({});
    const seen: string[] = [];
    let after: StoryFilter["after"];
    for (let page = 0; page < 50; page++) {
      const rows = await listApiStories({ limit: 3, after });
      seen.push(...rows.map((r) => r.slug));
      if (rows.length < 3) break;
      after = { publishedAt: rows[2]!.publishedAt, id: rows[2]!.id };
      // A story goes live between two page reads: it joins the head of the list, not the pages still to come.
      if (page === 1) {
        const [draft] = await testDb().db.select().from(stories).where(eq(stories.status, "draft")).limit(1);
        await testDb()
          .db.update(stories)
          .set({ status: "published", publishedAt: sql`now()`, slug: `${draft!.working.slug || "new"}-${page}` })
          .where(eq(stories.id, draft!.id));
      }
    }
    expect(seen).toEqual(before);
    expect(new Set(seen).size).toBe(seen.length);
    expect((await slugs({})).length).toBe(before.length + 1);
  });

  it("refuses bad parameters with a sentence, and reads the cursor it gave", () => {
    const p = (q: string) => new URLSearchParams(q);
    expect(() => storyFilter(p("limit=0"))).toThrow(/1 to 100/);
    expect(() => storyFilter(p("limit=abc"))).toThrow(/whole number/);
    expect(() => storyFilter(p("since=yesterday"))).toThrow(/ISO 8601/);
    expect(() => storyFilter(p("section=../etc"))).toThrow(/slug/);
    expect(() => storyFilter(p("language=fr"))).toThrow(/en or ko/);
    expect(() => storyFilter(p("cursor=not-ours"))).toThrow(/start again/);
    const at = { publishedAt: new Date("2025-06-07T22:04:00Z"), id: "00000000-0000-4000-8000-000000000001" };
    expect(storyFilter(p(`cursor=${encodeCursor(at)}`)).after).toEqual(at);
  });

  it("answers in the shapes the OpenAPI document gives, a story's body as our document and as escaped HTML", async () => {
    const check = answerChecker(openApiDocument());
    const list = (await listApiStories({ limit: 5 })).map(apiStorySummary);
    expect(check("/stories", 200, { data: list, next_cursor: "x" })).toEqual([]);
    const article = (await getPublishedStory(newestFirst(published)[0]!))!;
    const story = apiStory(article);
    expect(check("/stories/{slug}", 200, { data: story })).toEqual([]);
    expect(story.body_html).toMatch(/^<p>/);
    expect(story.body_html).not.toMatch(/<script|javascript:/i);
    expect(check("/tags", 200, { data: await listApiTags() })).toEqual([]);
    const authors = (await listApiAuthors()).map((a) => ({ ...a, url: `https://x/authors/${a.slug}` }));
    expect(check("/authors", 200, { data: authors })).toEqual([]);
    // The check can fail: a field the document does not name is refused.
    expect(check("/stories/{slug}", 200, { data: { ...story, extra: 1 } })).not.toEqual([]);
  });
});

describe("content API keys", () => {
  const call = (key: string | null, headers: Record<string, string> = {}) =>
    withApiKey(
      new Request("http://site.test/api/v1/stories", {
        headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
      }),
      async () => ({ data: "hello" }),
    );

  it("refuses no key, a wrong one and a revoked one; answers a good one with an ETag and a 304 for it", async () => {
    const admin = await makeStaff("admin");
    const made = newApiKey();
    const id = await createApiKey(
      testDb().db,
      { name: "App", perMinute: 100, prefix: made.prefix, hash: made.hash },
      admin.id,
    );
    const stored = await testDb().db.select().from(apiKeys).where(eq(apiKeys.id, id));
    expect(JSON.stringify(stored)).not.toContain(made.key);
    expect((await call(null)).status).toBe(401);
    expect((await call(null)).headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await call(`${made.key}x`)).status).toBe(401);
    const ok = await call(made.key);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("private, max-age=30");
    const etag = ok.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    expect((await call(made.key, { "if-none-match": etag })).status).toBe(304);
    expect(await revokeApiKey(testDb().db, id, admin.id)).toBe(true);
    expect((await call(made.key)).status).toBe(401);
  });

  it("answers 429 with Retry-After past the key's limit a minute", async () => {
    const admin = await makeStaff("admin");
    const made = newApiKey();
    await createApiKey(testDb().db, { name: "Tight", perMinute: 3, prefix: made.prefix, hash: made.hash }, admin.id);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await call(made.key)).status);
    // A minute's window can turn over between two calls: then the count starts again.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    const refused = await call(made.key);
    if (refused.status === 429) expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
