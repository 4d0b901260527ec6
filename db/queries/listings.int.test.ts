import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/db";
import { seedDemo } from "../seed";
import { seedStories } from "../seed/content";
import { listNewsSitemapStories, listSitemapStories, listSitemapTaxonomy } from "./discovery";
import {
  getAuthor, getSection, getTag, listAuthorStories, listRelatedStories, listSectionStories, listTagStories, listTopStories,
} from "./listings";
import { stories } from "../schema";
import { searchStories } from "./search";
import { getPublishedStory, listLatestStories } from "./stories";

const testDb = withTestDatabase();
const published = seedStories.filter((s) => s.status === "published");
const newestFirst = (list: typeof published) => [...list].sort((a, b) => a.hoursAgo - b.hoursAgo).map((s) => s.slug);

beforeAll(async () => {
  await seedDemo(testDb().db, { withStaff: false });
});

describe("section, tag and author listings", () => {
  it("lists a section's published stories newest first, paged", async () => {
    const section = (await getSection("local"))!;
    const expected = newestFirst(published.filter((s) => s.section === "local"));
    const first = await listSectionStories(section.id, 1, 3);
    expect(first.total).toBe(expected.length);
    expect(first.items.map((s) => s.slug)).toEqual(expected.slice(0, 3));
    const second = await listSectionStories(section.id, 2, 3);
    expect(second.items.map((s) => s.slug)).toEqual(expected.slice(3, 6));
    expect(await getSection("no-such-section")).toBeNull();
  });

  it("lists a tag's stories and never a draft", async () => {
    const tag = (await getTag("transit"))!;
    const result = await listTagStories(tag.id, 1, 50);
    expect(result.items.map((s) => s.slug)).toEqual(newestFirst(published.filter((s) => s.tags.includes("transit"))));
    const drafts = seedStories.filter((s) => s.status !== "published" && s.tags.includes("transit"));
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(result.items.some((s) => s.slug === d.slug)).toBe(false);
  });

  it("gives an author's profile and their stories, including shared bylines", async () => {
    const author = (await getAuthor("sarah-kim"))!;
    expect(author.publicEmail).toBe("sarah.kim@example.com");
    expect(author.bio).toMatch(/City Hall/);
    expect(author.photo?.url).toMatch(/^\/media\//);
    const result = await listAuthorStories(author.id, 1, 50);
    expect(result.items.map((s) => s.slug)).toEqual(newestFirst(published.filter((s) => s.authors.includes("sarah-kim"))));
    const desk = (await getAuthor("digital-desk"))!;
    expect(desk.kind).toBe("desk");
    expect((await listAuthorStories(desk.id, 1, 2)).items).toHaveLength(2);
  });

  it("puts featured stories first on the front page, then the newest", async () => {
    const top = await listTopStories(6);
    const featured = newestFirst(published.filter((s) => s.featured));
    expect(top.slice(0, featured.length).map((s) => s.slug)).toEqual(featured);
    const rest = newestFirst(published.filter((s) => !s.featured)).slice(0, 6 - featured.length);
    expect(top.slice(featured.length).map((s) => s.slug)).toEqual(rest);
  });

  it("finds related stories by shared tags and section, never the story itself or a draft", async () => {
    const story = (await getPublishedStory("vermont-avenue-bus-lanes-construction"))!;
    const related = await listRelatedStories(story.id, story.sectionId, 4);
    expect(related).toHaveLength(4);
    expect(related.map((s) => s.slug)).not.toContain(story.slug);
    const seedOf = (slug: string) => seedStories.find((s) => s.slug === slug)!;
    for (const r of related) {
      const s = seedOf(r.slug);
      expect(s.status).toBe("published");
      expect(s.section === "local" || s.tags.some((t) => story.tags.some((x) => x.slug === t))).toBe(true);
    }
    // The closest match shares both tags (transit and koreatown) and the section.
    const first = seedOf(related[0]!.slug);
    expect(first.tags).toEqual(expect.arrayContaining(["transit", "koreatown"]));
  });
});

describe("sitemaps", () => {
  it("lists every published story and only those", async () => {
    const all = await listSitemapStories();
    expect(all.map((s) => s.slug).sort()).toEqual(published.map((s) => s.slug).sort());
    const news = await listNewsSitemapStories();
    expect(news.map((s) => s.slug).sort()).toEqual(published.filter((s) => s.hoursAgo < 48).map((s) => s.slug).sort());
    const { tags, authors } = await listSitemapTaxonomy();
    expect(authors).toContain("digital-desk");
    expect(tags).toContain("koreatown");
  });
});

describe("stories a reader may not see", () => {
  it("hides scheduled, unpublished and embargoed stories from every public read", async () => {
    const { db } = testDb();
    const changes = [
      { slug: "koreatown-bakery-opens-torrance-location", set: { status: "scheduled" as const, scheduledAt: sql`now() + interval '1 day'` } },
      { slug: "gallery-show-koreatown-laundromat-paintings", set: { status: "unpublished" as const } },
      // Published, but its time has not come.
      { slug: "normandie-high-lefthander-strikes-out-14-section-final", set: { publishedAt: sql`now() + interval '1 hour'` } },
    ];
    for (const c of changes) await db.update(stories).set(c.set).where(eq(stories.slug, c.slug));
    const latest = (await listLatestStories(100)).map((s) => s.slug);
    const sitemap = (await listSitemapStories()).map((s) => s.slug);
    const business = (await listSectionStories((await getSection("business"))!.id, 1, 50)).items.map((s) => s.slug);
    for (const { slug } of changes) {
      expect(await getPublishedStory(slug), slug).toBeNull();
      expect(latest).not.toContain(slug);
      expect(sitemap).not.toContain(slug);
      expect(business).not.toContain(slug);
    }
    expect((await searchStories("red-bean bakery Torrance")).hits.map((h) => h.slug)).not.toContain(changes[0]!.slug);
    expect(latest).toHaveLength(published.length - changes.length);
  });
});
