import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { media, stories, storyRedirects, type WorkingCopy } from "../schema";
import { storyChecklist, type ChecklistItem } from "@/lib/story/checklist";
import type { PhotoText } from "@/lib/story/model";
import { photoIds } from "@/lib/story/photos";

/** Library words (alt, caption, credit) of the photos a working copy uses. */
export async function photoDefaults(db: Database, w: WorkingCopy): Promise<Map<string, PhotoText>> {
  const ids = photoIds(w);
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: media.id, alt: media.altText, caption: media.caption, credit: media.credit })
    .from(media)
    .where(inArray(media.id, ids));
  return new Map(rows.map(({ id, ...d }) => [id, d]));
}

/** Another story holds this slug, live or as an old URL that redirects to it. */
export async function slugTaken(db: Database, slug: string, storyId: string): Promise<boolean> {
  if (!slug) return false;
  const [live] = await db
    .select({ id: stories.id })
    .from(stories)
    .where(and(eq(stories.slug, slug), sql`${stories.id} <> ${storyId}`))
    .limit(1);
  if (live) return true;
  const [old] = await db
    .select({ id: storyRedirects.storyId })
    .from(storyRedirects)
    .where(and(eq(storyRedirects.oldSlug, slug), sql`${storyRedirects.storyId} <> ${storyId}`))
    .limit(1);
  return !!old;
}

export async function checklistFor(db: Database, storyId: string, w: WorkingCopy): Promise<ChecklistItem[]> {
  return storyChecklist(w, await photoDefaults(db, w), await slugTaken(db, w.slug, storyId));
}
