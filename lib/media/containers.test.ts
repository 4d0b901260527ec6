import { deflateSync } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { GPS_EXIF, xmpPacket } from "@/test/photos";
import { MAX_METADATA_BYTES, metadataBytes } from "./containers";

const tiny = () => sharp({ create: { width: 8, height: 8, channels: 3, background: "#345" } });

/** A PNG chunk: length, type, data, CRC (zlib's crc32 is not in Node 20, so the table-free loop). */
function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  let c = ~0;
  for (const byte of body) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(~c >>> 0, out.length - 4);
  return out;
}

/** Puts chunks just before IEND. */
const withChunks = (png: Buffer, ...chunks: Buffer[]) =>
  Buffer.concat([png.subarray(0, png.length - 12), ...chunks, png.subarray(png.length - 12)]);

describe("counting a photo's metadata blocks from its container", () => {
  it("agrees with what sharp copies out (EXIF, XMP, colour profile) in every format", async () => {
    for (const format of ["jpeg", "png", "webp", "avif"] as const) {
      const xmp = xmpPacket({ description: "x".repeat(3000) });
      const input = await tiny().withExif(GPS_EXIF).withXmp(xmp).withIccProfile("p3")[format]().toBuffer();
      const meta = await sharp(input).metadata();
      const sharpBytes = meta.exif!.length + meta.xmp!.length + meta.icc!.length;
      expect(metadataBytes(input, format)).toBeGreaterThanOrEqual(sharpBytes);
      expect(metadataBytes(input, format)).toBeLessThan(sharpBytes + 100); // headers and keywords only
    }
    expect(metadataBytes(await tiny().gif().toBuffer(), "gif")).toBe(0);
  });

  it("counts compressed PNG text by what it inflates to, and stops inflating a bomb at the limit", async () => {
    const png = await tiny().png().toBuffer();
    const zTXt = (bytes: number) =>
      pngChunk("zTXt", Buffer.concat([Buffer.from("Comment\0\0"), deflateSync(Buffer.alloc(bytes, "a"))]));
    expect(metadataBytes(withChunks(png, zTXt(300_000)), "png")).toBe(300_000);
    const bomb = withChunks(png, zTXt(64 << 20)); // 64 MB of text in 64 KB
    const twoHalves = withChunks(png, zTXt(600_000), zTXt(600_000));
    expect(bomb.length).toBeLessThan(100_000);
    expect(metadataBytes(bomb, "png")).toBeNull(); // null only when zlib stopped at maxOutputLength
    expect(metadataBytes(twoHalves, "png")).toBeNull();
    const packed = deflateSync(Buffer.alloc(2 * MAX_METADATA_BYTES, " "));
    const iTXt = pngChunk("iTXt", Buffer.concat([Buffer.from("XML:com.adobe.xmp\0\x01\0\0\0"), packed]));
    expect(metadataBytes(withChunks(png, iTXt), "png")).toBeNull();
  });

  it("walks a damaged or truncated container without throwing, leaving the verdict to sharp", async () => {
    for (const format of ["jpeg", "png", "webp", "avif"] as const) {
      const input = await tiny()
        .withXmp(xmpPacket({ description: "Cut short" }))
        [format]()
        .toBuffer();
      for (const cut of [13, 40, input.length >> 1, input.length - 3]) {
        expect(() => metadataBytes(input.subarray(0, cut), format)).not.toThrow();
      }
      const garbage = Buffer.from(input);
      garbage.fill(0xff, 12, 64);
      expect(() => metadataBytes(garbage, format)).not.toThrow();
    }
  });
});
