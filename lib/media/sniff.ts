/** Recognises a file by its first bytes, never by its name or declared type. Pure: no I/O. */

export type PhotoFormat = "jpeg" | "png" | "webp" | "avif" | "gif";

export type Sniffed = { ok: true; format: PhotoFormat } | { ok: false; looksLike: string | null; svg?: true };

const ascii = (b: Uint8Array, start: number, end: number) => String.fromCharCode(...b.subarray(start, end));
const startsWith = (b: Uint8Array, bytes: number[]) => bytes.every((v, i) => b[i] === v);

// ISO-BMFF brands: AVIF stills and sequences are accepted; HEIC (iPhone default) is not decodable here.
const AVIF_BRANDS = new Set(["avif", "avis"]);
const HEIC_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis"]);

function ftypBrands(b: Uint8Array): string[] | null {
  if (b.length < 16 || ascii(b, 4, 8) !== "ftyp") return null;
  const size = Math.min(((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0, b.length, 256);
  const brands = [ascii(b, 8, 12)];
  for (let i = 16; i + 4 <= size; i += 4) brands.push(ascii(b, i, i + 4));
  return brands;
}

// What may come before an SVG's root element: XML declarations and processing instructions, comments, a doctype.
const PROLOGUE = [
  ["<?", "?>"],
  ["<!--", "-->"],
  ["<!doctype", ">"],
] as const;

function looksLikeSvg(b: Uint8Array): boolean {
  // A scan with indexOf, not a regex: the old pattern's repeated comment group backtracked exponentially on
  // "<!---->" x 50 and froze the server. The decoder drops a BOM.
  const head = new TextDecoder().decode(b.subarray(0, 4096)).toLowerCase();
  for (let i = 0; ;) {
    while (i < head.length && head.charCodeAt(i) <= 0x20) i++;
    const part = PROLOGUE.find(([open]) => head.startsWith(open, i));
    if (!part) return head.startsWith("<svg", i) && /[\s>/]/.test(head.charAt(i + 4));
    const end = head.indexOf(part[1], i + part[0].length);
    if (end < 0) return false;
    i = end + part[1].length;
  }
}

export function sniffPhoto(b: Uint8Array): Sniffed {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { ok: true, format: "jpeg" };
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, format: "png" };
  if (b.length >= 6 && /^GIF8[79]a$/.test(ascii(b, 0, 6))) return { ok: true, format: "gif" };
  if (b.length >= 12 && ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP") return { ok: true, format: "webp" };
  const brands = ftypBrands(b);
  if (brands?.some((x) => AVIF_BRANDS.has(x))) return { ok: true, format: "avif" };
  if (brands?.some((x) => HEIC_BRANDS.has(x)))
    return { ok: false, looksLike: "an iPhone HEIC photo, which we cannot read yet; export it as JPEG" };
  if (looksLikeSvg(b)) return { ok: false, looksLike: "an SVG drawing", svg: true };
  return { ok: false, looksLike: describeOther(b) };
}

/** Plain words for common non-photos, so the refusal tells people what they actually picked. */
function describeOther(b: Uint8Array): string | null {
  if (startsWith(b, [0x4d, 0x5a])) return "a Windows program";
  if (startsWith(b, [0x7f, 0x45, 0x4c, 0x46])) return "a Linux program";
  if (
    [
      [0xfe, 0xed, 0xfa, 0xce],
      [0xfe, 0xed, 0xfa, 0xcf],
      [0xce, 0xfa, 0xed, 0xfe],
      [0xcf, 0xfa, 0xed, 0xfe],
      [0xca, 0xfe, 0xba, 0xbe],
    ].some((m) => startsWith(b, m))
  )
    return "a Mac program";
  if (startsWith(b, [0x23, 0x21])) return "a script";
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) return "a PDF document";
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return "a ZIP archive or an Office document";
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]))
    return "a TIFF image; export it as JPEG";
  if (startsWith(b, [0x42, 0x4d])) return "a BMP image; export it as PNG or JPEG";
  const head = new TextDecoder().decode(b.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html")) return "a web page";
  return null;
}
