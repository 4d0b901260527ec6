import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { getDb, type Database } from "../index";
import { authors, sections, stories, storyAuthors, storyTags, tags } from "../schema";

/** What a story's cache tags and proxy paths are made of (lib/cache-tags.ts, lib/proxy-cache.ts). */
export type StoryTagSource = {
  slug: string;
  sectionSlug: string;
  tagSlugs: string[];
  authorSlugs: string[];
  /** The language front (/ko, /en) that lists it. */
  language?: string;
  /** Its other editions' pages: they link to this one, so they change when it comes or goes. */
  editions?: { slug: string; sectionSlug: string }[];
};

/** What a story's cache tags are made of: its slug, section, tags and authors. */
export async function getStoryTagSource(storyId: string, tx?: Database): Promise<StoryTagSource | null> {
  const db = tx ?? (await getDb());
  const [story] = await db
    .select({ slug: stories.slug, sectionSlug: sections.slug, language: stories.language, group: stories.editionGroup })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(eq(stories.id, storyId));
  if (!story) return null;
  const { group, ...source } = story;
  // In turn, not at once: inside a transaction these share one connection, where pg 9 refuses a second query while
  // one runs (pg 8 warns "client.query() when the client is already executing a query").
  const tagRows = await db
    .select({ slug: tags.slug })
    .from(storyTags)
    .innerJoin(tags, eq(tags.id, storyTags.tagId))
    .where(eq(storyTags.storyId, storyId));
  const authorRows = await db
    .select({ slug: authors.slug })
    .from(storyAuthors)
    .innerJoin(authors, eq(authors.id, storyAuthors.authorId))
    .where(eq(storyAuthors.storyId, storyId));
  const editions = group
    ? await db
        .select({ slug: stories.slug, sectionSlug: sections.slug })
        .from(stories)
        .innerJoin(sections, eq(sections.id, stories.sectionId))
        .where(and(eq(stories.editionGroup, group), ne(stories.id, storyId), eq(stories.status, "published")))
    : [];
  return {
    ...source,
    tagSlugs: tagRows.map((t) => t.slug),
    authorSlugs: authorRows.map((a) => a.slug),
    editions,
  };
}
