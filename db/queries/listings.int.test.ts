import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/db";
import { seedDemo } from "../seed";
import { seedStories } from "../seed/content";
import { listNewsSitemapStories, listSitemapFiles, listSitemapStories, listSitemapTaxonomy } from "./discovery";
import {
  countListing,
  getAuthor,
  getSection,
  getTag,
  listAuthorStories,
  listRelatedToSlug,
  listSectionStories,
  listTagStories,
  listTopStories,
} from "./listings";
import { authors, stories, storyAuthors, storyRedirects, storyTags, tags } from "../schema";
import { searchStories } from "./search";
import { getPublishedStory, listLatestStories } from "./stories";
import { findStoryRedirect } from "./story-preview";

const testDb = withTestDatabase();
const published = seedStories.filter((s) => s.status === "published");
const newestFirst = (list: typeof published) => [...list].sort((a, b) => a.hoursAgo - b.hoursAgo).map((s) => s.slug);
/** A published story's row with no tags, for the related-stories cases. */
const publishedRow = (slug: string, sectionId: string, hoursAgo: number) => ({
  slug,
  headline: slug,
  body: { type: "doc" as const, content: [] },
  status: "published" as const,
  sectionId,
  publishedAt: new Date(Date.now() - hoursAgo * 3_600_000),
});

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

  it("counts what each listing pages through, for the proxy's past-the-last-page 404", async () => {
    const local = published.filter((s) => s.section === "local").length;
    expect(local).toBeGreaterThan(0);
    expect(await countListing({ kind: "section", slug: "local" })).toBe(local);
    expect(await countListing({ kind: "tag", slug: "koreatown" })).toBe(
      published.filter((s) => s.tags.includes("koreatown")).length,
    );
    const author = (await getAuthor("sarah-kim"))!;
    expect(await countListing({ kind: "author", slug: "sarah-kim" })).toBe(
      (await listAuthorStories(author.id, 1)).total,
    );
    expect(await countListing({ kind: "language", language: "ko" })).toBe(
      published.filter((s) => s.language === "ko").length,
    );
    expect(await countListing({ kind: "section", slug: "no-such-section" })).toBeNull();
    expect(await countListing({ kind: "tag", slug: "no-such-tag" })).toBeNull();
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
    expect(result.items.map((s) => s.slug)).toEqual(
      newestFirst(published.filter((s) => s.authors.includes("sarah-kim"))),
    );
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
    const related = await listRelatedToSlug(story.slug, 4);
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
    // A draft's or an unknown slug has none.
    const draft = seedStories.find((s) => s.status === "draft")!;
    expect(await listRelatedToSlug(draft.slug)).toEqual([]);
    expect(await listRelatedToSlug("no-such-story")).toEqual([]);
  });

  it("finds the story sharing the most tags even when hundreds of newer ones share a common tag", async () => {
    // A story with a common tag and a rare one; 210 newer stories share only the common tag, one older story shares
    // both. Ranking only the newest 200 stories sharing any tag (before) never saw the older one.
    const { db } = testDb();
    const other = (await getSection("sports"))!;
    const [common, rare] = await db
      .insert(tags)
      .values([
        { slug: "related-common", name: "Related common" },
        { slug: "related-rare", name: "Related rare" },
      ])
      .returning();
    const story = (slug: string, hoursAgo: number) => publishedRow(slug, other.id, hoursAgo);
    const made = await db
      .insert(stories)
      .values([
        story("related-me", 0.5),
        story("related-both-old", 500),
        ...Array.from({ length: 210 }, (_, i) => story(`related-common-${i}`, 1 + i / 100)),
      ])
      .returning({ id: stories.id, slug: stories.slug });
    const [me, bothOld] = made as [(typeof made)[0], (typeof made)[0]];
    try {
      await db
        .insert(storyTags)
        .values([
          ...made.map((s) => ({ storyId: s.id, tagId: common!.id })),
          { storyId: me.id, tagId: rare!.id },
          { storyId: bothOld.id, tagId: rare!.id },
        ]);
      expect((await listRelatedToSlug("related-me")).map((s) => s.slug)).toEqual([
        "related-both-old",
        "related-common-0",
        "related-common-1",
        "related-common-2",
      ]);
    } finally {
      await db.delete(stories).where(
        inArray(
          stories.id,
          made.map((s) => s.id),
        ),
      );
      await db.delete(tags).where(inArray(tags.id, [common!.id, rare!.id]));
    }
  });

  it("passes over tags no other story has when choosing the rarest", async () => {
    // Seven tags of its own and two shared with an older story in another section: counted with the story itself,
    // its own tags were the "rarest" six, every list came back empty and the older story was never found.
    const { db } = testDb();
    const sports = (await getSection("sports"))!;
    const opinion = (await getSection("opinion"))!;
    const made = await db
      .insert(tags)
      .values(Array.from({ length: 9 }, (_, i) => ({ slug: `own-${i}`, name: `Own ${i}` })))
      .returning({ id: tags.id });
    const tagIds = made.map((t) => t.id);
    const rows = await db
      .insert(stories)
      .values(
        [
          { slug: "own-me", hoursAgo: 0.5, sectionId: sports.id },
          { slug: "own-old", hoursAgo: 500, sectionId: opinion.id },
        ].map(({ slug, hoursAgo, sectionId }) => publishedRow(slug, sectionId, hoursAgo)),
      )
      .returning({ id: stories.id });
    const [me, old] = rows as [(typeof rows)[0], (typeof rows)[0]];
    try {
      await db
        .insert(storyTags)
        .values([
          ...tagIds.map((tagId) => ({ storyId: me.id, tagId })),
          ...tagIds.slice(7).map((tagId) => ({ storyId: old.id, tagId })),
        ]);
      expect((await listRelatedToSlug("own-me"))[0]?.slug).toBe("own-old");
    } finally {
      await db.delete(stories).where(inArray(stories.id, [me.id, old.id]));
      await db.delete(tags).where(inArray(tags.id, tagIds));
    }
  });

  it("ranks a story with many tags by its rarest ones", async () => {
    // Eight tags: seven common (ids first in order) and one rare (id last) that only one older story shares, with
    // two of the common ones. Each tag's list is its newest 20 stories, for six tags at most: taken in id order, the
    // rare tag was never read and the older story never found.
    const { db } = testDb();
    const other = (await getSection("sports"))!;
    const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
    const made = await db
      .insert(tags)
      .values([
        ...Array.from({ length: 7 }, (_, i) => ({
          id: id(i + 1),
          slug: `many-common-${i + 1}`,
          name: `Common ${i + 1}`,
        })),
        { id: "ffffffff-ffff-4fff-bfff-ffffffffffff", slug: "many-rare", name: "Rare" },
      ])
      .returning({ id: tags.id });
    const tagIds = made.map((t) => t.id);
    // Common tags 1 and 2 have 21 newer stories each (23 with the two below), the others 30.
    const fillers = Array.from({ length: 7 }, (_, i) =>
      Array.from({ length: i < 2 ? 21 : 30 }, (_, k) => ({ tag: id(i + 1), slug: `many-${i + 1}-${k}` })),
    ).flat();
    const rows = await db
      .insert(stories)
      .values(
        [
          { slug: "many-me", hoursAgo: 0.5 },
          { slug: "many-old", hoursAgo: 500 },
          ...fillers.map((f, k) => ({ slug: f.slug, hoursAgo: 1 + k / 1000 })),
        ].map(({ slug, hoursAgo }) => publishedRow(slug, other.id, hoursAgo)),
      )
      .returning({ id: stories.id, slug: stories.slug });
    const idOf = (slug: string) => rows.find((r) => r.slug === slug)!.id;
    try {
      await db
        .insert(storyTags)
        .values([
          ...tagIds.map((tagId) => ({ storyId: idOf("many-me"), tagId })),
          ...[id(1), id(2), tagIds[7]!].map((tagId) => ({ storyId: idOf("many-old"), tagId })),
          ...fillers.map((f) => ({ storyId: idOf(f.slug), tagId: f.tag })),
        ]);
      expect((await listRelatedToSlug("many-me"))[0]?.slug).toBe("many-old");
    } finally {
      await db.delete(stories).where(
        inArray(
          stories.id,
          rows.map((r) => r.id),
        ),
      );
      await db.delete(tags).where(inArray(tags.id, tagIds));
    }
  });
});

describe("sitemaps", () => {
  it("lists every published story and only those", async () => {
    const all = await listSitemapStories(1);
    expect(all.map((s) => s.slug).sort()).toEqual(published.map((s) => s.slug).sort());
    const news = await listNewsSitemapStories();
    expect(news.map((s) => s.slug).sort()).toEqual(
      published
        .filter((s) => s.hoursAgo < 48)
        .map((s) => s.slug)
        .sort(),
    );
    const { tags, authors } = await listSitemapTaxonomy();
    expect(authors).toContain("digital-desk");
    expect(tags).toContain("koreatown");
  });

  it("splits the stories into files, oldest first, each once, with each file's newest change", async () => {
    const size = 7;
    const files = await listSitemapFiles(size);
    expect(files.map((f) => f.file)).toEqual(
      Array.from({ length: Math.ceil(published.length / size) }, (_, i) => i + 1),
    );
    const chunks = await Promise.all(files.map((f) => listSitemapStories(f.file, size)));
    const flat = chunks.flat();
    expect(flat.map((s) => s.slug).sort()).toEqual(published.map((s) => s.slug).sort());
    const times = flat.map((s) => s.publishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    chunks.forEach((chunk, i) =>
      expect(files[i]!.lastmod.getTime()).toBe(Math.max(...chunk.map((s) => s.modifiedAt.getTime()))),
    );
    expect(await listSitemapStories(files.length + 1, size)).toEqual([]);
  });
});

describe("stories a reader may not see", () => {
  // One published story per hidden state, made as visible as a story can be first (featured, an hour old, its
  // own tag, author, search word and old slug), so every read below is shown to list it before the change:
  // a read whose filter forgot a status fails here, not only a read that never listed the story.
  const hiddenStates = [
    { status: "draft", slug: "koreatown-bakery-opens-torrance-location" },
    { status: "in_review", slug: "gallery-show-koreatown-laundromat-paintings" },
    { status: "returned", slug: "vermont-avenue-bus-lanes-construction" },
    { status: "approved", slug: "koreatown-youth-soccer-league-loses-fields" },
    { status: "scheduled", slug: "school-bond-measure-koreatown-campuses" },
    { status: "unpublished", slug: "review-soondubu-counter-western-avenue" },
    { status: "published, time not come", slug: "normandie-high-lefthander-strikes-out-14-section-final" },
  ] as const;
  type Target = {
    status: string;
    slug: string;
    id: string;
    word: string;
    sectionId: string;
    tagIds: string[];
    authorIds: string[];
    sibling: string;
  };

  /** Every public read, each answering "does it show this story?". */
  async function readsShowing(t: Target): Promise<Record<string, boolean>> {
    const has = (list: { slug: string }[]) => list.some((s) => s.slug === t.slug);
    const taxonomy = await listSitemapTaxonomy();
    return {
      article: (await getPublishedStory(t.slug)) !== null,
      latest: has(await listLatestStories(500)),
      top: has(await listTopStories(500)),
      section: has((await listSectionStories(t.sectionId, 1, 500)).items),
      tags: (await Promise.all(t.tagIds.map((id) => listTagStories(id, 1, 500)))).some((p) => has(p.items)),
      authors: (await Promise.all(t.authorIds.map((id) => listAuthorStories(id, 1, 500)))).some((p) => has(p.items)),
      related: has(await listRelatedToSlug(t.sibling, 500)),
      sitemap: has(await listSitemapStories(1, 500)),
      newsSitemap: has(await listNewsSitemapStories()),
      sitemapTag: taxonomy.tags.includes(`only-${t.word}`),
      sitemapAuthor: taxonomy.authors.includes(`only-${t.word}`),
      search: has((await searchStories(t.word)).hits),
      fuzzySearch: has((await searchStories(t.word.slice(0, -1) + "x")).hits),
      oldSlugRedirect: (await findStoryRedirect(`old-${t.slug}`)) !== null,
    };
  }

  it("hides every unpublished status, and a time not yet come, from every public read", async () => {
    const { db } = testDb();
    const targets: Target[] = [];
    for (const [i, h] of hiddenStates.entries()) {
      const [row] = await db
        .select({ id: stories.id, sectionId: stories.sectionId })
        .from(stories)
        .where(eq(stories.slug, h.slug));
      const word = `zorblat${"abcdefg"[i]}quine`;
      const [tag] = await db
        .insert(tags)
        .values({ slug: `only-${word}`, name: word })
        .returning();
      const [author] = await db
        .insert(authors)
        .values({ slug: `only-${word}`, name: word })
        .returning();
      await db.insert(storyTags).values({ storyId: row!.id, tagId: tag!.id });
      await db.insert(storyAuthors).values({ storyId: row!.id, authorId: author!.id, position: 9 });
      await db.insert(storyRedirects).values({ oldSlug: `old-${h.slug}`, storyId: row!.id });
      await db
        .update(stories)
        .set({
          featured: true,
          publishedAt: sql`now() - interval '1 hour'`,
          headline: sql`${stories.headline} || ' ' || ${word}`,
        })
        .where(eq(stories.id, row!.id));
      const tagIds = (
        await db.select({ id: storyTags.tagId }).from(storyTags).where(eq(storyTags.storyId, row!.id))
      ).map((r) => r.id);
      const authorIds = (
        await db.select({ id: storyAuthors.authorId }).from(storyAuthors).where(eq(storyAuthors.storyId, row!.id))
      ).map((r) => r.id);
      const [sibling] = await db
        .select({ slug: stories.slug })
        .from(stories)
        .where(
          and(
            eq(stories.sectionId, row!.sectionId),
            eq(stories.status, "published"),
            notInArray(
              stories.slug,
              hiddenStates.map((x) => x.slug),
            ),
          ),
        )
        .limit(1);
      targets.push({ ...h, id: row!.id, word, sectionId: row!.sectionId, tagIds, authorIds, sibling: sibling!.slug });
    }
    for (const t of targets) {
      const shown = await readsShowing(t);
      expect(
        Object.entries(shown)
          .filter(([, v]) => !v)
          .map(([k]) => k),
        `${t.slug} before: reads that miss it`,
      ).toEqual([]);
    }
    for (const t of targets) {
      const set =
        t.status === "published, time not come"
          ? { publishedAt: sql`now() + interval '1 hour'` }
          : { status: t.status, ...(t.status === "scheduled" ? { scheduledAt: sql`now() + interval '1 day'` } : {}) };
      await db
        .update(stories)
        .set(set as never)
        .where(eq(stories.id, t.id));
    }
    for (const t of targets) {
      const shown = await readsShowing(t);
      expect(
        Object.entries(shown)
          .filter(([, v]) => v)
          .map(([k]) => k),
        `${t.status}: reads that still show ${t.slug}`,
      ).toEqual([]);
    }
    expect(await listLatestStories(500)).toHaveLength(published.length - targets.length);
  });
});
