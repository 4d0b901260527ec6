import "server-only";
import { revalidateTag } from "next/cache";
import { getStoryTagSource } from "@/db/queries/invalidation";
import { tagsForStory } from "./cache-tags";
import { pathsForStory, refreshProxyCache } from "./proxy-cache";

/**
 * Expires every cached read that can show a story: its article, home, section, tags, authors, feeds, sitemaps.
 * expire: 0 makes the next request render fresh data: readers see the change at once, not after a stale view.
 * Then the reverse proxy, when there is one, is asked to fetch those pages again (lib/proxy-cache.ts).
 * (The desk cannot change a story's slug, section, tags or authors yet; when it can, expire the old ones too.)
 */
export async function revalidateStory(storyId: string): Promise<void> {
  const source = await getStoryTagSource(storyId);
  if (!source) return;
  for (const tag of tagsForStory(source)) revalidateTag(tag, { expire: 0 });
  refreshProxyCache(pathsForStory(source));
}
