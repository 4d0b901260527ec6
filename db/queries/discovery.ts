import "server-only";
import { and, asc, desc, eq, gt, sql } from "drizzle-orm";
import { getDb } from "../index";
import { authors, sections, stories, storyAuthors, tags } from "../schema";
import { isPublic } from "./published";

export type SitemapStory = { slug: string; sectionSlug: string; headline: string; publishedAt: Date; modifiedAt: Date };

const sitemapColumns = {
  slug: stories.slug, sectionSlug: sections.slug, headline: stories.headline,
  publishedAt: sql<Date>`${stories.publishedAt}`.mapWith(stories.publishedAt),
  modifiedAt: sql<Date>`coalesce(${stories.contentUpdatedAt}, ${stories.publishedAt})`.mapWith(stories.publishedAt),
};

/** Every public story for sitemap.xml, newest first. */
export async function listSitemapStories(): Promise<SitemapStory[]> {
  const db = await getDb();
  return db.select(sitemapColumns).from(stories).innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(isPublic).orderBy(desc(stories.publishedAt), asc(stories.slug));
}

/** Public stories of the last 48 hours, for the Google News sitemap. */
export async function listNewsSitemapStories(): Promise<SitemapStory[]> {
  const db = await getDb();
  return db.select(sitemapColumns).from(stories).innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(isPublic, gt(stories.publishedAt, sql`now() - interval '48 hours'`)))
    .orderBy(desc(stories.publishedAt), asc(stories.slug));
}

/** Tags and authors that have at least one public story: the listing pages worth a sitemap entry. */
export async function listSitemapTaxonomy(): Promise<{ tags: string[]; authors: string[] }> {
  const db = await getDb();
  const [tagRows, authorRows] = await Promise.all([
    db.selectDistinct({ slug: tags.slug }).from(tags)
      .where(sql`exists (select 1 from story_tags st join ${stories} on ${stories.id} = st.story_id where st.tag_id = ${tags.id} and ${isPublic})`)
      .orderBy(asc(tags.slug)),
    db.selectDistinct({ slug: authors.slug }).from(authors)
      .innerJoin(storyAuthors, eq(storyAuthors.authorId, authors.id)).innerJoin(stories, eq(stories.id, storyAuthors.storyId))
      .where(isPublic).orderBy(asc(authors.slug)),
  ]);
  return { tags: tagRows.map((t) => t.slug), authors: authorRows.map((a) => a.slug) };
}
