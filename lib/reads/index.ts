import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { getSiteSettings, listSections } from "@/db/queries/settings";
import { getPublishedStory, listLatestStories } from "@/db/queries/stories";
import { findStoryRedirect } from "@/db/queries/story-preview";
import { findLegacyTarget } from "@/db/queries/legacy-paths";
import { cacheTags, tagsForStory } from "../cache-tags";
import { deferDuringBuild, LISTING_LIFE } from "./defer";

// Cached public reads: the one place reader pages get data. Mutations expire these tags (lib/revalidate.ts).

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
  cacheLife(LISTING_LIFE);
  return listLatestStories(limit, offset);
}

async function cachedArticle(slug: string) {
  "use cache";
  cacheTag(cacheTags.story(slug));
  const article = await getPublishedStory(slug);
  // A miss may become a hit when a scheduled story's time comes, so misses are kept only briefly.
  if (article) {
    // Its section, tags and authors too: a renamed section or an edited author bio shows on the article.
    cacheTag(
      ...tagsForStory({
        slug,
        sectionSlug: article.section.slug,
        tagSlugs: article.tags.map((t) => t.slug),
        authorSlugs: article.authors.map((a) => a.slug),
      }).filter((t) => t !== cacheTags.stories),
    );
    cacheLife("max");
  } else cacheLife("minutes");
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

async function cachedRedirect(slug: string) {
  "use cache";
  cacheTag(cacheTags.story(slug));
  const target = await findStoryRedirect(slug);
  // Tagged with the target too: when the story moves again, or is unpublished, this answer expires with it.
  if (target) cacheTag(cacheTags.story(target.slug));
  if (target) cacheLife("max");
  else cacheLife("minutes");
  return target;
}

/** The current address of a story that used to live at this slug (for a 308), or null. */
export async function readRedirect(slug: string) {
  await deferDuringBuild();
  return cachedRedirect(slug);
}

async function cachedLegacyTarget(key: string) {
  "use cache";
  const found = await findLegacyTarget(key);
  // A story's old address follows the story: expired with it when it moves or is unpublished.
  if (found?.storySlug) cacheTag(cacheTags.story(found.storySlug));
  if (found) cacheLife("max");
  else cacheLife("minutes");
  return found?.path ?? null;
}

/** Where an old site's address (lib/legacy-paths.ts) lives now, for a 308; null when it is not one. */
export async function readLegacyTarget(key: string | null) {
  if (!key) return null;
  await deferDuringBuild();
  return cachedLegacyTarget(key);
}

export async function readArticle(slug: string) {
  await deferDuringBuild();
  return cachedArticle(slug);
}

export * from "./listings";
export * from "./discovery";
export * from "./front-page";
export * from "./live";
