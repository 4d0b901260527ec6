import { sidecar } from "exifr";

/** The words a photographer or agency put inside the file: they prefill the library defaults. */
export type PhotoText = { alt: string; caption: string; credit: string };

type Raw = { exif?: Buffer; iptc?: Buffer; xmp?: Buffer };
type Bag = Record<string, unknown>;

// Cameras write their model into ImageDescription; that is not a caption.
const CAMERA_JUNK = /^(olympus digital camera|sony dsc|samsung|digital camera|default|image|dcim|untitled|\s*)$/i;
const LIMITS = { alt: 500, caption: 2000, credit: 200 } as const;

/**
 * Reads caption, credit and alt text from the metadata blocks sharp found (IPTC-IIM, XMP, EXIF), in the order
 * newsroom tools write them. Must run before re-encoding, which strips all of it. Never throws: bad metadata
 * only means nothing is prefilled.
 */
export async function readPhotoText(raw: Raw): Promise<PhotoText> {
  const opts = { tiff: true, exif: false, gps: false, interop: false, ifd1: false, iptc: true, xmp: true, mergeOutput: false } as const;
  const parse = async (data: Buffer | undefined, type: string): Promise<Bag> =>
    data?.length ? ((await sidecar(data, opts, type).catch(() => undefined)) as Bag | undefined) ?? {} : {};
  // sharp hands EXIF over with its JPEG "Exif\0\0" header for some formats and without it for others.
  const exifData = raw.exif?.subarray(0, 6).toString("latin1") === "Exif\0\0" ? raw.exif.subarray(6) : raw.exif;
  const [iptc, xmp, exif] = await Promise.all([parse(raw.iptc, "iptc"), parse(raw.xmp, "xmp"), parse(exifData, "tiff")]);
  const ns = (name: string) => (xmp[name] as Bag | undefined) ?? {};
  const pick = (max: number, ...values: unknown[]) => {
    for (const v of values) {
      const text = clean(v);
      if (text && !CAMERA_JUNK.test(text)) return text.slice(0, max);
    }
    return "";
  };
  return {
    caption: pick(LIMITS.caption, fixIptc(iptc.Caption), ns("dc").description, exif.ImageDescription),
    credit: pick(LIMITS.credit, fixIptc(iptc.Credit), fixIptc(iptc.Byline), ns("photoshop").Credit, ns("dc").creator, exif.Artist),
    alt: pick(LIMITS.alt, ns("Iptc4xmpCore").AltTextAccessibility),
  };
}

/** XMP values arrive as strings, language alternatives ({ lang, value }) or lists (rdf:Seq); take the first text. */
function clean(value: unknown): string {
  if (Array.isArray(value)) return clean(value[0]);
  if (value && typeof value === "object" && "value" in value) return clean((value as { value: unknown }).value);
  if (typeof value !== "string" && typeof value !== "number") return "";
  // Control characters from binary metadata never belong in a caption.
  return String(value).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "").replace(/\s+/g, " ").trim();
}

/** exifr reads IPTC text as Latin-1; modern tools write UTF-8, so re-read it when it is valid UTF-8. */
function fixIptc(value: unknown): unknown {
  if (typeof value !== "string" || /[^\u0000-\u00ff]/.test(value)) return value;
  const utf8 = Buffer.from(value, "latin1").toString("utf8");
  return utf8.includes("\uFFFD") ? value : utf8;
}
