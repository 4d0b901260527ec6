import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { readStoredFile, storeImage, UnsupportedImageError } from "./storage";

const png = (w: number, h: number) => sharp({ create: { width: w, height: h, channels: 3, background: "#336699" } }).png().toBuffer();

describe("storing an uploaded image", () => {
  it("stores a photo as a JPEG with its size, capped on its long edge", async () => {
    const stored = await storeImage(await png(3000, 1500), "Council Meeting!");
    expect(stored).toMatchObject({ mimeType: "image/jpeg", width: 2400, height: 1200 });
    expect(stored.storageKey).toMatch(/^\d{4}\/\d{2}\/council-meeting--[0-9a-f]{8}\.jpg$/);
    const file = await readStoredFile(stored.storageKey);
    expect(file?.length).toBe(stored.bytes);
    expect((await sharp(file!).metadata()).format).toBe("jpeg");
  });

  it("refuses formats that are not photos, and files that are not images", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    await expect(storeImage(svg)).rejects.toBeInstanceOf(UnsupportedImageError);
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } }).gif().toBuffer();
    await expect(storeImage(gif)).rejects.toThrow(/JPEG, PNG or WebP.*GIF/);
    await expect(storeImage(Buffer.from("not an image at all"))).rejects.toThrow();
  });

  it("refuses an image that would unpack into a huge bitmap", async () => {
    await expect(storeImage(await png(8000, 6000))).rejects.toThrow(/pixel limit/i);
  });

  it("never reads outside the media folder", async () => {
    expect(await readStoredFile("../../etc/passwd")).toBeNull();
    expect(await readStoredFile("/etc/passwd")).toBeNull();
  });
});
