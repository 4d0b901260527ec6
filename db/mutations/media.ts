import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "../client";
import { authors, media, stories, storyMedia } from "../schema";
import { recordAudit } from "./audit";
import type { StoredImage } from "@/lib/content/stored-image";
import { toMediaSummary, type MediaSummary } from "@/lib/content/media-summary";

type Defaults = { alt: string; caption: string; credit: string };

/** Registers a stored photo (and its reader sizes) in the library with its default words. */
export async function createMedia(
  db: Database,
  stored: StoredImage,
  input: Defaults & { originalName: string; uploadedBy: string },
): Promise<MediaSummary> {
  const [row] = await db
    .insert(media)
    .values({
      ...stored,
      altText: input.alt,
      caption: input.caption,
      credit: input.credit,
      originalName: input.originalName,
      uploadedBy: input.uploadedBy,
    })
    .returning();
  return toMediaSummary(row!);
}

export type MediaUpdate =
  { ok: true; media: MediaSummary; liveStoryIds: string[] } | { ok: false; reason: "missing" | "notYours" | "live" };

/**
 * Changes a photo's library words, audited with before and after. With onlyUploadedBy, only a photo that person
 * uploaded; with notLive, only while no published story (nor a byline) shows it: there the library words are
 * what readers see at once, with no review. The row is locked first, so a publish that would make it live waits.
 * Returns the live stories that show the photo: their pages change.
 */
export async function updateMediaDefaults(
  db: Database,
  id: string,
  d: Defaults,
  opts: { actorId: string; onlyUploadedBy?: string; notLive?: boolean },
): Promise<MediaUpdate> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ alt: media.altText, caption: media.caption, credit: media.credit, uploadedBy: media.uploadedBy })
      .from(media)
      .where(eq(media.id, id))
      .for("update");
    if (!before) return { ok: false, reason: "missing" };
    if (opts.onlyUploadedBy && before.uploadedBy !== opts.onlyUploadedBy) return { ok: false, reason: "notYours" };
    const liveStoryIds = (
      await tx
        .select({ id: storyMedia.storyId })
        .from(storyMedia)
        .innerJoin(stories, eq(stories.id, storyMedia.storyId))
        .where(and(eq(storyMedia.mediaId, id), eq(stories.status, "published")))
    ).map((r) => r.id);
    const portrait =
      (await tx.select({ id: authors.id }).from(authors).where(eq(authors.photoId, id)).limit(1)).length > 0;
    if (opts.notLive && (liveStoryIds.length || portrait)) return { ok: false, reason: "live" };
    const after = { alt: d.alt, caption: d.caption, credit: d.credit };
    const [row] = await tx
      .update(media)
      .set({ altText: after.alt, caption: after.caption, credit: after.credit })
      .where(eq(media.id, id))
      .returning();
    const detail = { before: { alt: before.alt, caption: before.caption, credit: before.credit }, after };
    await recordAudit(tx, { actorId: opts.actorId, action: "media.update", entityType: "media", entityId: id, detail });
    return { ok: true, media: toMediaSummary(row!), liveStoryIds };
  });
}
