import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { scene, svgWithScript, withIptc } from "@/test/photos";
import { PhotoRejectedError, readStoredFile, storeImage, storePhoto } from "./storage";

describe("storing an uploaded photo", () => {
  it("stores the photo and its reader sizes under readable keys, capped on its long edge", async () => {
    const stored = await storeImage(await (await scene(3000, 1500)).png().toBuffer(), "Council Meeting!.png");
    expect(stored).toMatchObject({ mimeType: "image/jpeg", width: 2400, height: 1200 });
    expect(stored.storageKey).toMatch(/^\d{4}\/\d{2}\/council-meeting-[0-9a-f]{8}\.jpg$/);
    const file = await readStoredFile(stored.storageKey);
    expect(file?.length).toBe(stored.bytes);
    expect((await sharp(file!).metadata()).format).toBe("jpeg");
    expect(stored.variants.map((v) => [v.width, v.height])).toEqual([
      [480, 240],
      [768, 384],
      [960, 480],
      [1600, 800],
    ]);
    for (const v of stored.variants) {
      expect(v.key).toBe(stored.storageKey.replace(/\.jpg$/, `-${v.width}w.jpg`));
      const data = await readStoredFile(v.key);
      expect(data?.length).toBe(v.bytes);
      expect(await sharp(data!).metadata()).toMatchObject({ width: v.width, height: v.height, format: "jpeg" });
    }
  });

  it("returns the caption and credit found in the photo", async () => {
    const jpeg = withIptc(await (await scene(300, 200)).jpeg().toBuffer(), {
      caption: "A caption",
      credit: "A credit",
    });
    expect((await storePhoto(jpeg)).text).toEqual({ caption: "A caption", credit: "A credit", alt: "" });
  });

  it("refuses files that are not photos", async () => {
    await expect(storeImage(svgWithScript())).rejects.toBeInstanceOf(PhotoRejectedError);
    await expect(storeImage(Buffer.from("not an image at all"))).rejects.toThrow(/not a photo/);
  });

  it("never reads outside the media folder", async () => {
    expect(await readStoredFile("../../etc/passwd")).toBeNull();
    expect(await readStoredFile("/etc/passwd")).toBeNull();
  });
});
