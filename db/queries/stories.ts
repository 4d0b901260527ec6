import "server-only";
import { and, asc, desc, eq, inArray, ne } from "drizzle-orm";
import { getDb } from "../index";
import { authors, corrections, media, sections, stories, storyAuthors, storyTags, tags } from "../schema";
import { mediaUrl } from "@/lib/content/media-url";
import { inlinePhotos } from "@/lib/story/photos";
import type { Language } from "@/lib/content/language";
import { withOverrides, type Article, type Byline, type Photo, type StoryCard } from "@/lib/content/types";
import { isPublic } from "./published";

export const photoColumns = {
  id: media.id,
  storageKey: media.storageKey,
  alt: media.altText,
  caption: media.caption,
  credit: media.credit,
  width: media.width,
  height: media.height,
  variants: media.variants,
};

// A left-joined photo: drizzle gives null when the row has none.
type PhotoRow = {
  id: string;
  storageKey: string;
  alt: string;
  caption: string;
  credit: string;
  width: number;
  height: number;
  variants: { key: string; width: number }[] | null;
} | null;

export function toPhoto(row: PhotoRow): Photo | null {
  if (!row) return null;
  const { storageKey, variants, ...rest } = row;
  const sizes = (variants ?? [])
    .map((v) => ({ url: mediaUrl(v.key), width: v.width }))
    .sort((a, b) => a.width - b.width);
  return { ...rest, url: mediaUrl(storageKey), variants: sizes };
}

const cardColumns = {
  heroAlt: stories.heroAlt,
  heroCaption: stories.heroCaption,
  heroCredit: stories.heroCredit,
  id: stories.id,
  slug: stories.slug,
  headline: stories.headline,
  dek: stories.dek,
  featured: stories.featured,
  language: stories.language,
  publishedAt: stories.publishedAt,
  updatedAt: stories.contentUpdatedAt,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  hero: photoColumns,
};

/** Bylines for many stories in one query, in byline order. */
export async function listBylines(storyIds: string[]): Promise<Map<string, Byline[]>> {
  const byStory = new Map<string, Byline[]>();
  if (storyIds.length === 0) return byStory;
  const db = await getDb();
  const rows = await db
    .select({
      storyId: storyAuthors.storyId,
      name: authors.name,
      slug: authors.slug,
      kind: authors.kind,
      publicEmail: authors.publicEmail,
    })
    .from(storyAuthors)
    .innerJoin(authors, eq(authors.id, storyAuthors.authorId))
    .where(inArray(storyAuthors.storyId, storyIds))
    .orderBy(asc(storyAuthors.storyId), asc(storyAuthors.position));
  for (const { storyId, ...byline } of rows) {
    const list = byStory.get(storyId) ?? [];
    list.push(byline);
    byStory.set(storyId, list);
  }
  return byStory;
}

/** A placement's own alt text, caption and credit over the library's; empty overrides fall back. */

type CardRow = {
  heroAlt?: string | null;
  heroCaption?: string | null;
  heroCredit?: string | null;
  id: string;
  slug: string;
  headline: string;
  dek: string;
  featured: boolean;
  language: Language;
  publishedAt: Date | null;
  updatedAt: Date | null;
  sectionSlug: string;
  sectionName: string;
  hero: PhotoRow;
};

export async function toCards(rows: CardRow[]): Promise<StoryCard[]> {
  const bylines = await listBylines(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    headline: r.headline,
    dek: r.dek,
    featured: r.featured,
    language: r.language,
    section: { slug: r.sectionSlug, name: r.sectionName },
    publishedAt: r.publishedAt ?? new Date(0),
    updatedAt: r.updatedAt,
    hero: withOverrides(toPhoto(r.hero), { alt: r.heroAlt, caption: r.heroCaption, credit: r.heroCredit }),
    authors: bylines.get(r.id) ?? [],
  }));
}

/** A select of public story cards, newest first; callers add their own filter. */
export async function selectCards(filter: ReturnType<typeof and>, limit: number, offset = 0): Promise<StoryCard[]> {
  const db = await getDb();
  const rows = await db
    .select(cardColumns)
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .leftJoin(media, eq(media.id, stories.heroMediaId))
    .where(and(isPublic, filter))
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(limit)
    .offset(offset);
  return toCards(rows);
}

export function listLatestStories(limit = 20, offset = 0): Promise<StoryCard[]> {
  return selectCards(undefined, limit, offset);
}

/** A published story by slug, with everything the article page shows; null when a reader may not see it. */
export async function getPublishedStory(slug: string): Promise<Article | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      ...cardColumns,
      body: stories.body,
      bodyText: stories.bodyText,
      sectionId: stories.sectionId,
      seoTitle: stories.seoTitle,
      seoDescription: stories.seoDescription,
      editionGroup: stories.editionGroup,
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .leftJoin(media, eq(media.id, stories.heroMediaId))
    .where(and(isPublic, eq(stories.slug, slug)))
    .limit(1);
  if (!row) return null;
  const [card] = await toCards([row]);
  const [tagRows, authorRows, correctionRows, editions] = await Promise.all([
    db
      .select({ slug: tags.slug, name: tags.name })
      .from(storyTags)
      .innerJoin(tags, eq(tags.id, storyTags.tagId))
      .where(eq(storyTags.storyId, row.id))
      .orderBy(asc(tags.name)),
    db
      .select({
        name: authors.name,
        slug: authors.slug,
        kind: authors.kind,
        publicEmail: authors.publicEmail,
        bio: authors.bio,
        photo: photoColumns,
      })
      .from(storyAuthors)
      .innerJoin(authors, eq(authors.id, storyAuthors.authorId))
      .leftJoin(media, eq(media.id, authors.photoId))
      .where(eq(storyAuthors.storyId, row.id))
      .orderBy(asc(storyAuthors.position)),
    db
      .select({ kind: corrections.kind, text: corrections.text, createdAt: corrections.createdAt })
      .from(corrections)
      .where(eq(corrections.storyId, row.id))
      .orderBy(asc(corrections.createdAt)),
    row.editionGroup ? listEditions(row.editionGroup, row.id) : Promise.resolve([]),
  ]);
  const inlineIds = inlinePhotos(row.body).map((p) => p.mediaId);
  const photoRows = inlineIds.length
    ? await db.select(photoColumns).from(media).where(inArray(media.id, inlineIds))
    : [];
  return {
    ...card!,
    body: row.body,
    bodyText: row.bodyText,
    sectionId: row.sectionId,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    tags: tagRows,
    authorProfiles: authorRows.map(({ photo, ...a }) => ({ ...a, photo: toPhoto(photo) })),
    corrections: correctionRows,
    photos: photoRows.map(toPhoto).filter((p): p is Photo => p !== null),
    editions,
  };
}

/** The published editions of a group other than `exceptId`: an unpublished edition is simply not listed. */
export async function listEditions(group: string, exceptId: string): Promise<Article["editions"]> {
  const db = await getDb();
  const rows = await db
    .select({ language: stories.language, slug: stories.slug, sectionSlug: sections.slug })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(isPublic, eq(stories.editionGroup, group), ne(stories.id, exceptId)))
    .orderBy(asc(stories.language));
  return rows.map((r) => ({ language: r.language, path: `/${r.sectionSlug}/${r.slug}` }));
}
