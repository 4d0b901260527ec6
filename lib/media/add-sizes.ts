import "server-only";
import { asc, eq, gt } from "drizzle-orm";
import type { Database } from "@/db/client";
import { media } from "@/db/schema";
import type { MediaVariant } from "@/lib/content/stored-image";
import { resizeStored, VARIANT_WIDTHS } from "./process";
import { readStoredFile, storeRendition, variantKey } from "./storage";

/** unreadable: the storage keys of photos whose file is missing or cannot be decoded, left as they are. */
export type SizesReport = { checked: number; updated: number; added: number; unreadable: string[] };

/**
 * Gives every photo in the library the reader sizes of today's VARIANT_WIDTHS that it lacks (narrower than the
 * photo), made from its stored file: photos uploaded before a size was added get it too. Safe to run again; one photo
 * whose file is gone or damaged is reported, not a reason to stop.
 */
export async function addMissingSizes(db: Database, batch = 200): Promise<SizesReport> {
  const report: SizesReport = { checked: 0, updated: 0, added: 0, unreadable: [] };
  for (let after = ""; ;) {
    const rows = await db
      .select({
        id: media.id,
        storageKey: media.storageKey,
        mimeType: media.mimeType,
        width: media.width,
        variants: media.variants,
      })
      .from(media)
      .where(after ? gt(media.id, after) : undefined)
      .orderBy(asc(media.id))
      .limit(batch);
    if (rows.length === 0) return report;
    after = rows[rows.length - 1]!.id;
    for (const row of rows) {
      report.checked++;
      const have = new Set(row.variants.map((v) => v.width));
      const missing = VARIANT_WIDTHS.filter((w) => w < row.width && !have.has(w));
      if (missing.length === 0) continue;
      const made = await makeSizes(row.storageKey, row.mimeType, missing).catch(() => null);
      if (!made) {
        report.unreadable.push(row.storageKey);
        continue;
      }
      const variants = [...row.variants, ...made].sort((a, b) => a.width - b.width);
      await db.update(media).set({ variants }).where(eq(media.id, row.id));
      report.updated++;
      report.added += made.length;
    }
  }
}

/** The sizes made from the photo's stored file and stored beside it; throws when the file is missing or damaged. */
async function makeSizes(photoKey: string, mimeType: string, widths: number[]): Promise<MediaVariant[]> {
  const stored = await readStoredFile(photoKey);
  if (!stored) throw new Error(`no file at ${photoKey}`);
  const made: MediaVariant[] = [];
  for (const w of widths) {
    const r = await resizeStored(stored, mimeType, w);
    made.push(await storeRendition(r, variantKey(photoKey, r)));
  }
  return made;
}
