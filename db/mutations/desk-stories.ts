import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../index";
import { stories, storyAuthors, storyTags } from "../schema";
import { publishStory, unpublishStory, updateStory, type StoryStatus } from "./stories";
import type { RichTextDoc } from "@/lib/rich-text/types";

export { StoryConflictError, StoryNotEditableError } from "./stories";

/**
 * Saves a story's words, keeping its slug, section, photo, bylines and tags. Throws StoryConflictError when stale,
 * StoryNotEditableError when onlyStatuses is given and the story is no longer in one of them.
 */
export async function saveStoryText(
  id: string, expectedVersion: number, text: { headline: string; dek: string; body: RichTextDoc }, actorId: string,
  opts: { onlyStatuses?: readonly StoryStatus[] } = {},
): Promise<number> {
  const db = await getDb();
  const [current] = await db.select({ slug: stories.slug, sectionId: stories.sectionId, heroMediaId: stories.heroMediaId, featured: stories.featured })
    .from(stories).where(eq(stories.id, id));
  if (!current) throw new Error(`Story ${id} not found`);
  const [authorRows, tagRows] = await Promise.all([
    db.select({ id: storyAuthors.authorId }).from(storyAuthors).where(eq(storyAuthors.storyId, id)).orderBy(storyAuthors.position),
    db.select({ id: storyTags.tagId }).from(storyTags).where(eq(storyTags.storyId, id)),
  ]);
  return updateStory(db, id, expectedVersion, {
    ...current, ...text, authorIds: authorRows.map((r) => r.id), tagIds: tagRows.map((r) => r.id),
  }, actorId, opts);
}

export async function publishDeskStory(id: string, actorId: string): Promise<void> {
  await publishStory(await getDb(), id, actorId);
}

export async function unpublishDeskStory(id: string, actorId: string): Promise<void> {
  await unpublishStory(await getDb(), id, actorId);
}
