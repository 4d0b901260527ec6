import "server-only";
import { randomUUID } from "node:crypto";
import type { MediaVariant, StoredImage } from "@/lib/content/stored-image";
import { blobStore } from "./blob-store";
import type { PhotoText } from "./photo-text";
import { processPhoto, type Rendition } from "./process";

export { mediaDir } from "./blob-store";
export { PhotoRejectedError } from "./errors";

/** What the media table needs about a stored photo and its reader sizes. */
export type { StoredImage };
export type StoredPhoto = StoredImage & { text: PhotoText };

/**
 * Checks, re-encodes and stores a photo with its reader sizes (lib/media/process.ts), under fresh keys that
 * carry a readable hint ("2026/11/council-meeting-1a2b3c4d-960w.jpg"). Throws PhotoRejectedError, storing
 * nothing, when the file is refused.
 */
export async function storePhoto(input: Buffer, hint = "photo"): Promise<StoredPhoto> {
  const photo = await processPhoto(input);
  const safeHint =
    hint
      .toLowerCase()
      .replace(/\.[a-z0-9]{2,5}$/, "")
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|(?<!-)-+$/g, "")
      .slice(0, 40) || "photo";
  const now = new Date();
  const base = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${safeHint}-${randomUUID().slice(0, 8)}`;
  const mainKey = `${base}.${photo.main.ext}`;
  const variants = await Promise.all(photo.variants.map((v) => storeRendition(v, variantKey(mainKey, v))));
  const main = await storeRendition(photo.main, mainKey);
  return {
    storageKey: main.key,
    mimeType: main.mimeType,
    width: main.width,
    height: main.height,
    bytes: main.bytes,
    variants,
    text: photo.text,
  };
}

/** A reader size's key beside its photo's: "2026/11/council-1a2b3c4d.jpg" gives "2026/11/council-1a2b3c4d-960w.jpg". */
export function variantKey(photoKey: string, size: Pick<Rendition, "width" | "ext">): string {
  return `${photoKey.replace(/\.[a-z0-9]+$/i, "")}-${size.width}w.${size.ext}`;
}

/** Stores one rendition under `key`; returns what the media table keeps of it. */
export async function storeRendition(r: Rendition, key: string): Promise<MediaVariant> {
  await blobStore().put(key, r.data, r.mimeType);
  return { width: r.width, height: r.height, key, mimeType: r.mimeType, bytes: r.data.length };
}

/** The same, for callers that keep their own words (the seed, author portraits). */
export async function storeImage(input: Buffer, hint = "photo"): Promise<StoredImage> {
  const { storageKey, mimeType, width, height, bytes, variants } = await storePhoto(input, hint);
  return { storageKey, mimeType, width, height, bytes, variants };
}

/** Reads a stored file; null for a missing file or a key that tries to leave the store. */
export function readStoredFile(storageKey: string): Promise<Buffer | null> {
  return blobStore().get(storageKey);
}
