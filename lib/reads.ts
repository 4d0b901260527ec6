import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { connection } from "next/server";
import { getSiteSettings, listSections } from "@/db/queries/settings";
import { getPublishedStory, listLatestStories } from "@/db/queries/stories";
import { cacheTags } from "./cache-tags";

// Cached public reads: the one place reader pages get data. Mutations expire these tags (lib/revalidate.ts).

/**
 * `next build` must never open the database (PGlite allows one process per folder, and the build may run
 * beside a server). During the build a read turns its component into a request-time hole instead; at run
 * time the same component is prerendered with cached data.
 */
async function deferDuringBuild(): Promise<void> {
  if (process.env.NEXT_PHASE === "phase-production-build") await connection();
}

async function cachedSettings() {
  "use cache";
  cacheTag(cacheTags.settings);
  cacheLife("max");
  return getSiteSettings();
}

async function cachedSections() {
  "use cache";
  cacheTag(cacheTags.sections);
  cacheLife("max");
  return listSections();
}

async function cachedLatestStories(limit: number, offset: number) {
  "use cache";
  cacheTag(cacheTags.stories);
  cacheLife("max");
  return listLatestStories(limit, offset);
}

async function cachedArticle(slug: string) {
  "use cache";
  cacheTag(cacheTags.story(slug));
  const article = await getPublishedStory(slug);
  // A miss may become a hit when a scheduled story's time comes, so misses are kept only briefly.
  if (article) cacheLife("max");
  else cacheLife("minutes");
  return article;
}

export async function readSettings() {
  await deferDuringBuild();
  return cachedSettings();
}

export async function readSections() {
  await deferDuringBuild();
  return cachedSections();
}

export async function readLatestStories(limit: number, offset = 0) {
  await deferDuringBuild();
  return cachedLatestStories(limit, offset);
}

export async function readArticle(slug: string) {
  await deferDuringBuild();
  return cachedArticle(slug);
}
