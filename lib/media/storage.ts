import "server-only";
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { blobStore } from "./blob-store";

export { mediaDir } from "./blob-store";

export type StoredImage = { storageKey: string; mimeType: string; width: number; height: number; bytes: number };

const MAX_EDGE = 2400;
const MAX_INPUT_PIXELS = 40_000_000;
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp"]);

export class UnsupportedImageError extends Error {
  constructor(format: string | undefined) {
    super(`Upload a JPEG, PNG or WebP photo${format ? ` (this file is ${format.toUpperCase()})` : ""}.`);
    this.name = "UnsupportedImageError";
  }
}

/**
 * Normalises an uploaded image with sharp (orientation applied, metadata stripped, long edge capped)
 * and stores it under a fresh key. Throws on anything sharp cannot read as an image.
 */
export async function storeImage(input: Buffer, hint = "photo"): Promise<StoredImage> {
  // Photos only, and no decompression bombs: a small file may not unpack into a huge bitmap.
  const source = sharp(input, { failOn: "warning", limitInputPixels: MAX_INPUT_PIXELS });
  const { format } = await source.metadata();
  if (!format || !ACCEPTED_FORMATS.has(format)) throw new UnsupportedImageError(format);
  const pipeline = source.rotate().resize({ width: MAX_EDGE, height: MAX_EDGE, fit: "inside", withoutEnlargement: true });
  const { data, info } = await pipeline.jpeg({ quality: 84, mozjpeg: true }).toBuffer({ resolveWithObject: true });
  const safeHint = hint.toLowerCase().replace(/[^a-z0-9-]+/g, "-").slice(0, 40) || "photo";
  const now = new Date();
  const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${safeHint}-${randomUUID().slice(0, 8)}.jpg`;
  await blobStore().put(storageKey, data, "image/jpeg");
  return { storageKey, mimeType: "image/jpeg", width: info.width, height: info.height, bytes: data.length };
}

/** Reads a stored file; null for a missing file or a key that tries to leave the store. */
export function readStoredFile(storageKey: string): Promise<Buffer | null> {
  return blobStore().get(storageKey);
}
