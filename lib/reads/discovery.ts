import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { listNewsSitemapStories, listSitemapStories, listSitemapTaxonomy } from "@/db/queries/discovery";
import { cacheTags } from "../cache-tags";
import { deferDuringBuild, LISTING_LIFE } from "./defer";

async function cachedSitemap() {
  "use cache";
  cacheTag(cacheTags.stories, cacheTags.sections);
  cacheLife(LISTING_LIFE);
  const [stories, taxonomy] = await Promise.all([listSitemapStories(), listSitemapTaxonomy()]);
  return { stories, ...taxonomy };
}

async function cachedNewsSitemap() {
  "use cache";
  cacheTag(cacheTags.stories);
  // The 48-hour window moves on its own.
  cacheLife(LISTING_LIFE);
  return listNewsSitemapStories();
}

export const readSitemap = async () => (await deferDuringBuild(), cachedSitemap());
export const readNewsSitemap = async () => (await deferDuringBuild(), cachedNewsSitemap());
