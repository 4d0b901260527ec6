import sharp, { type Metadata } from "sharp";
import { MAX_METADATA_BYTES, metadataBytes } from "./containers";
import { damaged, notAPhoto, PhotoRejectedError, tooLarge, tooManyPixels, tooMuchMetadata } from "./errors";
import { MAX_UPLOAD_BYTES } from "./limits";
import { readPhotoText, type PhotoText } from "./photo-text";
import { sniffPhoto, type PhotoFormat } from "./sniff";

/** Long edge of the stored photo; enough for a full-width hero on a 2x screen. */
export const MAX_EDGE = 2400;
/** Reader sizes made at upload (never wider than the photo itself), for srcset. 768 is a phone's full-width photo
 * (358-398 CSS px) at 2x: without it phones took the 960 (a third more bytes) before the first paint. */
export const VARIANT_WIDTHS = [480, 768, 960, 1600] as const;
/** Decompression-bomb cap. 64 MP fits today's 61 MP cameras; a small file claiming more is refused unread. */
export const MAX_INPUT_PIXELS = 64_000_000;

export type Rendition = {
  width: number;
  height: number;
  mimeType: "image/jpeg" | "image/webp";
  ext: "jpg" | "webp";
  data: Buffer;
};
export type ProcessedPhoto = { format: PhotoFormat; main: Rendition; variants: Rendition[]; text: PhotoText };

// What sharp calls each format we accept (AVIF is a HEIF container holding AV1).
const SHARP_FORMAT: Record<PhotoFormat, Metadata["format"]> = {
  jpeg: "jpeg",
  png: "png",
  webp: "webp",
  avif: "heif",
  gif: "gif",
};

/**
 * Checks an upload by its content and re-encodes it: oriented upright, every metadata block (EXIF with GPS, IPTC,
 * XMP) dropped, long edge capped, plus reader sizes. Caption, credit and alt text are read first, to prefill the
 * library. Throws PhotoRejectedError with a message for people; nothing is stored here.
 */
export async function processPhoto(input: Buffer): Promise<ProcessedPhoto> {
  if (input.length > MAX_UPLOAD_BYTES) throw tooLarge(input.length);
  const sniffed = sniffPhoto(input);
  if (!sniffed.ok) throw notAPhoto(sniffed);
  const format = sniffed.format;
  // Before sharp: its metadata() copies every block out on the main thread, a stall other requests wait out.
  const carried = metadataBytes(input, format);
  if (carried === null || carried > MAX_METADATA_BYTES) throw tooMuchMetadata(carried, MAX_METADATA_BYTES);
  // Header only: cheap, and enough to refuse a bomb before any pixel is decoded.
  const meta = await sharp(input, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!meta || meta.format !== SHARP_FORMAT[format] || !meta.width || !meta.height) throw damaged(format, false);
  if (format === "avif" && meta.compression !== "av1")
    throw notAPhoto({ ok: false, looksLike: "an iPhone HEIC photo, which we cannot read yet; export it as JPEG" });
  if (meta.width * meta.height > MAX_INPUT_PIXELS) throw tooManyPixels(meta.width * meta.height, MAX_INPUT_PIXELS);
  const text = await readPhotoText(meta);

  // Decode once (first frame of an animation), then encode every size from those pixels.
  // failOn "error" refuses truncated and corrupt data but tolerates the harmless warnings real cameras cause.
  let decoded: { data: Buffer; info: sharp.OutputInfo };
  try {
    decoded = await sharp(input, { failOn: "error", limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: "inside", withoutEnlargement: true })
      .toColourspace("srgb")
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw damaged(
      format,
      /premature|truncat|end of (file|stream|data)|unexpected end|short read|not enough data/i.test(String(error)),
    );
  }
  const { width, height, channels } = decoded.info;
  const transparent = channels === 4 && hasTransparency(decoded.data);
  const pixels = () => sharp(decoded.data, { raw: { width, height, channels } });
  // Photos become JPEG (libjpeg with optimised Huffman tables: mozjpeg's trellis saved ~10% but took 4x the CPU,
  // which the seed and benchmark newsrooms pay per photo); only a picture that really uses transparency (a cut-out, a logo) keeps it, as WebP.
  const encode = (w: number) => encodeRendition(w < width ? pixels().resize({ width: w }) : pixels(), transparent);
  const main = await encode(width);
  const variants = [];
  for (const w of VARIANT_WIDTHS) if (w < width) variants.push(await encode(w));
  return { format, main, variants, text };
}

/** A reader size made later from a photo this module stored (upright, sRGB, no metadata): for a size added to
 * VARIANT_WIDTHS after the photo was uploaded (lib/media/add-sizes.ts). */
export function resizeStored(stored: Buffer, mimeType: string, width: number): Promise<Rendition> {
  return encodeRendition(sharp(stored, { failOn: "error" }).resize({ width }), mimeType === "image/webp");
}

async function encodeRendition(img: sharp.Sharp, transparent: boolean): Promise<Rendition> {
  const out = transparent
    ? await img.webp({ quality: 85, alphaQuality: 90 }).toBuffer({ resolveWithObject: true })
    : await img
        .removeAlpha()
        .jpeg({ quality: 82, progressive: true, optimiseCoding: true })
        .toBuffer({ resolveWithObject: true });
  return {
    width: out.info.width,
    height: out.info.height,
    data: out.data,
    ...(transparent ? { mimeType: "image/webp", ext: "webp" } : { mimeType: "image/jpeg", ext: "jpg" }),
  };
}

function hasTransparency(rgba: Buffer): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i]! < 255) return true;
  return false;
}

export { PhotoRejectedError };
