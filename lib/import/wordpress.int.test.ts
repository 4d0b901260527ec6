import path from "node:path";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir, withTestDatabase } from "@/test/db";
import {
  auditEvents,
  authors,
  importItems,
  legacyPaths,
  media,
  sections,
  stories,
  storyAuthors,
  storyRedirects,
  storyTags,
  tags,
} from "@/db/schema";
import { findLegacyTarget } from "@/db/queries/legacy-paths";
import type { RichTextNode } from "@/lib/content/rich-text/types";
import { importWordPress } from "./wordpress";

const testDb = withTestDatabase();
const FIXTURE = path.resolve(__dirname, "../../test/fixtures/wordpress/newsroom-wxr-1.2.xml");
const uploads = path.resolve(__dirname, "../../test/fixtures/wordpress/uploads");

beforeAll(() => {
  process.env.MEDIA_DIR = tempDir("import-media");
});

const bySlug = async (slug: string) => {
  const { db } = testDb();
  const [row] = await db.select().from(stories).where(eq(stories.slug, slug));
  return row!;
};
const byWorkingSlug = async (slug: string) => {
  const { db } = testDb();
  const rows = await db.select().from(stories);
  return rows.find((r) => r.working.slug === slug)!;
};
const nodes = (doc: { content: RichTextNode[] }): RichTextNode[] =>
  doc.content.flatMap((n) => [n, ...(n.content ? nodes({ content: n.content }) : [])]);

async function tableCounts() {
  const { db } = testDb();
  const tables = { stories, media, authors, sections, tags, legacyPaths, storyTags, storyAuthors, importItems };
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) out[name] = (await db.select({ n: count() }).from(table))[0]!.n;
  return out;
}

describe("WordPress import", () => {
  it("a dry run reads everything, reports, and writes nothing", async () => {
    const before = await tableCounts();
    const report = await importWordPress(testDb().db, { file: FIXTURE, uploads, pages: true, dryRun: true });
    expect(report.counts.stories.created).toBe(7);
    expect(report.lines(true)[0]).toContain("dry run");
    expect(await tableCounts()).toEqual(before);
  });

  it("brings posts over with their dates, slugs, authors, sections, tags and photos", async () => {
    const report = await importWordPress(testDb().db, { file: FIXTURE, uploads, pages: true });
    expect(report.counts.stories).toMatchObject({ created: 7, skipped: 1 });
    expect(report.counts.comments).toBe(2);
    expect(report.counts.photos).toMatchObject({ imported: 2, failed: 1 });
    const text = report.lines(false).join("\n");
    expect(text).toMatch(/Post 106: status "trash"/);
    expect(text).toMatch(/gone\.jpg/);
    expect(text).toMatch(/iframe.*youtube\.com\/embed\/abc123.*kept as a link/);
    expect(text).toMatch(/block "acme\/score-box": its text kept/);

    const { db } = testDb();
    const budget = await bySlug("city-council-passes-budget");
    expect(budget.status).toBe("published");
    expect(budget.publishedAt?.toISOString()).toBe("2025-06-07T22:04:00.000Z");
    expect(budget.contentUpdatedAt?.toISOString()).toBe("2025-06-08T16:30:00.000Z");
    expect(budget.dek).toBe("The plan keeps library hours and adds two bus lines in Koreatown.");
    expect(budget.seoDescription).toBe("LA's council passed its budget after midnight.");
    // City Hall sits under Local under News: folded into News, its name kept as a tag.
    const [section] = await db.select().from(sections).where(eq(sections.id, budget.sectionId));
    expect(section!.slug).toBe("news");
    const tagNames = (
      await db
        .select({ name: tags.name })
        .from(storyTags)
        .innerJoin(tags, eq(tags.id, storyTags.tagId))
        .where(eq(storyTags.storyId, budget.id))
    ).map((t) => t.name);
    expect(tagNames.sort()).toEqual(["Budget", "City Council", "City Hall"]);
    const [byline] = await db
      .select({ name: authors.name, email: authors.publicEmail, slug: authors.slug })
      .from(storyAuthors)
      .innerJoin(authors, eq(authors.id, storyAuthors.authorId))
      .where(eq(storyAuthors.storyId, budget.id));
    expect(byline).toEqual({ name: "Sarah Kim", email: "sarah.kim@oldsite.example", slug: "sarah-kim" });
    const [hero] = await db.select().from(media).where(eq(media.id, budget.heroMediaId!));
    expect(hero).toMatchObject({
      caption: "Council members vote on the budget on Friday.",
      credit: "CITY OF LOS ANGELES",
      altText: "Council members raise their hands in the chamber",
    });
    const body = nodes(budget.body);
    const photo = body.find((n) => n.type === "photo")!;
    expect(photo.attrs).toMatchObject({
      caption: "Vendors at the Saturday market, which the budget keeps open.",
      credit: "KOREATOWN DAILY",
      alt: "Fruit stalls on Western Avenue",
    });
    expect(body.filter((n) => n.type === "photo")).toHaveLength(1);
    expect(body.some((n) => n.type === "heading")).toBe(true);
    expect(body.some((n) => n.type === "bulletList")).toBe(true);
    expect(body.some((n) => n.type === "blockquote")).toBe(true);
    expect(budget.bodyText).toContain("two new bus lines");

    const dodgers = await bySlug("dodgers-rookie-no-hitter");
    expect(dodgers.headline).toBe("Dodgers\u2019 rookie throws a no-hitter");
    const blocks = nodes(dodgers.body);
    expect(blocks.find((n) => n.type === "heading")?.attrs).toEqual({ level: 3 });
    expect(blocks.find((n) => n.type === "photo")?.attrs).toMatchObject({
      caption: "Fans outside the stadium before the game.",
    });
    expect(dodgers.bodyText).toContain("https://www.youtube.com/watch?v=xyz");
    expect(dodgers.bodyText).toContain("Inning · Pitches");
    expect(dodgers.bodyText).toContain("Final: 3-0");

    const korean = (await db.select().from(stories).where(eq(stories.language, "ko")))[0]!;
    expect(korean.headline).toBe("LA 한인타운 주민의회, 새 예산안 통과");
    expect(korean.slug).toMatch(/^la-hanintaun-/);
    const [koSection] = await db.select().from(sections).where(eq(sections.id, korean.sectionId));
    expect(koSection).toMatchObject({ slug: "yeonye", name: "연예" });
    expect((await db.select().from(storyRedirects).where(eq(storyRedirects.storyId, korean.id)))[0]?.oldSlug).toBe(
      "la-한인타운-주민의회",
    );

    const scheduled = await byWorkingSlug("metro-d-line-extension");
    expect(scheduled.status).toBe("scheduled");
    expect(scheduled.scheduledAt?.toISOString()).toBe("2031-01-15T16:00:00.000Z");
    expect(scheduled.slug).not.toBe("metro-d-line-extension");
    expect((await byWorkingSlug("school-board-election-results")).status).toBe("in_review");
    const draft = (await db.select().from(stories).where(eq(stories.headline, "Draft: heat wave coverage plan")))[0]!;
    expect(draft.status).toBe("draft");
    expect((await bySlug("about")).status).toBe("published");

    const audit = await db.select().from(auditEvents).where(eq(auditEvents.action, "story.import"));
    expect(audit).toHaveLength(7);
    expect(audit[0]!.detail).toMatchObject({ file: "newsroom-wxr-1.2.xml", source: "https://oldsite.example" });
  });

  it("keeps every old address: permalinks, ?p=, categories, tags and authors", async () => {
    expect(await findLegacyTarget("/2025/06/07/city-council-passes-budget")).toMatchObject({
      path: "/news/city-council-passes-budget",
    });
    expect(await findLegacyTarget("/?p=100")).toMatchObject({ path: "/news/city-council-passes-budget" });
    expect((await findLegacyTarget("/2025/06/09/la-한인타운-주민의회"))?.path).toMatch(/^\/yeonye\/la-hanintaun-/);
    expect(await findLegacyTarget("/category/news/local/city-hall")).toMatchObject({ path: "/news" });
    expect(await findLegacyTarget("/category/sports")).toMatchObject({ path: "/sports" });
    expect(await findLegacyTarget("/?cat=5")).toMatchObject({ path: "/sports" });
    expect(await findLegacyTarget("/tag/budget")).toMatchObject({ path: "/tags/budget" });
    expect(await findLegacyTarget("/tag/한인타운")).toMatchObject({ path: "/tags/hanintaun" });
    expect(await findLegacyTarget("/author/skim")).toMatchObject({ path: "/authors/sarah-kim" });
    expect(await findLegacyTarget("/?page_id=200")).toMatchObject({ path: expect.stringMatching(/\/about$/) });
    // Not public: no address leads to a draft or a scheduled story.
    expect(await findLegacyTarget("/?p=104")).toBeNull();
    expect(await findLegacyTarget("/?p=103")).toBeNull();
  });

  it("a second run changes nothing, and a story edited on the desk since is left as the desk has it", async () => {
    const before = await tableCounts();
    const again = await importWordPress(testDb().db, { file: FIXTURE, uploads, pages: true });
    expect(again.counts.stories).toMatchObject({ created: 0, updated: 0, unchanged: 7 });
    expect(again.counts.photos.imported).toBe(0);
    expect(await tableCounts()).toEqual(before);

    const { db } = testDb();
    const budget = await bySlug("city-council-passes-budget");
    await db
      .update(stories)
      .set({ version: budget.version + 1 })
      .where(eq(stories.id, budget.id));
    await db.update(importItems).set({ hash: "changed at the source" }).where(eq(importItems.targetId, budget.id));
    const third = await importWordPress(db, { file: FIXTURE, uploads, pages: true });
    expect(third.counts.stories).toMatchObject({ editedOnDesk: 1, unchanged: 6 });
    expect(third.lines(false).join("\n")).toMatch(/Post 100 .*edited on the desk/);
  });
});

describe("WordPress import stopped half way", () => {
  it("run again, finishes with the same result as one whole run", async () => {
    const { db } = testDb();
    const source = path.resolve(__dirname, "../../test/fixtures/wordpress/newsroom-wxr-1.2.xml");
    // A fresh source: the same file under another site address, so this test starts from nothing.
    const fs = await import("node:fs/promises");
    const copy = path.join(tempDir("wxr"), "copy.xml");
    await fs.writeFile(
      copy,
      (await fs.readFile(source, "utf8")).replaceAll("https://oldsite.example", "https://copy.example"),
    );
    let batches = 0;
    await expect(
      importWordPress(db, {
        file: copy,
        uploads,
        pages: true,
        batchSize: 2,
        onProgress: () => {
          if (++batches === 2) throw new Error("killed");
        },
      }),
    ).rejects.toThrow("killed");
    const [{ n: partial }] = (await db
      .select({ n: count() })
      .from(importItems)
      .where(eq(importItems.source, "https://copy.example"))) as [{ n: number }];
    expect(partial).toBeGreaterThan(0);
    const resumed = await importWordPress(db, { file: copy, uploads, pages: true });
    expect(resumed.counts.stories.created + resumed.counts.stories.unchanged).toBe(7);
    expect(resumed.counts.stories.unchanged).toBeGreaterThan(0);
    const items = await db.select().from(importItems).where(eq(importItems.source, "https://copy.example"));
    expect(items.filter((i) => i.kind === "post")).toHaveLength(7);
    const once = await importWordPress(db, { file: copy, uploads, pages: true });
    expect(once.counts.stories.unchanged).toBe(7);
  });
});

describe("a hostile WordPress export", () => {
  it("runs nothing: markup in titles, excerpts and bodies arrives as text or not at all, and bad links are dropped", async () => {
    const fs = await import("node:fs/promises");
    const file = path.join(tempDir("wxr-hostile"), "hostile.xml");
    const item = (id: number, title: string, body: string, excerpt = "") =>
      `<item><title><![CDATA[${title}]]></title><link>https://evil.example/?p=${id}</link><dc:creator>mallory</dc:creator><content:encoded><![CDATA[${body}]]></content:encoded><excerpt:encoded><![CDATA[${excerpt}]]></excerpt:encoded><wp:post_id>${id}</wp:post_id><wp:post_date_gmt>2025-01-02 03:04:05</wp:post_date_gmt><wp:post_name>hostile-${id}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><category domain="post_tag" nicename="x"><![CDATA[<img src=x onerror=alert(1)>]]></category></item>`;
    await fs.writeFile(
      file,
      `<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Evil</title><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://evil.example</wp:base_site_url>` +
        `<wp:author><wp:author_login>mallory</wp:author_login><wp:author_display_name><![CDATA[<script>alert(2)</script>Mallory]]></wp:author_display_name></wp:author>` +
        item(
          1,
          `<script>alert(3)</script>Council <b>meets</b>`,
          `<p onmouseover="alert(4)">Hi <a href="javascript:alert(5)">click</a></p><iframe src="javascript:alert(6)"></iframe><img src="x" onerror="alert(7)"><svg onload="alert(8)"></svg>`,
          `<img src=x onerror=alert(9)>Dek`,
        ) +
        item(
          2,
          `Fine`,
          `<a href="vbscript:msgbox(1)">v</a><a href="data:text/html,<script>alert(10)</script>">d</a><style>*{}</style>Text`,
        ) +
        `</channel></rss>`,
    );
    const report = await importWordPress(testDb().db, { file });
    expect(report.counts.stories.created).toBe(2);
    const { db } = testDb();
    const rows = await db.select().from(stories).where(eq(stories.slug, "hostile-1"));
    const story = rows[0]!;
    expect(story.headline).toBe("Council meets");
    expect(story.dek).toBe("Dek");
    const stored = JSON.stringify([
      story.body,
      (await db.select().from(stories).where(eq(stories.slug, "hostile-2")))[0]!.body,
    ]);
    for (const bad of [
      "<script",
      "onerror",
      "onmouseover",
      "onload",
      "javascript:",
      "vbscript:",
      "data:text",
      "<iframe",
      "<style",
    ])
      expect(stored.toLowerCase()).not.toContain(bad);
    const [mallory] = await db.select().from(authors).where(eq(authors.slug, "mallory"));
    expect(mallory?.name).toBe("Mallory");
    const tagNames = (await db.select({ name: tags.name }).from(tags)).map((t) => t.name);
    expect(tagNames.filter((n) => n.includes("<") || n.includes("onerror"))).toEqual([]);
    expect(report.lines(false).join("\n")).toMatch(/a link to "javascript:alert\(5\)" removed/);
  });
});

describe("photos fetched from the old site", () => {
  it("brings what answers, and gives a line for a photo that times out, is too large or is missing", async () => {
    const fs = await import("node:fs/promises");
    const http = await import("node:http");
    const photo = await fs.readFile(path.join(uploads, "2025/06/market.jpg"));
    const server = http.createServer((req, res) => {
      if (req.url === "/ok.jpg") res.writeHead(200, { "content-type": "image/jpeg" }).end(photo);
      else if (req.url === "/big.jpg") res.writeHead(200, { "content-length": String(50_000_000) }).end();
      else if (req.url === "/slow.jpg")
        return; // never answers
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const attachment = (id: number, name: string) =>
        `<item><title>${name}</title><wp:post_id>${id}</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status><wp:attachment_url>${base}/${name}</wp:attachment_url><excerpt:encoded><![CDATA[Caption of ${name}]]></excerpt:encoded></item>`;
      const post = (id: number, thumb: number) =>
        `<item><title>Fetched ${id}</title><wp:post_id>${id}</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_name>fetched-${id}</wp:post_name><wp:post_date_gmt>2025-01-01 00:00:00</wp:post_date_gmt><content:encoded><![CDATA[Text.]]></content:encoded><wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${thumb}</wp:meta_value></wp:postmeta></item>`;
      const file = path.join(tempDir("wxr-fetch"), "fetch.xml");
      await fs.writeFile(
        file,
        `<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"><channel><title>F</title><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://fetch.example</wp:base_site_url>` +
          ["ok.jpg", "big.jpg", "slow.jpg", "gone.jpg"].map((n, i) => attachment(10 + i, n)).join("") +
          [0, 1, 2, 3].map((i) => post(100 + i, 10 + i)).join("") +
          `</channel></rss>`,
      );
      const report = await importWordPress(testDb().db, { file, fetch: true, timeoutMs: 500, maxBytes: 10_000_000 });
      expect(report.counts.stories.created).toBe(4);
      expect(report.counts.photos).toMatchObject({ imported: 1, failed: 3 });
      const lines = report.lines(false).join("\n");
      expect(lines).toMatch(/big\.jpg.*larger than/);
      expect(lines).toMatch(/slow\.jpg.*no answer within 0\.5 s/);
      expect(lines).toMatch(/gone\.jpg.*answered 404/);
      const withHero = await bySlug("fetched-100");
      const [hero] = await testDb().db.select().from(media).where(eq(media.id, withHero.heroMediaId!));
      expect(hero!.caption).toBe("Caption of ok.jpg");
      expect((await bySlug("fetched-101")).heroMediaId).toBeNull();
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});
