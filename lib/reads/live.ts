import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { getPublicLiveCoverage } from "@/db/queries/live";
import { cacheTags } from "../cache-tags";
import { deferDuringBuild } from "./defer";

async function cachedLive(storyId: string, slug: string) {
  "use cache";
  // The article's own tag: an update, going live and ending coverage expire it (lib/revalidate.ts revalidateLive),
  // and so does anything that changes the story (unpublishing hides its coverage too).
  cacheTag(cacheTags.story(slug));
  cacheLife("max");
  return getPublicLiveCoverage(storyId);
}

/** A published story's live coverage and its updates, newest first; null when the story is not live. */
export async function readLive(storyId: string, slug: string) {
  await deferDuringBuild();
  return cachedLive(storyId, slug);
}
