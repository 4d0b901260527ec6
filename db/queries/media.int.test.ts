import { describe, expect, it } from "vitest";
import { createMedia, updateMediaDefaults } from "@/db/mutations/media";
import { withTestDatabase } from "@/test/db";
import { makeStaff } from "@/test/staff";
import { MEDIA_PAGE_SIZE, searchMedia } from "./media";
import { writer } from "@/db/mutations/writer";

withTestDatabase();

let n = 0;
const stored = () => ({
  storageKey: `2026/11/t-${++n}.jpg`,
  mimeType: "image/jpeg",
  width: 1200,
  height: 800,
  bytes: 1000,
  variants: [
    { width: 960, height: 640, key: `2026/11/t-${n}-960w.jpg`, mimeType: "image/jpeg", bytes: 500 },
    { width: 480, height: 320, key: `2026/11/t-${n}-480w.jpg`, mimeType: "image/jpeg", bytes: 200 },
  ],
});

describe("the media library", () => {
  it("finds photos by caption, alt text, credit or file name, newest first, a page at a time", async () => {
    const j = await makeStaff("journalist");
    const first = await createMedia(await writer(), stored(), {
      alt: "Lanterns over a market",
      caption: "Night market opens",
      credit: "Ana Ruiz",
      originalName: "market.jpg",
      uploadedBy: j.id,
    });
    const second = await createMedia(await writer(), stored(), {
      alt: "",
      caption: "Council votes 100% yes",
      credit: "Ledger staff",
      originalName: "IMG_0042.HEIC.jpg",
      uploadedBy: j.id,
    });
    expect(second.thumbUrl).toBe(`/media/2026/11/t-${n}-480w.jpg`);
    expect((await searchMedia("", 1)).items.map((i) => i.media.id)).toEqual([second.id, first.id]);
    for (const q of ["LANTERN", "night", "ruiz", "market.jpg"])
      expect(
        (await searchMedia(q, 1)).items.map((i) => i.media.id),
        q,
      ).toEqual([first.id]);
    expect((await searchMedia("100%", 1)).items.map((i) => i.media.id)).toEqual([second.id]);
    expect((await searchMedia("1_0", 1)).items).toEqual([]); // LIKE wildcards in a query are plain characters
    for (let i = 0; i < MEDIA_PAGE_SIZE; i++)
      await createMedia(await writer(), stored(), {
        alt: "",
        caption: `Filler ${i}`,
        credit: "",
        originalName: "",
        uploadedBy: j.id,
      });
    const page1 = await searchMedia("", 1);
    expect(page1).toMatchObject({ page: 1, hasMore: true });
    expect(page1.items).toHaveLength(MEDIA_PAGE_SIZE);
    expect((await searchMedia("", 2)).items.map((i) => i.media.id)).toEqual([second.id, first.id]);
  });

  it("changes a photo's defaults only for its uploader when limited to them", async () => {
    const [j, other] = [await makeStaff("journalist"), await makeStaff("journalist")];
    const photo = await createMedia(await writer(), stored(), {
      alt: "",
      caption: "",
      credit: "",
      originalName: "a.jpg",
      uploadedBy: j.id,
    });
    const words = { alt: "A crowd", caption: "The rally", credit: "J. Doe" };
    expect(
      await updateMediaDefaults(await writer(), photo.id, words, { actorId: other.id, onlyUploadedBy: other.id }),
    ).toEqual({
      ok: false,
      reason: "notYours",
    });
    expect(
      await updateMediaDefaults(await writer(), photo.id, words, { actorId: j.id, onlyUploadedBy: j.id }),
    ).toMatchObject({
      ok: true,
      media: words,
    });
    expect(
      await updateMediaDefaults(await writer(), photo.id, { ...words, credit: "Editor fix" }, { actorId: other.id }),
    ).toMatchObject({ ok: true, media: { credit: "Editor fix" } });
  });
});
