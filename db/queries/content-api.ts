import "server-only";
import { and, asc, desc, eq, exists, gte, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "../index";
import { apiKeys, authors, stories, storyAuthors, storyTags, tags, sections } from "../schema";
import type { Language } from "@/lib/content/language";
import type { StoryCard } from "@/lib/content/types";
import { isPublic } from "./published";
import { selectCards } from "./stories";

/** The key with this hash, for the API's check; null when there is none. */
export async function findApiKey(hash: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: apiKeys.id,
      perMinute: apiKeys.perMinute,
      revokedAt: apiKeys.revokedAt,
      lastUsedAt: apiKeys.lastUsedAt,
    })
    .from(apiKeys)
    .where(eq(apiKeys.keyHash, hash));
  return row ?? null;
}

/** Every key, newest first, for the admins' page (never the hash). */
export async function listApiKeys() {
  const db = await getDb();
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      perMinute: apiKeys.perMinute,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .orderBy(desc(apiKeys.createdAt));
}

export type StoryFilter = {
  section?: string;
  tag?: string;
  author?: string;
  language?: Language;
  since?: Date;
  until?: Date;
  // The last story of the previous page: the next one starts strictly after it in (published_at, id) order.
  after?: { publishedAt: Date; id: string };
  limit: number;
};

/**
 * A page of public stories, newest first, by keyset: a story published while a client pages goes to the head of
 * the list, never between two of its pages, so nothing is skipped or repeated.
 */
export async function listApiStories(f: StoryFilter): Promise<StoryCard[]> {
  const db = await getDb();
  const where: (SQL | undefined)[] = [];
  if (f.section)
    where.push(
      sql`${stories.sectionId} = (select ${sections.id} from ${sections} where ${sections.slug} = ${f.section})`,
    );
  if (f.language) where.push(eq(stories.language, f.language));
  if (f.since) where.push(gte(stories.publishedAt, f.since));
  if (f.until) where.push(lte(stories.publishedAt, f.until));
  if (f.tag)
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(storyTags)
          .innerJoin(tags, eq(tags.id, storyTags.tagId))
          .where(and(eq(storyTags.storyId, stories.id), eq(tags.slug, f.tag))),
      ),
    );
  if (f.author)
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(storyAuthors)
          .innerJoin(authors, eq(authors.id, storyAuthors.authorId))
          .where(and(eq(storyAuthors.storyId, stories.id), eq(authors.slug, f.author))),
      ),
    );
  if (f.after)
    where.push(
      or(
        lt(stories.publishedAt, f.after.publishedAt),
        and(eq(stories.publishedAt, f.after.publishedAt), lt(stories.id, f.after.id)),
      ),
    );
  return selectCards(and(...where), f.limit);
}

/** Tags with at least one public story, by name. */
export async function listApiTags(): Promise<{ slug: string; name: string }[]> {
  const db = await getDb();
  return db
    .selectDistinct({ slug: tags.slug, name: tags.name })
    .from(tags)
    .innerJoin(storyTags, eq(storyTags.tagId, tags.id))
    .innerJoin(stories, and(eq(stories.id, storyTags.storyId), isPublic))
    .orderBy(asc(tags.name), asc(tags.slug))
    .limit(5000);
}

/** Bylines with at least one public story: what their author pages show. */
export async function listApiAuthors() {
  const db = await getDb();
  return db
    .selectDistinct({
      slug: authors.slug,
      name: authors.name,
      kind: authors.kind,
      bio: authors.bio,
      email: authors.publicEmail,
    })
    .from(authors)
    .innerJoin(storyAuthors, eq(storyAuthors.authorId, authors.id))
    .innerJoin(stories, and(eq(stories.id, storyAuthors.storyId), isPublic))
    .orderBy(asc(authors.name), asc(authors.slug))
    .limit(5000);
}
