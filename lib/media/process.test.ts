import { randomBytes } from "node:crypto";
import exifr from "exifr";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  bigFile,
  GPS_EXIF,
  scene,
  svgWithScript,
  truncatedJpeg,
  windowsProgram,
  withIptc,
  xmpPacket,
} from "@/test/photos";
import { metadataBytes } from "./containers";
import { PhotoRejectedError } from "./errors";
import { METADATA_BYTES, readPhotoText, xmpField } from "./photo-text";
import { MAX_EDGE, processPhoto } from "./process";
import { sniffPhoto } from "./sniff";

const refusal = async (input: Buffer) => {
  const error = await processPhoto(input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PhotoRejectedError);
  return (error as PhotoRejectedError).message;
};

/** Every metadata block sharp and exifr can see in an output file: there must be none. */
async function metadataLeft(data: Buffer) {
  const meta = await sharp(data).metadata();
  const parsed = await exifr.parse(data, { iptc: true, xmp: true, gps: true, tiff: true }).catch(() => undefined);
  return {
    exif: meta.exif?.length ?? 0,
    iptc: meta.iptc?.length ?? 0,
    xmp: meta.xmp?.length ?? 0,
    parsed: parsed ?? null,
  };
}

describe("refusing files that are not photos we can use", () => {
  it("a renamed Windows program", async () => {
    expect(await refusal(windowsProgram())).toBe(
      "This file is not a photo (it looks like a Windows program). Upload a JPEG, PNG, WebP, AVIF or GIF photo.",
    );
  });

  it("an SVG with a script in it", async () => {
    expect(await refusal(svgWithScript())).toMatch(
      /^SVG drawings are not accepted, because an SVG file can carry script/,
    );
  });

  it("a 25 MB file, before reading it", async () => {
    expect(await refusal(bigFile())).toBe(
      "Photos can be at most 20 MB; this one is 25.0 MB. Export a smaller copy and try again.",
    );
  });

  it("a truncated JPEG", async () => {
    expect(await refusal(await truncatedJpeg())).toMatch(/^This photo is damaged or incomplete \(truncated JPEG\)\./);
  });

  it("a small file whose header claims a huge bitmap (decompression bomb), without decoding it", async () => {
    const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: "#000" } })
      .png()
      .toBuffer();
    png.writeUInt32BE(20_000, 16); // IHDR width and height: 400 megapixels
    png.writeUInt32BE(20_000, 20);
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
    expect(await refusal(png)).toMatch(/400 megapixels, over the pixel limit of 64/);
  });

  it("a JPEG header in front of something else", async () => {
    expect(await refusal(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from("not really a photo")]))).toMatch(
      /^This photo is damaged/,
    );
  });

  it("a file of empty comments, at once: the old SVG check backtracked exponentially on it and froze the server", async () => {
    for (const k of [26, 50, 200]) {
      const started = performance.now();
      expect(await refusal(Buffer.from("<!---->".repeat(k) + "x"))).toBe(
        "This file is not a photo. Upload a JPEG, PNG, WebP, AVIF or GIF photo.",
      );
      expect(await refusal(Buffer.from("<!---->".repeat(k) + "<svg>"))).toMatch(/^SVG drawings are not accepted/);
      expect(performance.now() - started).toBeLessThan(100);
    }
  });

  it("recognises an SVG behind its prologue, and nothing else", () => {
    const svg = (text: string) => sniffPhoto(Buffer.from(text));
    expect(
      svg(
        `<?xml version="1.0"?>\n<?xml-stylesheet href="a.css"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN">\n<!-- a > b --><SVG\nviewBox="0 0 1 1"/>`,
      ),
    ).toMatchObject({ svg: true });
    expect(svg("<svg/>")).toMatchObject({ svg: true });
    for (const other of [
      "<!-- <svg> never closed",
      "<?xml version='1.0'?><html><svg></svg></html>",
      "<svgx>",
      "x<svg>",
    ]) {
      expect(svg(other)).toEqual({ ok: false, looksLike: null });
    }
  });

  it("names other common mistakes in plain words", () => {
    expect(sniffPhoto(Buffer.from("%PDF-1.7\n"))).toEqual({ ok: false, looksLike: "a PDF document" });
    expect(sniffPhoto(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1]))).toEqual({
      ok: false,
      looksLike: "a Linux program",
    });
    expect(sniffPhoto(Buffer.from("\ufeff  <!-- drawn --><svg viewBox='0 0 1 1'/>"))).toMatchObject({
      ok: false,
      svg: true,
    });
  });
});

describe("accepting photos", () => {
  const formats = ["jpeg", "png", "webp", "avif", "gif"] as const;
  for (const format of formats) {
    it(`${format}: re-encoded upright, capped, with reader sizes and no metadata left`, async () => {
      // Stored sideways (EXIF orientation 6) with GPS: the output must be upright and carry no location.
      const img = (await scene(1800, 1200))
        .withExif(GPS_EXIF)
        .withMetadata({ orientation: 6 })
        .withXmp(xmpPacket({ description: "A caption" }));
      const input = await (format === "avif" ? img.avif({ effort: 0 }) : img[format]()).toBuffer();
      expect(sniffPhoto(input)).toEqual({ ok: true, format });
      if (format !== "gif") expect((await sharp(input).metadata()).exif?.length).toBeGreaterThan(0); // GPS went in
      const photo = await processPhoto(input);
      const [w, h] = format === "gif" ? [1800, 1200] : [1200, 1800]; // GIF carries no EXIF, so no orientation
      expect(photo.main).toMatchObject({ width: w, height: h, mimeType: "image/jpeg" });
      expect(photo.variants.map((v) => v.width)).toEqual([480, 768, 960, 1600].filter((x) => x < w));
      for (const r of [photo.main, ...photo.variants]) {
        expect((await sharp(r.data).metadata()).format).toBe("jpeg");
        expect(await metadataLeft(r.data)).toEqual({ exif: 0, iptc: 0, xmp: 0, parsed: null });
      }
    });
  }

  it("caps the long edge and never enlarges a small photo", async () => {
    const big = await processPhoto(await (await scene(3000, 1000)).jpeg().toBuffer());
    expect(big.main).toMatchObject({ width: MAX_EDGE, height: 800 });
    const small = await processPhoto(await (await scene(400, 300)).png().toBuffer());
    expect(small.main).toMatchObject({ width: 400, height: 300 });
    expect(small.variants).toEqual([]);
  });

  it("keeps real transparency as WebP, and drops an alpha channel nobody uses", async () => {
    const cutout = await sharp({
      create: { width: 600, height: 400, channels: 4, background: { r: 200, g: 0, b: 0, alpha: 0.5 } },
    })
      .png()
      .toBuffer();
    expect((await processPhoto(cutout)).main.mimeType).toBe("image/webp");
    const opaque = await sharp({
      create: { width: 600, height: 400, channels: 4, background: { r: 200, g: 0, b: 0, alpha: 1 } },
    })
      .png()
      .toBuffer();
    expect((await processPhoto(opaque)).main.mimeType).toBe("image/jpeg");
  });
});

describe("prefilling caption, credit and alt text from the photo", () => {
  it("reads IPTC caption and credit (UTF-8), before they are stripped", async () => {
    const jpeg = withIptc(await (await scene(640, 480)).jpeg().toBuffer(), {
      caption: "Protesters fill Wilshire Boulevard — 12 000 people",
      credit: "Jiwon Park / The Pacific Ledger",
    });
    const photo = await processPhoto(jpeg);
    expect(photo.text).toEqual({
      caption: "Protesters fill Wilshire Boulevard — 12 000 people",
      credit: "Jiwon Park / The Pacific Ledger",
      alt: "",
    });
    expect(await metadataLeft(photo.main.data)).toMatchObject({ iptc: 0, parsed: null });
  });

  it("falls back to By-line for credit, and reads XMP description, credit and alt text", async () => {
    const byline = withIptc(await (await scene(320, 240)).jpeg().toBuffer(), { byline: "Ana Ruiz" });
    expect((await processPhoto(byline)).text.credit).toBe("Ana Ruiz");
    const xmp = await (
      await scene(320, 240)
    )
      .withXmp(xmpPacket({ description: "Night market", credit: "Ledger staff", alt: "Stalls lit by lanterns" }))
      .png()
      .toBuffer();
    expect((await processPhoto(xmp)).text).toEqual({
      caption: "Night market",
      credit: "Ledger staff",
      alt: "Stalls lit by lanterns",
    });
  });

  it("reads XMP as Photoshop and Lightroom write it: attributes, lists, entities, padding", async () => {
    const packet =
      `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n<x:xmpmeta xmlns:x="adobe:ns:meta/">\n <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n` +
      `  <rdf:Description rdf:about=""\n    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"\n` +
      `    photoshop:Credit="Reuters &amp; AP"\n    photoshop:DateCreated="2026-11-30">\n` +
      `   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Title</rdf:li></rdf:Alt></dc:title>\n   <dc:description/>\n` +
      `   <dc:description>\n    <rdf:Alt>\n     <rdf:li xml:lang="x-default">Café &lt;night&gt; market &#x2014; Seoul</rdf:li>\n     <rdf:li xml:lang="ko">야시장</rdf:li>\n    </rdf:Alt>\n   </dc:description>\n` +
      `   <dc:creator><rdf:Seq><rdf:li>Min-ji Kim</rdf:li></rdf:Seq></dc:creator>\n  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n` +
      " ".repeat(4096) +
      `\n<?xpacket end="w"?>`;
    const xmp = Buffer.from(packet);
    expect(await readPhotoText({ xmp })).toEqual({
      caption: "Café <night> market — Seoul",
      credit: "Reuters & AP",
      alt: "",
    });
    expect(xmpField(packet, "dc:creator")).toBe("Min-ji Kim");
    // The first 64 KB are read even when a (legitimately or hostilely) huge block follows them.
    expect(await readPhotoText({ xmp: Buffer.concat([xmp, Buffer.alloc(2 * METADATA_BYTES, "<a:b>")]) })).toMatchObject(
      { credit: "Reuters & AP" },
    );
  });

  it("reads hostile XMP in linear time; 8 MB of it in WebP, PNG or AVIF is refused before sharp", async () => {
    const hostile = (bytes: number) => "<a:b>".repeat(bytes / 5);
    let started = performance.now();
    expect(await readPhotoText({ xmp: Buffer.from(hostile(METADATA_BYTES)) })).toEqual({
      caption: "",
      credit: "",
      alt: "",
    });
    expect(performance.now() - started).toBeLessThan(50);
    for (const format of ["webp", "png", "avif"] as const) {
      const input = await sharp({ create: { width: 2, height: 2, channels: 3, background: "#345" } })
        .withXmp(hostile(8 << 20))
        [format]()
        .toBuffer();
      expect((await sharp(input).metadata()).xmp?.length).toBeGreaterThan(8_000_000); // libvips hands all of it over
      started = performance.now();
      expect(await refusal(input)).toBe(
        "This photo carries 8.0 MB of embedded metadata; the limit is 1 MB. Export it again without metadata.",
      );
      expect(performance.now() - started).toBeLessThan(50); // sharp's metadata() alone held the event loop 0.1-0.3 s
    }
  });

  it("accepts a 3-4 MB camera JPEG with EXIF, 40 KB of Lightroom-sized XMP and a colour profile", async () => {
    const [width, height] = [2000, 1500];
    // Lightroom pads its packet with whitespace so it can be edited in place.
    const xmp = xmpPacket({ description: "Harbour at dawn", credit: "Ledger staff" }) + " ".repeat(40_000);
    const input = await sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
      .withExif(GPS_EXIF)
      .withXmp(xmp)
      .withIccProfile("p3")
      .jpeg({ quality: 95 })
      .toBuffer();
    expect(input.length).toBeGreaterThan(3_000_000);
    expect(metadataBytes(input, "jpeg")).toBeGreaterThan(40_000);
    const photo = await processPhoto(input);
    expect(photo.text).toEqual({ caption: "Harbour at dawn", credit: "Ledger staff", alt: "" });
    expect(photo.main).toMatchObject({ width, height });
  });

  it("uses EXIF ImageDescription and Artist last, and ignores a camera's model written as description", async () => {
    const exif = await (await scene(320, 240)).withExif(GPS_EXIF).jpeg().toBuffer();
    expect((await processPhoto(exif)).text).toEqual({ caption: "Exif description", credit: "Exif Artist", alt: "" });
    const junk = await (
      await scene(320, 240)
    )
      .withExif({ IFD0: { ImageDescription: "OLYMPUS DIGITAL CAMERA" } })
      .jpeg()
      .toBuffer();
    expect((await processPhoto(junk)).text.caption).toBe("");
  });
});

function crc32(data: Buffer): number {
  let c = ~0;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
