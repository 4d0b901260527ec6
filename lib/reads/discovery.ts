import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import {
  listNewsSitemapStories,
  listSitemapFiles,
  listSitemapStories,
  listSitemapTaxonomy,
} from "@/db/queries/discovery";
import { cacheTags } from "../cache-tags";
import { deferDuringBuild, LISTING_LIFE } from "./defer";

async function cachedSitemapFiles() {
  "use cache";
  cacheTag(cacheTags.stories);
  cacheLife(LISTING_LIFE);
  return listSitemapFiles();
}

async function cachedSitemapStories(file: number) {
  "use cache";
  cacheTag(cacheTags.stories, cacheTags.sections);
  cacheLife(LISTING_LIFE);
  return listSitemapStories(file);
}

async function cachedSitemapTaxonomy() {
  "use cache";
  cacheTag(cacheTags.stories);
  cacheLife(LISTING_LIFE);
  return listSitemapTaxonomy();
}

async function cachedNewsSitemap() {
  "use cache";
  cacheTag(cacheTags.stories);
  // The 48-hour window moves on its own.
  cacheLife(LISTING_LIFE);
  return listNewsSitemapStories();
}

export const readSitemapFiles = async () => (await deferDuringBuild(), cachedSitemapFiles());
export const readSitemapStories = async (file: number) => (await deferDuringBuild(), cachedSitemapStories(file));
export const readSitemapTaxonomy = async () => (await deferDuringBuild(), cachedSitemapTaxonomy());
export const readNewsSitemap = async () => (await deferDuringBuild(), cachedNewsSitemap());
