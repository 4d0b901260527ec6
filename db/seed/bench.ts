import { eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { authors, media, sections, stories, storyAuthors, storyMedia, storyTags, tags } from "../schema";
import { docToPlainText } from "@/lib/content/rich-text/text";
import type { RichTextDoc } from "@/lib/content/rich-text/types";

const WORDS = (
  "council housing budget tenants metro school district market festival water power permit transit " +
  "library park vendors rent election hearing safety clinic youth league museum theater bakery storm heat freeway " +
  "bridge mural church forum ballot sidewalk night business owners neighbors street corner plan vote report"
).split(" ");

function sentence(seed: number, len: number): string {
  const words = Array.from({ length: len }, (_, i) => WORDS[(seed * 7 + i * 13 + (seed >> 3)) % WORDS.length]!);
  const s = words.join(" ");
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

/**
 * Adds `count` published stories to a seeded newsroom for the benchmark, in bulk: the demo's sections, authors,
 * tags and photos are reused (no new photo files), so 100,000 stories take seconds, not an hour.
 */
export async function seedBenchStories(db: Database, count: number, now = new Date()): Promise<number> {
  const sectionIds = (await db.select({ id: sections.id }).from(sections)).map((r) => r.id);
  const authorIds = (await db.select({ id: authors.id }).from(authors)).map((r) => r.id);
  const tagIds = (await db.select({ id: tags.id }).from(tags)).map((r) => r.id);
  const photoIds = (
    await db
      .select({ id: media.id })
      .from(media)
      .where(sql`${media.width} > ${media.height}`)
  ).map((r) => r.id);
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(stories)
    .where(eq(stories.status, "published"));
  const existing = row?.n ?? 0;
  // Secondary indexes (the search GIN index above all) are dropped for the load and rebuilt once at the end.
  const indexes = (
    (await db.execute(sql`select indexname, indexdef from pg_indexes where tablename in ('stories', 'story_tags', 'story_authors')
    and indexname not like '%_pkey' and indexdef not like 'CREATE UNIQUE%'`)) as unknown as {
      rows: { indexname: string; indexdef: string }[];
    }
  ).rows;
  for (const ix of indexes) await db.execute(sql.raw(`drop index if exists "${ix.indexname}"`));
  const CHUNK = 1000;
  for (let start = 0; start < count; start += CHUNK) {
    const rows: (typeof stories.$inferInsert)[] = [];
    for (let i = start; i < Math.min(count, start + CHUNK); i++) {
      const paragraphs = Array.from({ length: 6 }, (_, p) => sentence(i + p, 18 + (p % 5)));
      const body: RichTextDoc = {
        type: "doc",
        content: paragraphs.map((p) => ({ type: "paragraph", content: [{ type: "text", text: p }] })),
      };
      const publishedAt = new Date(now.getTime() - (i + 60) * 600_000);
      rows.push({
        slug: `bench-${i}-${WORDS[i % WORDS.length]}`,
        headline: `${sentence(i, 8).slice(0, -1)} (${i})`,
        dek: sentence(i + 1, 14),
        body,
        bodyText: docToPlainText(body),
        status: "published" as const,
        sectionId: sectionIds[i % sectionIds.length]!,
        heroMediaId: i % 3 === 0 ? null : (photoIds[i % photoIds.length] ?? null),
        publishedAt,
        createdAt: publishedAt,
        updatedAt: publishedAt,
      });
    }
    const ids = await db.insert(stories).values(rows).returning({ id: stories.id });
    await db
      .insert(storyAuthors)
      .values(
        ids.map(({ id }, k) => ({ storyId: id, authorId: authorIds[(start + k) % authorIds.length]!, position: 0 })),
      );
    const links = ids.flatMap(({ id }, k) =>
      [tagIds[(start + k) % tagIds.length]!, tagIds[(start + k * 3 + 1) % tagIds.length]!]
        .filter((t, j, all) => all.indexOf(t) === j)
        .map((tagId) => ({ storyId: id, tagId })),
    );
    await db.insert(storyTags).values(links);
    // What publish keeps for each live story: the media route reads it to decide a photo is public.
    const shown = ids.flatMap(({ id }, k) =>
      rows[k]!.heroMediaId ? [{ storyId: id, mediaId: rows[k]!.heroMediaId! }] : [],
    );
    if (shown.length) await db.insert(storyMedia).values(shown);
  }
  for (const ix of indexes) await db.execute(sql.raw(ix.indexdef));
  await db.execute(sql`analyze`);
  return existing + count;
}
