import "server-only";
import { createHash } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { stories, storyAuthors, storyMedia, storyRedirects, storyTags, tags, type WorkingCopy } from "../schema";
import { slugify } from "@/lib/content/slug";
import { toLive } from "@/lib/story/live";

/** Tag rows for names typed on the desk, made when missing. A name with no ASCII letters gets a short hashed slug. */
async function tagIdsFor(tx: Database, names: string[]): Promise<string[]> {
  const wanted = new Map<string, string>();
  for (const name of names) {
    const slug = slugify(name, 60) || `t-${createHash("sha256").update(name).digest("hex").slice(0, 10)}`;
    if (!wanted.has(slug)) wanted.set(slug, name);
  }
  if (!wanted.size) return [];
  await tx.insert(tags).values([...wanted].map(([slug, name]) => ({ slug, name }))).onConflictDoNothing();
  const rows = await tx.select({ id: tags.id, slug: tags.slug }).from(tags).where(inArray(tags.slug, [...wanted.keys()]));
  const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
  return [...wanted.keys()].map((s) => bySlug.get(s)!).filter(Boolean);
}

/** Copies the working copy onto the live columns and links (lib/story/live.ts): what readers see changes here only. */
export async function makeLive(tx: Database, id: string, w: WorkingCopy, liveSlug: string, wasLive: boolean) {
  const live = toLive(w);
  if (wasLive && liveSlug !== w.slug) {
    await tx.insert(storyRedirects).values({ oldSlug: liveSlug, storyId: id })
      .onConflictDoUpdate({ target: storyRedirects.oldSlug, set: { storyId: id, createdAt: sql`now()` } });
  }
  await tx.delete(storyRedirects).where(eq(storyRedirects.oldSlug, w.slug));
  await tx.update(stories).set(live.columns).where(eq(stories.id, id));
  await tx.delete(storyAuthors).where(eq(storyAuthors.storyId, id));
  if (live.authorIds.length) {
    await tx.insert(storyAuthors).values(live.authorIds.map((authorId, position) => ({ storyId: id, authorId, position })));
  }
  await tx.delete(storyTags).where(eq(storyTags.storyId, id));
  const tagIds = await tagIdsFor(tx, live.tagNames);
  if (tagIds.length) await tx.insert(storyTags).values(tagIds.map((tagId) => ({ storyId: id, tagId })));
  await tx.delete(storyMedia).where(eq(storyMedia.storyId, id));
  if (live.photoIds.length) await tx.insert(storyMedia).values(live.photoIds.map((mediaId) => ({ storyId: id, mediaId })));
}
