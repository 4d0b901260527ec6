import "server-only";
import { revalidateTag } from "next/cache";
import { getStoryTagSource } from "@/db/queries/invalidation";
import { tagsForStory, type StoryTagSource } from "./cache-tags";

/**
 * Expires every cached read that can show a story. Call with the story as it was before the change too,
 * when its slug, section, tags or authors changed, so the pages it left are refreshed.
 * expire: 0 makes the next request render fresh data: readers see the change at once, not after a stale view.
 */
export function revalidateStoryTags(...sources: StoryTagSource[]): void {
  const tags = new Set(sources.flatMap(tagsForStory));
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

export async function revalidateStory(storyId: string, before?: StoryTagSource): Promise<void> {
  const now = await getStoryTagSource(storyId);
  revalidateStoryTags(...[before, now].filter((s): s is StoryTagSource => Boolean(s)));
}
