import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "../index";
import { authors, corrections, media, sections, stories, storyRedirects } from "../schema";
import { toLive } from "@/lib/story/live";
import { slugify } from "@/lib/content/slug";
import { isPublic } from "./published";
import { listEditions, photoColumns, toPhoto } from "./stories";
import { withOverrides, type Article, type Photo } from "@/lib/content/types";

/**
 * A story's working copy shaped as the article readers would get: what the desk's preview and share links show.
 * Never cached and never for a public page; callers check who asks.
 */
export async function getWorkingArticle(storyId: string): Promise<Article | null> {
  const db = await getDb();
  const [s] = await db
    .select({
      id: stories.id,
      working: stories.working,
      publishedAt: stories.publishedAt,
      updatedAt: stories.contentUpdatedAt,
      editionGroup: stories.editionGroup,
    })
    .from(stories)
    .where(eq(stories.id, storyId));
  if (!s) return null;
  // The same projection Publish writes, so the preview shows what publishing would show.
  const { columns: w, authorIds, tagNames, photoIds } = toLive(s.working);
  const [[section], authorRows, photoRows, notices, editions] = await Promise.all([
    db.select({ slug: sections.slug, name: sections.name }).from(sections).where(eq(sections.id, w.sectionId)),
    authorIds.length
      ? db
          .select({
            id: authors.id,
            name: authors.name,
            slug: authors.slug,
            kind: authors.kind,
            publicEmail: authors.publicEmail,
            bio: authors.bio,
            photo: photoColumns,
          })
          .from(authors)
          .leftJoin(media, eq(media.id, authors.photoId))
          .where(inArray(authors.id, authorIds))
      : Promise.resolve([]),
    photoIds.length ? db.select(photoColumns).from(media).where(inArray(media.id, photoIds)) : Promise.resolve([]),
    db
      .select({ kind: corrections.kind, text: corrections.text, createdAt: corrections.createdAt })
      .from(corrections)
      .where(eq(corrections.storyId, storyId))
      .orderBy(asc(corrections.createdAt)),
    s.editionGroup ? listEditions(s.editionGroup, s.id) : Promise.resolve([]),
  ]);
  const photos = photoRows.map(toPhoto).filter((p): p is Photo => p !== null);
  const hero = withOverrides(photos.find((p) => p.id === w.heroMediaId) ?? null, {
    alt: w.heroAlt,
    caption: w.heroCaption,
    credit: w.heroCredit,
  });
  const byId = new Map(authorRows.map((a) => [a.id, a]));
  const profiles = authorIds
    .map((id) => byId.get(id))
    .filter((a) => !!a)
    .map(({ photo, ...a }) => ({
      name: a.name,
      slug: a.slug,
      kind: a.kind,
      publicEmail: a.publicEmail,
      bio: a.bio,
      photo: toPhoto(photo),
    }));
  return {
    id: s.id,
    slug: w.slug,
    headline: w.headline,
    dek: w.dek,
    featured: w.featured,
    language: w.language,
    section: section ?? { slug: "", name: "" },
    publishedAt: s.publishedAt ?? new Date(),
    updatedAt: s.updatedAt,
    hero,
    authors: profiles.map(({ name, slug, kind, publicEmail }) => ({ name, slug, kind, publicEmail })),
    seoTitle: w.seoTitle,
    seoDescription: w.seoDescription,
    body: w.body,
    bodyText: w.bodyText,
    sectionId: w.sectionId,
    tags: tagNames.map((name) => ({ name, slug: slugify(name, 60) })),
    authorProfiles: profiles,
    corrections: notices,
    photos,
    editions,
  };
}

/** Where an old slug of a live story now lives, for a 308; null when it is not an old slug of a public story. */
export async function findStoryRedirect(oldSlug: string): Promise<{ slug: string; sectionSlug: string } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ slug: stories.slug, sectionSlug: sections.slug })
    .from(storyRedirects)
    .innerJoin(stories, eq(stories.id, storyRedirects.storyId))
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(eq(storyRedirects.oldSlug, oldSlug), isPublic));
  return row ?? null;
}
