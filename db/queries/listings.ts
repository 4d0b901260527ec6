import "server-only";
import type { Language } from "@/lib/content/language";
import { and, count, desc, eq, exists, inArray, ne, notInArray, sql, type SQL } from "drizzle-orm";
import { union } from "drizzle-orm/pg-core";
import { getDb } from "../index";
import { authors, media, sections, stories, storyAuthors, storyTags, tags } from "../schema";
import { isPublic } from "./published";
import type { Page } from "@/lib/content/types";
import { photoColumns, selectCards, toPhoto } from "./stories";
import { type Photo, type StoryCard } from "@/lib/content/types";

// Related stories: the newest RELATED_PER_TAG of each of a story's RELATED_TAGS rarest tags are ranked. Each tag's
// list is planned on its own (below), which costs PGlite about 1.5 ms a tag: 33 tags took 70 ms.
const RELATED_PER_TAG = 20;
const RELATED_TAGS = 6;
const RELATED_COMMON = 200;

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
 * The public story's id, section and its RELATED_TAGS rarest tags that other stories have, or null. Rarest first: a
 * named person or event says more about a story than "Koreatown". Other stories are counted no further than
 * RELATED_COMMON, so a common tag costs no more than a rare one; a tag no other story has would give an empty list.
 */
async function relatedSource(filter: SQL): Promise<RelatedSource | null> {
  const db = await getDb();
  // Qualified by hand: drizzle leaves a one-table query's columns bare, which inside these subqueries would name
  // the nearest table with such a column, not the one meant.
  const mine = sql.identifier("my_tags");
  const other = sql.identifier("other_story_tags");
  const [story] = await db
    .select({
      id: stories.id,
      sectionId: stories.sectionId,
      tagIds: sql<string[]>`array(select tag_id from (select ${mine}.tag_id, (select count(*) from (select 1
        from ${storyTags} ${other} where ${other}.tag_id = ${mine}.tag_id and ${other}.story_id <> ${mine}.story_id
        limit ${RELATED_COMMON}) c) as others from ${storyTags} ${mine} where ${mine}.story_id = ${stories}.id) counted
        where others > 0 order by others, tag_id limit ${RELATED_TAGS})`,
    })
    .from(stories)
    .where(and(isPublic, filter))
    .limit(1);
  return story ?? null;
}

type RelatedSource = { id: string; sectionId: string; tagIds: string[] };

/**
 * Stories like this one: those sharing the most of its tags first, then same section, newest first. Ranked among the
 * newest RELATED_PER_TAG stories of each of its rarest tags and the newest of its section. Each tag is its own list,
 * planned with that tag's statistics: one list for all the tags at once (the tag ids read inside the query) was planned
 * blind, scanned the newest stories for ones sharing a tag, and read every story when the tags were rare (554 ms at
 * 100,000 stories for a story whose one tag no other story has; an imported archive is full of such tags). A common
 * tag is read newest first until its 20 are found, which is quick unless that tag's stories are all old (as for a tag
 * listing, listTagStories). One ranked query, so the order is the same on both drivers.
 */
async function rankRelated(me: RelatedSource, limit: number): Promise<StoryCard[]> {
  const db = await getDb();
  const newest = (n: number, filter?: SQL, tagId?: string) => {
    const q = db.select({ id: stories.id }).from(stories);
    return (tagId ? q.innerJoin(storyTags, and(eq(storyTags.storyId, stories.id), eq(storyTags.tagId, tagId))) : q)
      .where(and(isPublic, ne(stories.id, me.id), filter))
      .orderBy(desc(stories.publishedAt), desc(stories.id))
      .limit(n);
  };
  const perTag = Math.max(RELATED_PER_TAG, limit);
  const [first, ...rest] = [
    newest(limit, eq(stories.sectionId, me.sectionId)),
    ...me.tagIds.map((tagId) => newest(perTag, undefined, tagId)),
  ];
  const pooled = (rest.length ? union(first!, rest[0]!, ...rest.slice(1)) : first!).as("pooled");
  // Every tag of the story counts, not only those whose lists were read.
  const mine = sql.identifier("my_tags");
  const shared = sql<number>`(select count(*) from ${storyTags} where ${storyTags.storyId} = ${stories.id} and
    ${storyTags.tagId} in (select ${mine}.tag_id from ${storyTags} ${mine} where ${mine}.story_id = ${me.id}))`;
  const rows = await db
    .select({ id: stories.id })
    .from(pooled)
    .innerJoin(stories, eq(stories.id, pooled.id))
    .orderBy(
      desc(sql`${shared} + case when ${stories.sectionId} = ${me.sectionId} then 1 else 0 end`),
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
  const me = await relatedSource(eq(stories.slug, slug));
  return me ? rankRelated(me, limit) : [];
}
