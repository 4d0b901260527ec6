import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import {
  getAuthor,
  getSection,
  getTag,
  listAuthorStories,
  listLanguageStories,
  listRelatedToSlug,
  listSectionStories,
  listTagStories,
  listTopStories,
} from "@/db/queries/listings";
import { searchStories } from "@/db/queries/search";
import type { Language } from "@/lib/content/language";
import { cacheTags } from "../cache-tags";
import { deferDuringBuild, LISTING_LIFE } from "./defer";

// Each listing carries the tag of what it lists (section, tag, author) plus `stories`, so any story change that
// could reorder it expires it. A missing section/tag/author is cached briefly: it may be created later.

async function cachedSection(slug: string) {
  "use cache";
  cacheTag(cacheTags.sections, cacheTags.section(slug));
  const row = await getSection(slug);
  if (row) cacheLife("max");
  else cacheLife("minutes");
  return row;
}

async function cachedTag(slug: string) {
  "use cache";
  cacheTag(cacheTags.tag(slug));
  const row = await getTag(slug);
  if (row) cacheLife("max");
  else cacheLife("minutes");
  return row;
}

async function cachedAuthor(slug: string) {
  "use cache";
  cacheTag(cacheTags.author(slug));
  const row = await getAuthor(slug);
  if (row) cacheLife("max");
  else cacheLife("minutes");
  return row;
}

async function cachedSectionStories(sectionId: string, slug: string, page: number, pageSize: number) {
  "use cache";
  cacheTag(cacheTags.section(slug), cacheTags.stories);
  cacheLife(LISTING_LIFE);
  return listSectionStories(sectionId, page, pageSize);
}

async function cachedLanguageStories(language: Language, page: number, pageSize: number) {
  "use cache";
  cacheTag(cacheTags.stories);
  cacheLife(LISTING_LIFE);
  return listLanguageStories(language, page, pageSize);
}

async function cachedTagStories(tagId: string, slug: string, page: number) {
  "use cache";
  cacheTag(cacheTags.tag(slug), cacheTags.stories);
  cacheLife(LISTING_LIFE);
  return listTagStories(tagId, page);
}

async function cachedAuthorStories(authorId: string, slug: string, page: number) {
  "use cache";
  cacheTag(cacheTags.author(slug), cacheTags.stories);
  cacheLife(LISTING_LIFE);
  return listAuthorStories(authorId, page);
}

async function cachedTopStories(limit: number) {
  "use cache";
  cacheTag(cacheTags.stories);
  cacheLife(LISTING_LIFE);
  return listTopStories(limit);
}

async function cachedRelated(slug: string) {
  "use cache";
  cacheTag(cacheTags.stories);
  const related = await listRelatedToSlug(slug);
  // None is most often a slug that is no story (a mistyped or made-up address): kept briefly, as the article's own miss.
  if (related.length) cacheLife(LISTING_LIFE);
  else cacheLife("minutes");
  return related;
}

async function cachedSearch(q: string, page: number) {
  "use cache";
  cacheTag(cacheTags.stories);
  cacheLife("minutes");
  return searchStories(q, page);
}

type Ref = { id: string; slug: string };

export const readSection = async (slug: string) => (await deferDuringBuild(), cachedSection(slug));
export const readTag = async (slug: string) => (await deferDuringBuild(), cachedTag(slug));
export const readAuthor = async (slug: string) => (await deferDuringBuild(), cachedAuthor(slug));
export const readSectionStories = async (s: Ref, page: number, pageSize = 10) => (
  await deferDuringBuild(),
  cachedSectionStories(s.id, s.slug, page, pageSize)
);
export const readLanguageStories = async (language: Language, page: number, pageSize = 10) => (
  await deferDuringBuild(),
  cachedLanguageStories(language, page, pageSize)
);
export const readTagStories = async (t: Ref, page: number) => (
  await deferDuringBuild(),
  cachedTagStories(t.id, t.slug, page)
);
export const readAuthorStories = async (a: Ref, page: number) => (
  await deferDuringBuild(),
  cachedAuthorStories(a.id, a.slug, page)
);
export const readTopStories = async (limit: number) => (await deferDuringBuild(), cachedTopStories(limit));
/** The related stories of the public story at `slug`, to read beside the story (not after it). */
export const readRelated = async (slug: string) => (await deferDuringBuild(), cachedRelated(slug));
export const readSearch = async (q: string, page: number) => (await deferDuringBuild(), cachedSearch(q, page));
