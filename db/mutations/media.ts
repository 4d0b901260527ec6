import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "../client";
import { getDb } from "../index";
import { media } from "../schema";
import type { StoredImage } from "@/lib/content/stored-image";
import { toMediaSummary, type MediaSummary } from "@/lib/content/media-summary";

type Defaults = { alt: string; caption: string; credit: string };

/** Registers a stored photo (and its reader sizes) in the library with its default words. */
export async function createMedia(stored: StoredImage, input: Defaults & { originalName: string; uploadedBy: string }, db?: Database): Promise<MediaSummary> {
  const [row] = await (db ?? (await getDb())).insert(media).values({
    ...stored, altText: input.alt, caption: input.caption, credit: input.credit, originalName: input.originalName, uploadedBy: input.uploadedBy,
  }).returning();
  return toMediaSummary(row!);
}

/**
 * Changes a photo's library defaults. With onlyUploadedBy, only a photo that person uploaded changes (checked in
 * the UPDATE itself). Returns null when nothing matched.
 */
export async function updateMediaDefaults(id: string, d: Defaults, opts: { onlyUploadedBy?: string } = {}, db?: Database): Promise<MediaSummary | null> {
  const [row] = await (db ?? (await getDb())).update(media).set({ altText: d.alt, caption: d.caption, credit: d.credit })
    .where(opts.onlyUploadedBy ? and(eq(media.id, id), eq(media.uploadedBy, opts.onlyUploadedBy)) : eq(media.id, id))
    .returning();
  return row ? toMediaSummary(row) : null;
}
