import { sidecar } from "exifr";

/** The words a photographer or agency put inside the file: they prefill the library defaults. */
export type PhotoText = { alt: string; caption: string; credit: string };

type Raw = { exif?: Buffer; iptc?: Buffer; xmp?: Buffer };
type Bag = Record<string, unknown>;

// Cameras write their model into ImageDescription; that is not a caption.
const CAMERA_JUNK = /^(olympus digital camera|sony dsc|samsung|digital camera|default|image|dcim|untitled|\s*)$/i;
const LIMITS = { alt: 500, caption: 2000, credit: 200 } as const;

// JPEG caps each metadata segment at 64 KB; PNG and WebP chunks can hold megabytes. We read no more than a JPEG
// could carry, so a hostile block costs what a normal one does.
export const METADATA_BYTES = 65_536;

/**
 * Reads caption, credit and alt text from the metadata blocks sharp found (IPTC-IIM, XMP, EXIF), in the order
 * newsroom tools write them. Must run before re-encoding, which strips all of it. Never throws: bad metadata
 * only means nothing is prefilled.
 */
export async function readPhotoText(raw: Raw): Promise<PhotoText> {
  const opts = {
    tiff: true,
    exif: false,
    gps: false,
    interop: false,
    ifd1: false,
    iptc: true,
    xmp: false,
    mergeOutput: false,
  } as const;
  const parse = async (data: Buffer | undefined, type: string): Promise<Bag> => {
    if (!data?.length) return {};
    const bag = await sidecar(data.subarray(0, METADATA_BYTES), opts, type).catch(() => undefined);
    return (bag as Bag | undefined) ?? {};
  };
  // sharp hands EXIF over with its JPEG "Exif\0\0" header for some formats and without it for others.
  const exifData = raw.exif?.subarray(0, 6).toString("latin1") === "Exif\0\0" ? raw.exif.subarray(6) : raw.exif;
  const [iptc, exif] = await Promise.all([parse(raw.iptc, "iptc"), parse(exifData, "tiff")]);
  const xmp = raw.xmp?.subarray(0, METADATA_BYTES).toString("utf8") ?? "";
  const pick = (max: number, ...values: unknown[]) => {
    for (const v of values) {
      const text = clean(v);
      if (text && !CAMERA_JUNK.test(text)) return text.slice(0, max);
    }
    return "";
  };
  return {
    caption: pick(LIMITS.caption, fixIptc(iptc.Caption), xmpField(xmp, "dc:description"), exif.ImageDescription),
    credit: pick(
      LIMITS.credit,
      fixIptc(iptc.Credit),
      fixIptc(iptc.Byline),
      xmpField(xmp, "photoshop:Credit"),
      xmpField(xmp, "dc:creator"),
      exif.Artist,
    ),
    alt: pick(LIMITS.alt, xmpField(xmp, "Iptc4xmpCore:AltTextAccessibility")),
  };
}

/**
 * One XMP property, as an attribute of rdf:Description (name="…") or an element whose text, or first rdf:li
 * (a language alternative or a list), is the value. indexOf only, each search starting past the last: linear
 * time on any input. exifr's XMP parser runs a regex that is quadratic on unclosed tags.
 */
export function xmpField(xmp: string, name: string): string {
  for (let at = xmp.indexOf(name); at >= 0; at = xmp.indexOf(name, at + name.length)) {
    const before = xmp.charAt(at - 1);
    const next = at + name.length;
    let value = "";
    const quote = xmp.charAt(next) === "=" ? xmp.charAt(next + 1) : "";
    if (/\s/.test(before) && (quote === '"' || quote === "'")) {
      const end = xmp.indexOf(quote, next + 2);
      if (end < 0) return "";
      value = xmp.slice(next + 2, end);
      at = end;
    } else if (before === "<" && /[\s>]/.test(xmp.charAt(next))) {
      const open = xmp.indexOf(">", next);
      if (open < 0) return "";
      if (xmp.charAt(open - 1) === "/") {
        at = open; // <name/> has no value; the next search starts past it
        continue;
      }
      const close = xmp.indexOf(`</${name}>`, open);
      if (close < 0) return "";
      value = innerText(xmp.slice(open + 1, close));
      at = close;
    }
    if (value.trim()) return decodeEntities(value);
  }
  return "";
}

function innerText(inner: string): string {
  const li = inner.indexOf("<rdf:li");
  if (li < 0) return inner.includes("<") ? "" : inner;
  const open = inner.indexOf(">", li);
  const close = open > 0 ? inner.indexOf("</rdf:li>", open) : -1;
  return close > 0 && inner.charAt(open - 1) !== "/" ? inner.slice(open + 1, close) : "";
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/gi, (all, ref: string) => {
    if (ref[0] !== "#") return ENTITIES[ref.toLowerCase()] ?? all;
    const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** A repeated IPTC field arrives as a list; take the first text. */
function clean(value: unknown): string {
  if (Array.isArray(value)) return clean(value[0]);
  if (typeof value !== "string" && typeof value !== "number") return "";
  // Control characters from binary metadata never belong in a caption.
  return String(value)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** exifr reads IPTC text as Latin-1; modern tools write UTF-8, so re-read it when it is valid UTF-8. */
function fixIptc(value: unknown): unknown {
  if (typeof value !== "string" || /[^\u0000-\u00ff]/.test(value)) return value;
  const utf8 = Buffer.from(value, "latin1").toString("utf8");
  return utf8.includes("\uFFFD") ? value : utf8;
}
