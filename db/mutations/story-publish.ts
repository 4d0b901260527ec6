import "server-only";
import { createHash } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { stories, storyAuthors, storyMedia, storyRedirects, storyTags, tags, type WorkingCopy } from "../schema";
import { slugify } from "@/lib/content/slug";
import { toLive } from "@/lib/story/live";

/**
 * Tag rows for names typed on the desk, made when missing. A tag that exists keeps its stored slug (made before
 * Hangul was romanized, a Korean tag's is `t-` and a hash): its URL never changes. A new name gets slugify's
 * readable slug, or a short hash when it has nothing slugify can write (only emoji, say).
 */
async function tagIdsFor(tx: Database, names: string[]): Promise<string[]> {
  const ids = await tagIdsByName(tx, names);
  return [...new Set(names.map((name) => ids.get(name)).filter((id): id is string => !!id))];
}

/** The same, as a map from each name to its tag's id (an import tags a whole batch of stories at once). */
export async function tagIdsByName(tx: Database, names: string[]): Promise<Map<string, string>> {
  if (!names.length) return new Map();
  const existing = await tx.select({ id: tags.id, name: tags.name }).from(tags).where(inArray(tags.name, names));
  const byName = new Map(existing.map((r) => [r.name, r.id]));
  const wanted = new Map<string, string>();
  const slugOf = new Map<string, string>();
  for (const name of names) {
    if (byName.has(name)) continue;
    const slug = slugify(name, 60) || `t-${createHash("sha256").update(name).digest("hex").slice(0, 10)}`;
    slugOf.set(name, slug);
    if (!wanted.has(slug)) wanted.set(slug, name);
  }
  const bySlug = new Map<string, string>();
  if (wanted.size) {
    await tx
      .insert(tags)
      .values([...wanted].map(([slug, name]) => ({ slug, name })))
      .onConflictDoNothing();
    const rows = await tx
      .select({ id: tags.id, slug: tags.slug })
      .from(tags)
      .where(inArray(tags.slug, [...wanted.keys()]));
    for (const r of rows) bySlug.set(r.slug, r.id);
  }
  const out = new Map<string, string>();
  for (const name of names) {
    const id = byName.get(name) ?? bySlug.get(slugOf.get(name)!);
    if (id) out.set(name, id);
  }
  return out;
}

/** Copies the working copy onto the live columns and links (lib/story/live.ts): what readers see changes here only. */
export async function makeLive(tx: Database, id: string, w: WorkingCopy, liveSlug: string, wasLive: boolean) {
  const live = toLive(w);
  if (wasLive && liveSlug !== w.slug) {
    await tx
      .insert(storyRedirects)
      .values({ oldSlug: liveSlug, storyId: id })
      .onConflictDoUpdate({ target: storyRedirects.oldSlug, set: { storyId: id, createdAt: sql`now()` } });
  }
  await tx.delete(storyRedirects).where(eq(storyRedirects.oldSlug, w.slug));
  await tx.update(stories).set(live.columns).where(eq(stories.id, id));
  await tx.delete(storyAuthors).where(eq(storyAuthors.storyId, id));
  if (live.authorIds.length) {
    await tx
      .insert(storyAuthors)
      .values(live.authorIds.map((authorId, position) => ({ storyId: id, authorId, position })));
  }
  await tx.delete(storyTags).where(eq(storyTags.storyId, id));
  const tagIds = await tagIdsFor(tx, live.tagNames);
  if (tagIds.length) await tx.insert(storyTags).values(tagIds.map((tagId) => ({ storyId: id, tagId })));
  await tx.delete(storyMedia).where(eq(storyMedia.storyId, id));
  if (live.photoIds.length)
    await tx.insert(storyMedia).values(live.photoIds.map((mediaId) => ({ storyId: id, mediaId })));
}
