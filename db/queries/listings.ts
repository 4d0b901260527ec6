import "server-only";
import type { Language } from "@/lib/content/language";
import { and, count, desc, eq, exists, inArray, ne, notInArray, sql } from "drizzle-orm";
import { getDb } from "../index";
import { authors, media, sections, stories, storyAuthors, storyTags, tags } from "../schema";
import { isPublic } from "./published";
import type { Page } from "@/lib/content/types";
import { photoColumns, selectCards, toPhoto } from "./stories";
import { type Photo, type StoryCard } from "@/lib/content/types";

const RELATED_POOL = 200;

/** The page size of every paged listing (sections, tags, authors, language fronts). */
export const LISTING_PAGE_SIZE = 10;

/**
 * How deep a listing pages: 100 pages. Older stories stay reachable through search, the feeds' archives and the
 * sitemaps. An exact count of a tag's or an author's stories took 1-2 s with a million stories (a tag on one story
 * in eight); counting no further than the last page reachable takes 5-250 ms, at any size.
 */
export const LISTING_MAX_STORIES = 100 * LISTING_PAGE_SIZE;

async function countPublic(filter: ReturnType<typeof and>): Promise<number> {
  const db = await getDb();
  const shown = db
    .select({ one: sql`1` })
    .from(stories)
    .where(and(isPublic, filter))
    .limit(LISTING_MAX_STORIES);
  const [row] = await db.select({ n: count() }).from(shown.as("shown"));
  return row?.n ?? 0;
}

async function paged(filter: ReturnType<typeof and>, page: number, pageSize: number): Promise<Page<StoryCard>> {
  const [items, total] = await Promise.all([selectCards(filter, pageSize, (page - 1) * pageSize), countPublic(filter)]);
  return { items, total, page, pageSize };
}

export async function getSection(slug: string) {
  const db = await getDb();
  const [row] = await db
    .select({ id: sections.id, slug: sections.slug, name: sections.name, description: sections.description })
    .from(sections)
    .where(eq(sections.slug, slug));
  return row ?? null;
}

export async function getTag(slug: string) {
  const db = await getDb();
  const [row] = await db
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(tags)
    .where(eq(tags.slug, slug));
  return row ?? null;
}

export type AuthorProfile = {
  id: string;
  slug: string;
  name: string;
  kind: "person" | "desk";
  bio: string;
  publicEmail: string | null;
  photo: Photo | null;
};

export async function getAuthor(slug: string): Promise<AuthorProfile | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: authors.id,
      slug: authors.slug,
      name: authors.name,
      kind: authors.kind,
      bio: authors.bio,
      publicEmail: authors.publicEmail,
      photo: photoColumns,
    })
    .from(authors)
    .leftJoin(media, eq(media.id, authors.photoId))
    .where(eq(authors.slug, slug));
  return row ? { ...row, photo: toPhoto(row.photo) } : null;
}

const inSection = (sectionId: string) => eq(stories.sectionId, sectionId);
const inLanguage = (language: Language) => eq(stories.language, language);
const taggedWith = (tagId: string) =>
  exists(
    sql`(select 1 from ${storyTags} where ${storyTags.storyId} = ${stories.id} and ${storyTags.tagId} = ${tagId})`,
  );
const byAuthor = (authorId: string) =>
  exists(
    sql`(select 1 from ${storyAuthors} where ${storyAuthors.storyId} = ${stories.id} and ${storyAuthors.authorId} = ${authorId})`,
  );

export function listSectionStories(sectionId: string, page = 1, pageSize = LISTING_PAGE_SIZE) {
  return paged(inSection(sectionId), page, pageSize);
}

/** A language edition's stories, newest first (the /ko and /en fronts and their feeds). */
export function listLanguageStories(language: Language, page = 1, pageSize = LISTING_PAGE_SIZE) {
  return paged(inLanguage(language), page, pageSize);
}

export function listTagStories(tagId: string, page = 1, pageSize = LISTING_PAGE_SIZE) {
  return paged(taggedWith(tagId), page, pageSize);
}

export function listAuthorStories(authorId: string, page = 1, pageSize = LISTING_PAGE_SIZE) {
  return paged(byAuthor(authorId), page, pageSize);
}

export type Listing = { kind: "section" | "tag" | "author"; slug: string } | { kind: "language"; language: Language };

/** How many published stories a listing has, or null when its section, tag or author does not exist. */
export async function countListing(listing: Listing): Promise<number | null> {
  if (listing.kind === "language") return countPublic(inLanguage(listing.language));
  if (listing.kind === "section") {
    const section = await getSection(listing.slug);
    return section ? countPublic(inSection(section.id)) : null;
  }
  if (listing.kind === "tag") {
    const tag = await getTag(listing.slug);
    return tag ? countPublic(taggedWith(tag.id)) : null;
  }
  const db = await getDb();
  const [author] = await db.select({ id: authors.id }).from(authors).where(eq(authors.slug, listing.slug));
  return author ? countPublic(byAuthor(author.id)) : null;
}

/** The front page's top stories: featured ones first, then the newest. */
/** Featured stories first, then the newest: of the whole site, or of one section (its front's places to fill). */
export async function listTopStories(limit: number, sectionId: string | null = null): Promise<StoryCard[]> {
  const inSection = sectionId ? eq(stories.sectionId, sectionId) : undefined;
  const featured = await selectCards(and(inSection, eq(stories.featured, true)), limit);
  const rest = await selectCards(
    and(
      inSection,
      featured.length
        ? notInArray(
            stories.id,
            featured.map((s) => s.id),
          )
        : undefined,
    ),
    limit - featured.length,
  );
  return [...featured, ...rest];
}

/**
 * Stories like this one: those sharing the most tags first, then same section, newest first. Ranked among the
 * newest RELATED_POOL stories sharing a tag and the newest in the section: ranking every story that shared a tag
 * or the section read the whole section (70 ms of a cold article render at 100,000 stories), and the recent ones
 * are what a reader wants next. One ranked query, so the order is the same on both drivers.
 */
export async function listRelatedStories(storyId: string, sectionId: string, limit = 4): Promise<StoryCard[]> {
  const db = await getDb();
  const pool = Math.max(RELATED_POOL, limit);
  const mine = sql`(select ${storyTags.tagId} from ${storyTags} where ${storyTags.storyId} = ${storyId})`;
  const sharesTag = (id: typeof stories.id) =>
    sql`exists (select 1 from ${storyTags} where ${storyTags.storyId} = ${id} and ${storyTags.tagId} in ${mine})`;
  const candidates = (filter: ReturnType<typeof and>, n: number) =>
    db
      .select({ id: stories.id })
      .from(stories)
      .where(and(isPublic, ne(stories.id, storyId), filter))
      .orderBy(desc(stories.publishedAt), desc(stories.id))
      .limit(n);
  const pooled = candidates(sharesTag(stories.id), pool)
    .union(candidates(eq(stories.sectionId, sectionId), limit))
    .as("pooled");
  const shared = sql<number>`(select count(*) from ${storyTags} where ${storyTags.storyId} = ${stories.id} and ${storyTags.tagId} in ${mine})`;
  const rows = await db
    .select({ id: stories.id })
    .from(pooled)
    .innerJoin(stories, eq(stories.id, pooled.id))
    .orderBy(
      desc(sql`${shared} + case when ${stories.sectionId} = ${sectionId} then 1 else 0 end`),
      desc(stories.publishedAt),
      desc(stories.id),
    )
    .limit(limit);
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const cards = await selectCards(inArray(stories.id, ids), limit);
  return ids.map((id) => cards.find((c) => c.id === id)!).filter(Boolean);
}

/**
 * The related stories of the public story at `slug` ([] when there is none): asked by slug, so the article page reads
 * them beside the story itself instead of after it (a cold article render waited for both in turn).
 */
export async function listRelatedToSlug(slug: string, limit = 4): Promise<StoryCard[]> {
  const db = await getDb();
  const [story] = await db
    .select({ id: stories.id, sectionId: stories.sectionId })
    .from(stories)
    .where(and(isPublic, eq(stories.slug, slug)))
    .limit(1);
  return story ? listRelatedStories(story.id, story.sectionId, limit) : [];
}
