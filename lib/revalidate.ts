import "server-only";
import { revalidateTag } from "next/cache";
import { getStoryTagSource } from "@/db/queries/invalidation";
import { tagsForStory, type StoryTagSource } from "./cache-tags";

/**
 * Expires every cached read that can show a story: its article, home, section, tags, authors, feeds, sitemaps.
 * Pass what it was before a change too (old slug, section, tags, authors), so the old pages go as well.
 * expire: 0 makes the next request render fresh data: readers see the change at once, not after a stale view.
 */
export async function revalidateStory(storyId: string, ...others: (StoryTagSource | null)[]): Promise<void> {
  const now = await getStoryTagSource(storyId);
  const tags = new Set([now, ...others].flatMap((s) => (s ? tagsForStory(s) : [])));
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}
