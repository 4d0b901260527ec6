import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { getActiveBanner, getCurrentFrontLayout } from "@/db/queries/front-page";
import { loadFront } from "@/lib/front-page";
import { cacheTags } from "../cache-tags";
import { deferDuringBuild, LISTING_LIFE } from "./defer";

/** A cache life that ends at `at` (a pin running out, a banner's end), so the change needs nobody's action. */
function lifeUntil(at: Date | null, otherwise: "max" | typeof LISTING_LIFE) {
  if (!at) return otherwise === "max" ? cacheLife("max") : cacheLife(otherwise);
  const seconds = Math.max(1, Math.ceil((at.getTime() - Date.now()) / 1000));
  // expire, not only revalidate: past it the old answer is never served, not even once while a new one renders.
  cacheLife({ stale: Math.min(seconds, 30), revalidate: seconds, expire: seconds });
}

/** The front page (sectionId null) or a section front, resolved and cached until its next pin runs out. */
async function cachedFront(sectionId: string | null) {
  "use cache";
  cacheTag(cacheTags.frontPage, cacheTags.stories, cacheTags.sections);
  const front = await loadFront(await getCurrentFrontLayout(sectionId), new Date(), sectionId);
  lifeUntil(front.nextChange, LISTING_LIFE);
  return front;
}

async function cachedBanner() {
  "use cache";
  cacheTag(cacheTags.banner);
  const banner = await getActiveBanner();
  lifeUntil(banner?.endsAt ?? null, "max");
  return banner;
}

/** The front page's stories in their places (the lead first) and its sections in order. */
export const readFrontPage = async () => (await deferDuringBuild(), cachedFront(null));
/** A section front's top stories in their places (the lead first): the editors' choice, filled with the newest. */
export const readSectionFront = async (sectionId: string) => (
  await deferDuringBuild(),
  (await cachedFront(sectionId)).stories
);
/** The breaking-news banner up now, or null. */
export const readBanner = async () => (await deferDuringBuild(), cachedBanner());
