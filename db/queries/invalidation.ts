import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Database } from "../index";
import { authors, sections, stories, storyAuthors, storyTags, tags } from "../schema";

/** What a story's cache tags and proxy paths are made of (lib/cache-tags.ts, lib/proxy-cache.ts). */
export type StoryTagSource = { slug: string; sectionSlug: string; tagSlugs: string[]; authorSlugs: string[] };

/** What a story's cache tags are made of: its slug, section, tags and authors. */
export async function getStoryTagSource(storyId: string, tx?: Database): Promise<StoryTagSource | null> {
  const db = tx ?? (await getDb());
  const [story] = await db
    .select({ slug: stories.slug, sectionSlug: sections.slug })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(eq(stories.id, storyId));
  if (!story) return null;
  const [tagRows, authorRows] = await Promise.all([
    db
      .select({ slug: tags.slug })
      .from(storyTags)
      .innerJoin(tags, eq(tags.id, storyTags.tagId))
      .where(eq(storyTags.storyId, storyId)),
    db
      .select({ slug: authors.slug })
      .from(storyAuthors)
      .innerJoin(authors, eq(authors.id, storyAuthors.authorId))
      .where(eq(storyAuthors.storyId, storyId)),
  ]);
  return { ...story, tagSlugs: tagRows.map((t) => t.slug), authorSlugs: authorRows.map((a) => a.slug) };
}
