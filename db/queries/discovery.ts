import "server-only";
import { and, asc, desc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Language } from "@/lib/content/language";
import { getDb } from "../index";
import { authors, sections, stories, storyAuthors, tags } from "../schema";
import { isPublic } from "./published";

export type SitemapStory = {
  slug: string;
  sectionSlug: string;
  headline: string;
  language: Language;
  publishedAt: Date;
  modifiedAt: Date;
  /** The story's published editions in other languages (hreflang alternates), paths of reader pages. */
  editions: { language: Language; path: string }[];
};

const sitemapColumns = {
  id: stories.id,
  editionGroup: stories.editionGroup,
  language: stories.language,
  slug: stories.slug,
  sectionSlug: sections.slug,
  headline: stories.headline,
  publishedAt: sql<Date>`${stories.publishedAt}`.mapWith(stories.publishedAt),
  modifiedAt: sql<Date>`coalesce(${stories.contentUpdatedAt}, ${stories.publishedAt})`.mapWith(stories.publishedAt),
};

/**
 * Story sitemaps hold this many URLs each (the protocol allows 50,000; smaller files stay cheap to build). Files are
 * numbered from the oldest story, so a publish changes only the newest file and older files keep their lastmod.
 */
export const SITEMAP_FILE_SIZE = 10_000;

/** One story sitemap file (1-based), oldest first. */
export async function listSitemapStories(file: number, size = SITEMAP_FILE_SIZE): Promise<SitemapStory[]> {
  const db = await getDb();
  const rows = await db
    .select(sitemapColumns)
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(isPublic)
    .orderBy(asc(stories.publishedAt), asc(stories.id))
    .limit(size)
    .offset((file - 1) * size);
  return withEditions(rows);
}

type SitemapRow = Omit<SitemapStory, "editions"> & { id: string; editionGroup: string | null };

/** Each story's other published editions, in one query for the whole file. */
async function withEditions(rows: SitemapRow[]): Promise<SitemapStory[]> {
  const groups = [...new Set(rows.map((r) => r.editionGroup).filter((g): g is string => !!g))];
  const members = groups.length
    ? await (
        await getDb()
      )
        .select({
          id: stories.id,
          group: stories.editionGroup,
          language: stories.language,
          slug: stories.slug,
          sectionSlug: sections.slug,
        })
        .from(stories)
        .innerJoin(sections, eq(sections.id, stories.sectionId))
        .where(and(isPublic, inArray(stories.editionGroup, groups)))
    : [];
  return rows.map(({ id, editionGroup, ...story }) => ({
    ...story,
    editions: members
      .filter((m) => editionGroup && m.group === editionGroup && m.id !== id)
      .map((m) => ({ language: m.language, path: `/${m.sectionSlug}/${m.slug}` })),
  }));
}

/** How many story sitemap files there are, and when each last changed, for the sitemap index. */
export async function listSitemapFiles(size = SITEMAP_FILE_SIZE): Promise<{ file: number; lastmod: Date }[]> {
  const db = await getDb();
  const ordered = db
    .select({
      modifiedAt: sql<Date>`coalesce(${stories.contentUpdatedAt}, ${stories.publishedAt})`.as("modified_at"),
      n: sql<number>`row_number() over (order by ${stories.publishedAt} asc, ${stories.id} asc)`.as("n"),
    })
    .from(stories)
    .where(isPublic)
    .as("ordered");
  const rows = await db
    .select({
      file: sql<number>`((${ordered.n} - 1) / ${size} + 1)::int`.mapWith(Number),
      lastmod: sql<Date>`max(${ordered.modifiedAt})`.mapWith(stories.publishedAt),
    })
    .from(ordered)
    .groupBy(sql`1`)
    .orderBy(sql`1`);
  return rows;
}

/** Public stories of the last 48 hours, for the Google News sitemap. */
export async function listNewsSitemapStories(): Promise<SitemapStory[]> {
  const db = await getDb();
  const rows = await db
    .select(sitemapColumns)
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(isPublic, gt(stories.publishedAt, sql`now() - interval '48 hours'`)))
    .orderBy(desc(stories.publishedAt), asc(stories.slug));
  return withEditions(rows);
}

/** Tags and authors that have at least one public story: the listing pages worth a sitemap entry. */
export async function listSitemapTaxonomy(): Promise<{ tags: string[]; authors: string[] }> {
  const db = await getDb();
  const [tagRows, authorRows] = await Promise.all([
    db
      .selectDistinct({ slug: tags.slug })
      .from(tags)
      .where(
        sql`exists (select 1 from story_tags st join ${stories} on ${stories.id} = st.story_id where st.tag_id = ${tags.id} and ${isPublic})`,
      )
      .orderBy(asc(tags.slug)),
    db
      .selectDistinct({ slug: authors.slug })
      .from(authors)
      .innerJoin(storyAuthors, eq(storyAuthors.authorId, authors.id))
      .innerJoin(stories, eq(stories.id, storyAuthors.storyId))
      .where(isPublic)
      .orderBy(asc(authors.slug)),
  ]);
  return { tags: tagRows.map((t) => t.slug), authors: authorRows.map((a) => a.slug) };
}
