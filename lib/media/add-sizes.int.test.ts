import { eq } from "drizzle-orm";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { media } from "@/db/schema";
import { readStoredFile, storeImage } from "@/lib/media/storage";
import { blobStore } from "./blob-store";
import { withTestDatabase } from "@/test/db";
import { scene } from "@/test/photos";
import { addMissingSizes } from "./add-sizes";

const testDb = withTestDatabase();

/** A photo as an older release stored it: every reader size but the 768. */
async function olderPhoto(width: number, height: number) {
  const stored = await storeImage(await (await scene(width, height)).jpeg().toBuffer(), "older");
  const [row] = await testDb()
    .db.insert(media)
    .values({ ...stored, variants: stored.variants.filter((v) => v.width !== 768) })
    .returning();
  return row!;
}

describe("adding a reader size to photos uploaded before it existed", () => {
  it("makes the missing 768 from the stored photo, lists it in order, reports unreadable files, and does nothing twice", async () => {
    const { db } = testDb();
    const wide = await olderPhoto(1600, 1000);
    const narrow = await olderPhoto(700, 400); // narrower than 768: no such size, nothing to add
    const gone = await olderPhoto(1200, 800);
    await db.update(media).set({ storageKey: "2026/01/no-such-file.jpg" }).where(eq(media.id, gone.id));
    const damaged = await olderPhoto(1000, 600);
    const whole = (await readStoredFile(damaged.storageKey))!;
    await blobStore().put(damaged.storageKey, whole.subarray(0, 600), "image/jpeg"); // cut off after its headers

    const unreadable = ["2026/01/no-such-file.jpg", damaged.storageKey].sort();
    const report = await addMissingSizes(db, 2); // batches of two: the paging is walked too
    expect({ ...report, unreadable: report.unreadable.sort() }).toEqual({
      checked: 4,
      updated: 1,
      added: 1,
      unreadable,
    });

    const [after] = await db.select().from(media).where(eq(media.id, wide.id));
    expect(after!.variants.map((v) => v.width)).toEqual([480, 768, 960]);
    const added = after!.variants[1]!;
    expect(added.key).toBe(wide.storageKey.replace(/\.jpg$/, "-768w.jpg"));
    const file = await readStoredFile(added.key);
    expect(file?.length).toBe(added.bytes);
    expect(await sharp(file!).metadata()).toMatchObject({ width: 768, height: 480, format: "jpeg" });
    const [untouched] = await db.select().from(media).where(eq(media.id, narrow.id));
    expect(untouched!.variants).toEqual(narrow.variants);

    const again = await addMissingSizes(db);
    expect({ ...again, unreadable: again.unreadable.sort() }).toEqual({ checked: 4, updated: 0, added: 0, unreadable });
  });
});
