import sharp from "sharp";

/**
 * Test photos made at test time with sharp (no committed binaries, no exiftool): each accepted format, one with
 * IPTC-IIM caption and credit, one with XMP fields and GPS, and the four kinds of bad file the desk must refuse.
 */

/** A photo-like picture: a sky gradient and shapes (cheap to encode, so tests of every format stay quick). */
export async function scene(width = 1200, height = 800): Promise<sharp.Sharp> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x2="0" y2="1">` +
    `<stop offset="0" stop-color="#3a6ea5"/><stop offset="1" stop-color="#f4d35e"/></linearGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width * 0.3}" cy="${height * 0.3}" r="${height * 0.15}" fill="#fff8e0"/>` +
    `<rect y="${height * 0.7}" width="100%" height="${height * 0.3}" fill="#2b2d42"/></svg>`;
  return sharp(await sharp(Buffer.from(svg)).png().toBuffer());
}

export const GPS_EXIF = {
  IFD0: { ImageDescription: "Exif description", Artist: "Exif Artist", Make: "TestCam" },
  IFD3: { GPSLatitudeRef: "N", GPSLatitude: "37/1 33/1 59/1", GPSLongitudeRef: "W", GPSLongitude: "122/1 16/1 12/1" },
};

export function xmpPacket(fields: { description?: string; credit?: string; alt?: string }): string {
  const lang = (v: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${v}</rdf:li></rdf:Alt>`;
  return (
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">` +
    (fields.description ? `<dc:description>${lang(fields.description)}</dc:description>` : "") +
    (fields.credit ? `<photoshop:Credit>${fields.credit}</photoshop:Credit>` : "") +
    (fields.alt ? `<Iptc4xmpCore:AltTextAccessibility>${lang(fields.alt)}</Iptc4xmpCore:AltTextAccessibility>` : "") +
    `</rdf:Description></rdf:RDF></x:xmpmeta>`
  );
}

/**
 * Puts IPTC-IIM records (2:120 Caption-Abstract, 2:110 Credit, 2:80 By-line) into a JPEG the way Photoshop and
 * Photo Mechanic do: an APP13 "Photoshop 3.0" segment holding an 8BIM 0x0404 resource, UTF-8 declared in 1:90.
 */
export function withIptc(jpeg: Buffer, fields: { caption?: string; credit?: string; byline?: string }): Buffer {
  const record = (set: number, ds: number, value: Buffer) =>
    Buffer.concat([Buffer.from([0x1c, set, ds, value.length >> 8, value.length & 255]), value]);
  const iim = Buffer.concat([
    record(1, 90, Buffer.from([0x1b, 0x25, 0x47])),
    ...(
      [
        [120, fields.caption],
        [110, fields.credit],
        [80, fields.byline],
      ] as const
    )
      .filter(([, v]) => v)
      .map(([ds, v]) => record(2, ds, Buffer.from(v!, "utf8"))),
  ]);
  const header = Buffer.alloc(12);
  header.write("8BIM", 0, "latin1");
  header.writeUInt16BE(0x0404, 4); // resource id; then an empty, padded name (two zero bytes)
  header.writeUInt32BE(iim.length, 8);
  const payload = Buffer.concat([Buffer.from("Photoshop 3.0\0", "latin1"), header, iim, Buffer.alloc(iim.length % 2)]);
  const marker = Buffer.from([0xff, 0xed, (payload.length + 2) >> 8, (payload.length + 2) & 255]);
  return Buffer.concat([jpeg.subarray(0, 2), marker, payload, jpeg.subarray(2)]);
}

/** A Windows program's first bytes (MZ header and PE signature), as if renamed to holiday.jpg. */
export function windowsProgram(): Buffer {
  const exe = Buffer.alloc(4096);
  exe.write("MZ", 0, "latin1");
  exe.writeUInt32LE(0x80, 0x3c);
  exe.write("PE\0\0", 0x80, "latin1");
  return exe;
}

export const svgWithScript = () =>
  Buffer.from(
    `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(document.cookie)</script><rect width="100" height="100"/></svg>`,
  );

/** 25 MB that starts like a JPEG: the size alone must refuse it. */
export const bigFile = () =>
  Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(25 * 1024 * 1024 - 4, 0x55)]);

/** A real JPEG cut off part-way through its pixel data, as a failed download leaves it. */
export async function truncatedJpeg(): Promise<Buffer> {
  const full = await (await scene(800, 600)).jpeg({ quality: 90 }).toBuffer();
  return full.subarray(0, Math.floor(full.length * 0.6));
}

/** A photo of pure noise: large for its size in pixels, so an upload takes long enough to watch its progress. */
export function noisy(width: number, height: number): sharp.Sharp {
  return sharp({
    create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 50 } },
  });
}
