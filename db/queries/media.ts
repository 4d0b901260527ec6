import "server-only";
import { desc, ilike, or, type SQL } from "drizzle-orm";
import { getDb } from "../index";
import { media } from "../schema";
import { toMediaSummary, type MediaPage, type MediaSummary } from "@/lib/content/media-summary";

export const MEDIA_PAGE_SIZE = 24;

const summaryColumns = {
  id: media.id,
  storageKey: media.storageKey,
  width: media.width,
  height: media.height,
  altText: media.altText,
  caption: media.caption,
  credit: media.credit,
  originalName: media.originalName,
  variants: media.variants,
};

/** A library row for the desk: the summary and who uploaded it (journalists may edit their own). */
export type LibraryItem = { media: MediaSummary; uploadedBy: string | null };

/** The media library, newest first, matching any of the words a person can see (caption, alt, credit, file name). */
export async function searchMedia(
  q: string,
  page: number,
): Promise<Omit<MediaPage, "items"> & { items: LibraryItem[] }> {
  const db = await getDb();
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const where: SQL | undefined = q
    ? or(
        ilike(media.caption, like),
        ilike(media.altText, like),
        ilike(media.credit, like),
        ilike(media.originalName, like),
      )
    : undefined;
  const rows = await db
    .select({ ...summaryColumns, uploadedBy: media.uploadedBy })
    .from(media)
    .where(where)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(MEDIA_PAGE_SIZE + 1)
    .offset((page - 1) * MEDIA_PAGE_SIZE);
  return {
    items: rows.slice(0, MEDIA_PAGE_SIZE).map((r) => ({ media: toMediaSummary(r), uploadedBy: r.uploadedBy })),
    page,
    hasMore: rows.length > MEDIA_PAGE_SIZE,
  };
}
