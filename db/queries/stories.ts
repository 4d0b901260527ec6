import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { alias, type AnyPgColumn, type AnyPgTable } from "drizzle-orm/pg-core";
import { getDb, rowsOf } from "../index";
import { authors, corrections, media, sections, stories, storyAuthors, storyTags, tags } from "../schema";
import { mediaUrl } from "@/lib/content/media-url";
import type { Language } from "@/lib/content/language";
import { withOverrides, type Article, type Byline, type Photo, type StoryCard } from "@/lib/content/types";
import { isPublic, publicStory } from "./published";

/** A photo's fields, from the media table or a copy of it under another name. */
const photoColumnsOf = (m: typeof media | ReturnType<typeof alias<typeof media, string>>) => ({
  id: m.id,
  storageKey: m.storageKey,
  alt: m.altText,
  caption: m.caption,
  credit: m.credit,
  width: m.width,
  height: m.height,
  variants: m.variants,
});

export const photoColumns = photoColumnsOf(media);

/** A byline's fields. */
const bylineColumns = { name: authors.name, slug: authors.slug, kind: authors.kind, publicEmail: authors.publicEmail };

/** The fields of a select map as one JSON object, keyed as the select would key them. */
function jsonObject(fields: Record<string, SQLWrapper>): SQL {
  // The keys are this file's own names (checked), never input: written into the statement as literals.
  const pairs = Object.entries(fields).map(([key, value]) => {
    if (!/^[a-zA-Z]+$/.test(key)) throw new Error(`jsonObject: unexpected key ${key}`);
    return sql`${sql.raw(`'${key}'`)}, ${value}`;
  });
  return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
}

/** Another copy of a table in a hand-written subquery: its columns, and what goes after FROM. */
function aliased<T extends AnyPgTable, A extends string>(table: T, name: A) {
  return [alias(table, name), sql`${table} ${sql.identifier(name)}`] as const;
}

/** A photo as one JSON object (null when there is none), for a list read in the same query. */
const photoJson = (m: Parameters<typeof photoColumnsOf>[0]) =>
  sql`case when ${m.id} is null then null else ${jsonObject(photoColumnsOf(m))} end`;

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
    .select({ storyId: storyAuthors.storyId, ...bylineColumns })
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
  return rows.map((r) => toCard(r, bylines.get(r.id) ?? []));
}

function toCard(r: CardRow, authors: Byline[]): StoryCard {
  return {
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
    authors,
  };
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
  // One query (a cold article render waited for seven in turn on the embedded database): the story's lists come
  // as JSON, each in the order the page shows it.
  const [authorPhoto, authorPhotoFrom] = aliased(media, "author_photo");
  const [inline, inlineFrom] = aliased(media, "inline_photo");
  const [row] = await db
    .select({
      ...cardColumns,
      body: stories.body,
      bodyText: stories.bodyText,
      sectionId: stories.sectionId,
      seoTitle: stories.seoTitle,
      seoDescription: stories.seoDescription,
      tags: sql<Article["tags"]>`(select coalesce(json_agg(${jsonObject({ slug: tags.slug, name: tags.name })}
        order by ${tags.name}), '[]') from ${storyTags} join ${tags} on ${tags.id} = ${storyTags.tagId}
        where ${storyTags.storyId} = ${stories.id})`,
      authors: sql<(Byline & { bio: string; photo: PhotoRow })[]>`(select coalesce(json_agg(${jsonObject({
        ...bylineColumns,
        bio: authors.bio,
        photo: photoJson(authorPhoto),
      })}
        order by ${storyAuthors.position}), '[]') from ${storyAuthors} join ${authors} on ${authors.id} = ${storyAuthors.authorId}
        left join ${authorPhotoFrom} on ${authorPhoto.id} = ${authors.photoId} where ${storyAuthors.storyId} = ${stories.id})`,
      corrections: sql<{ kind: "correction" | "update"; text: string; createdAt: string }[]>`(select coalesce(json_agg(
        ${jsonObject({ kind: corrections.kind, text: corrections.text, createdAt: corrections.createdAt })}
        order by ${corrections.createdAt}), '[]') from ${corrections} where ${corrections.storyId} = ${stories.id})`,
      // The body's photo nodes, each photo once (for a body that passed validation, the nodes lib/story/photos.ts
      // inlinePhotos reads for their own words).
      photos: sql<
        NonNullable<PhotoRow>[]
      >`(select coalesce(json_agg(${photoJson(inline)} order by ${inline.id}), '[]') from ${inlineFrom}
        where ${inline.id} in (select (p #>> '{}')::uuid from jsonb_path_query(${stories.body},
        'strict $.** ? (@.type == "photo").attrs.mediaId ? (@.type() == "string")') p
        where p #>> '{}' ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'))`,
      editions: editionsJson(stories.editionGroup, stories.id),
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .leftJoin(media, eq(media.id, stories.heroMediaId))
    .where(and(isPublic, eq(stories.slug, slug)))
    .limit(1);
  if (!row) return null;
  const authorProfiles = row.authors.map(({ photo, ...a }) => ({ ...a, photo: toPhoto(photo) }));
  return {
    ...toCard(
      row,
      authorProfiles.map(({ name, slug, kind, publicEmail }) => ({ name, slug, kind, publicEmail })),
    ),
    body: row.body,
    bodyText: row.bodyText,
    sectionId: row.sectionId,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    tags: row.tags,
    authorProfiles,
    corrections: row.corrections.map((c) => ({ ...c, createdAt: new Date(c.createdAt) })),
    photos: row.photos.map(toPhoto).filter((p): p is Photo => p !== null),
    editions: editionPaths(row.editions),
  };
}

type EditionRow = { language: Language; slug: string; sectionSlug: string };

/**
 * The published editions of a group other than `exceptId`, by language, as one JSON list: an unpublished edition is
 * simply not listed. Read inside the article's query and alone for the desk's preview.
 */
function editionsJson(group: AnyPgColumn | string, exceptId: AnyPgColumn | string) {
  const [edition, editionFrom] = aliased(stories, "edition");
  const [section, sectionFrom] = aliased(sections, "edition_section");
  const row = jsonObject({ language: edition.language, slug: edition.slug, sectionSlug: section.slug });
  return sql<EditionRow[]>`(select coalesce(json_agg(${row} order by ${edition.language}), '[]')
    from ${editionFrom} join ${sectionFrom} on ${section.id} = ${edition.sectionId}
    where ${edition.editionGroup} = ${group} and ${edition.id} <> ${exceptId} and ${publicStory(edition)})`;
}

const editionPaths = (rows: EditionRow[]): Article["editions"] =>
  rows.map((e) => ({ language: e.language, path: `/${e.sectionSlug}/${e.slug}` }));

export async function listEditions(group: string, exceptId: string): Promise<Article["editions"]> {
  const db = await getDb();
  const [row] = rowsOf<{ list: EditionRow[] }>(await db.execute(sql`select ${editionsJson(group, exceptId)} as list`));
  return editionPaths(row!.list);
}
