import "server-only";
import { revalidateTag } from "next/cache";
import { getStoryTagSource, type StoryTagSource } from "@/db/queries/invalidation";
import { cacheTags, tagsForStory } from "./cache-tags";
import { liveFeedPath } from "./content/live";
import { pathsForStory, refreshProxyCache } from "./proxy-cache";

/**
 * Expires every cached read that can show a story: its article, home, section, tags, authors, feeds, sitemaps.
 * Pass what it was before a change too (old slug, section, tags, authors), so the old pages go as well.
 * expire: 0 makes the next request render fresh data: readers see the change at once, not after a stale view.
 * Then the reverse proxy, when there is one, is asked to fetch those pages again (lib/proxy-cache.ts).
 */
export async function revalidateStory(storyId: string, ...others: (StoryTagSource | null)[]): Promise<void> {
  refreshProxyCache(await expireStory(storyId, ...others));
}

/** revalidateStory without the proxy refresh (the benchmark's cold render); returns the story's page paths. */
export async function expireStory(storyId: string, ...others: (StoryTagSource | null)[]): Promise<string[]> {
  const sources = [await getStoryTagSource(storyId), ...others].filter((s): s is StoryTagSource => s !== null);
  for (const tag of new Set(sources.flatMap(tagsForStory))) revalidateTag(tag, { expire: 0 });
  return [...new Set(sources.flatMap(pathsForStory))];
}

/**
 * Expires the pages of stories whose words changed but whose place did not (a photo's library caption): each
 * article and its section, tag and author listings, at once; not the site-wide `stories` tag, so the home page and
 * feeds pick the change up within their listing life (lib/reads/defer.ts) instead of every listing re-rendering.
 */
export async function revalidateStoryPages(storyIds: string[]): Promise<void> {
  const sources = (await Promise.all(storyIds.map((id) => getStoryTagSource(id)))).filter(
    (s): s is StoryTagSource => s !== null,
  );
  for (const tag of new Set(sources.flatMap(tagsForStory)))
    if (tag !== cacheTags.stories) revalidateTag(tag, { expire: 0 });
  refreshProxyCache([...new Set(sources.flatMap(pathsForStory))]);
}

/**
 * A live story's coverage changed (an update posted, edited or removed; coverage started or ended): only its
 * article and its updates feed change, so only the story's own tag expires (not the home page and listings), and
 * the proxy refetches the article and the feed that open readers poll (lib/live.ts).
 */
export async function revalidateLive(storyId: string): Promise<void> {
  const s = await getStoryTagSource(storyId);
  if (!s) return;
  revalidateTag(cacheTags.story(s.slug), { expire: 0 });
  const article = `/${s.sectionSlug}/${s.slug}`;
  refreshProxyCache([liveFeedPath(article), article]);
}
