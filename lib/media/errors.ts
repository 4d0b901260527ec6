import { ACCEPTED_LABEL, formatMegabytes, tooLargeMessage } from "./limits";
import type { PhotoFormat, Sniffed } from "./sniff";

/** A refused upload. The message is for the person who picked the file: plain words, what to do next. */
export class PhotoRejectedError extends Error {
  constructor(
    message: string,
    readonly status: 413 | 415 | 422 = 422,
  ) {
    super(message);
    this.name = "PhotoRejectedError";
  }
}

export const tooLarge = (bytes: number | null) => new PhotoRejectedError(tooLargeMessage(bytes), 413);

export function notAPhoto(sniffed: Extract<Sniffed, { ok: false }>): PhotoRejectedError {
  if (sniffed.svg) {
    return new PhotoRejectedError(
      "SVG drawings are not accepted, because an SVG file can carry script. Export it as a PNG and upload that.",
      415,
    );
  }
  const what = sniffed.looksLike ? ` (it looks like ${sniffed.looksLike})` : "";
  return new PhotoRejectedError(`This file is not a photo${what}. Upload a ${ACCEPTED_LABEL} photo.`, 415);
}

const FORMAT_NAMES: Record<PhotoFormat, string> = { jpeg: "JPEG", png: "PNG", webp: "WebP", avif: "AVIF", gif: "GIF" };

export function damaged(format: PhotoFormat, truncated: boolean): PhotoRejectedError {
  const why = truncated ? `truncated ${FORMAT_NAMES[format]}` : `the ${FORMAT_NAMES[format]} data cannot be read`;
  return new PhotoRejectedError(
    `This photo is damaged or incomplete (${why}). Export or download it again, then upload the new copy.`,
  );
}

export function tooManyPixels(pixels: number, limit: number): PhotoRejectedError {
  const mp = (n: number) => Math.round(n / 1_000_000);
  return new PhotoRejectedError(
    `This photo is too big to process: ${mp(pixels)} megapixels, over the pixel limit of ${mp(limit)}. Export a smaller copy.`,
    413,
  );
}

/** bytes null: a compressed block we stopped inflating at the limit. */
export function tooMuchMetadata(bytes: number | null, limit: number): PhotoRejectedError {
  const max = `${Math.round(limit / (1024 * 1024))} MB`;
  const carried = bytes === null ? `more than ${max}` : formatMegabytes(bytes);
  const what = `This photo carries ${carried} of embedded metadata; the limit is ${max}.`;
  return new PhotoRejectedError(`${what} Export it again without metadata.`, 413);
}
