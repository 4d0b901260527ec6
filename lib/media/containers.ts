import { inflateSync } from "node:zlib";
import type { PhotoFormat } from "./sniff";

/**
 * Bound on the metadata blocks a photo may carry. Real ones are far smaller: camera and Photoshop XMP is under
 * 100 KB, EXIF with its thumbnail under 64 KB, and colour profiles (even print ones) under 1 MB. Anything bigger
 * costs the server: sharp copies every block out on the main thread (about 0.2-0.5 s for 8 MB of XMP).
 */
export const MAX_METADATA_BYTES = 1024 * 1024;

/**
 * How many bytes of metadata (EXIF, XMP, IPTC, ICC, PNG text) the file carries, walking its container's chunk or
 * box headers in one pass: linear time, no copying. Compressed PNG chunks count what they inflate to; null means
 * "more than MAX_METADATA_BYTES" (a compressed block we stopped inflating). Damaged structure is left to sharp.
 */
export function metadataBytes(b: Uint8Array, format: PhotoFormat): number | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (format === "jpeg") return jpegMetadata(b, view);
  if (format === "png") return pngMetadata(b, view);
  if (format === "webp") return webpMetadata(b, view);
  if (format === "avif") return bmffMetadata(b, view);
  return 0; // GIF: libvips keeps no metadata blocks of a GIF
}

const ascii = (b: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...b.subarray(start, start + length));

// Each segment is at most 64 KB, but a colour profile may span many APP2 segments. Only the segments libvips reads
// count: a Pixel's depth map in extended XMP, or an MPF index, is skipped by it and by us.
const JPEG_BLOCKS: Record<number, string[]> = {
  0xe1: ["Exif\0", "http://ns.adobe.com/xap/1.0/\0"],
  0xe2: ["ICC_PROFILE\0"],
  0xed: ["Photoshop 3.0\0"],
};

function jpegMetadata(b: Uint8Array, view: DataView): number {
  let total = 0;
  for (let i = 2; i + 4 <= b.length;) {
    if (b[i] !== 0xff) break;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break; // end of image, or start of the pixel data
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const length = view.getUint16(i + 2);
    if (JPEG_BLOCKS[marker]?.some((id) => ascii(b, i + 4, id.length) === id)) total += length - 2;
    i += 2 + length;
  }
  return total;
}

const PNG_TEXT = new Set(["tEXt", "zTXt", "iTXt", "eXIf", "iCCP"]);

function pngMetadata(b: Uint8Array, view: DataView): number | null {
  let total = 0;
  for (let i = 8; i + 8 <= b.length;) {
    const length = view.getUint32(i);
    const type = ascii(b, i + 4, 4);
    const data = b.subarray(i + 8, i + 8 + length);
    if (type === "IEND") break;
    if (PNG_TEXT.has(type)) {
      const packed = compressedPart(type, data);
      const size = packed ? inflatedSize(packed, MAX_METADATA_BYTES - total) : data.length;
      if (size === null) return null;
      total += size;
    }
    i += 12 + length;
  }
  return total;
}

/** The zlib stream inside zTXt, iCCP and a compressed iTXt (after the keyword and, for iTXt, the two tags). */
function compressedPart(type: string, data: Uint8Array): Uint8Array | null {
  const afterKeyword = data.indexOf(0) + 1;
  if (afterKeyword === 0) return null;
  if (type === "zTXt" || type === "iCCP") return data.subarray(afterKeyword + 1); // one byte: the method
  if (type !== "iTXt" || data[afterKeyword] !== 1) return null;
  const afterLanguage = data.indexOf(0, afterKeyword + 2) + 1;
  const afterTranslated = afterLanguage && data.indexOf(0, afterLanguage) + 1;
  return afterTranslated ? data.subarray(afterTranslated) : null;
}

/** Inflates no further than room + 1 bytes (a small zlib bomb inflates to gigabytes); null when it is larger. */
function inflatedSize(packed: Uint8Array, room: number): number | null {
  try {
    return inflateSync(packed, { maxOutputLength: Math.max(room, 0) + 1 }).length;
  } catch (error) {
    if (error instanceof RangeError) return null;
    return packed.length; // corrupt stream: sharp decides
  }
}

const WEBP_BLOCKS = new Set(["XMP ", "EXIF", "ICCP"]);

function webpMetadata(b: Uint8Array, view: DataView): number {
  let total = 0;
  for (let i = 12; i + 8 <= b.length;) {
    const size = view.getUint32(i + 4, true);
    if (WEBP_BLOCKS.has(ascii(b, i, 4))) total += size;
    i += 8 + size + (size & 1);
  }
  return total;
}

type Box = { type: string; start: number; end: number };

/** The boxes of an ISO-BMFF (AVIF) region, in order; 64-bit and to-the-end sizes included. */
function boxes(b: Uint8Array, view: DataView, start: number, end: number): Box[] {
  const found: Box[] = [];
  for (let i = start; i + 8 <= end;) {
    let size = view.getUint32(i);
    let header = 8;
    if (size === 1 && i + 16 <= end) {
      size = Number(view.getBigUint64(i + 8));
      header = 16;
    } else if (size === 0) size = end - i;
    if (size < header) break;
    found.push({ type: ascii(b, i + 4, 4), start: i + header, end: Math.min(i + size, end) });
    i += size;
  }
  return found;
}

/**
 * AVIF keeps EXIF and XMP as items (iinf names them, iloc says where their bytes are) and the colour profile in a
 * colr property. Sums the extents of every Exif and mime item, and every colr box.
 */
function bmffMetadata(b: Uint8Array, view: DataView): number {
  const meta = boxes(b, view, 0, b.length).find((box) => box.type === "meta");
  if (!meta) return 0;
  const children = boxes(b, view, meta.start + 4, meta.end); // meta is a full box: version and flags first
  const metadataItems = new Set<number>();
  let total = 0;
  for (const box of children) {
    if (box.type === "iinf") {
      const skip = b[box.start] === 0 ? 6 : 8; // version, flags, then a 16- or 32-bit count
      for (const infe of boxes(b, view, box.start + skip, box.end)) {
        const version = b[infe.start]!;
        if (infe.type !== "infe" || version < 2) continue;
        const id = version === 2 ? view.getUint16(infe.start + 4) : view.getUint32(infe.start + 4);
        const itemType = ascii(b, infe.start + (version === 2 ? 8 : 10), 4);
        if (itemType === "Exif" || itemType === "mime") metadataItems.add(id);
      }
    }
    if (box.type === "iprp") {
      for (const ipco of boxes(b, view, box.start, box.end)) {
        if (ipco.type !== "ipco") continue;
        for (const p of boxes(b, view, ipco.start, ipco.end)) if (p.type === "colr") total += p.end - p.start;
      }
    }
  }
  const iloc = children.find((box) => box.type === "iloc");
  return iloc ? total + ilocLengths(b, view, iloc, metadataItems) : total;
}

/** Sums the extent lengths iloc gives the chosen items. */
function ilocLengths(b: Uint8Array, view: DataView, iloc: Box, items: Set<number>): number {
  const version = b[iloc.start]!;
  let i = iloc.start + 4;
  const read = (bytes: number) => {
    const at = i;
    i += bytes;
    if (i > iloc.end) throw new RangeError("iloc");
    if (bytes === 0) return 0;
    return bytes === 2 ? view.getUint16(at) : bytes === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
  };
  try {
    const sizes = read(2);
    const [offsetSize, lengthSize, baseSize] = [sizes >> 12, (sizes >> 8) & 15, (sizes >> 4) & 15];
    const indexSize = version ? sizes & 15 : 0;
    const count = read(version < 2 ? 2 : 4);
    let total = 0;
    for (let n = 0; n < count; n++) {
      const id = read(version < 2 ? 2 : 4);
      if (version) read(2); // construction method
      read(2); // data reference index
      read(baseSize);
      const extents = read(2);
      for (let e = 0; e < extents; e++) {
        read(indexSize);
        read(offsetSize);
        const length = read(lengthSize);
        if (items.has(id)) total += length;
      }
    }
    return total;
  } catch {
    return 0; // a damaged iloc: sharp refuses the file
  }
}
