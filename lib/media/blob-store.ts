import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { s3SettingsFromEnv, s3Store } from "./s3-store";
import { processSlot } from "@/db/process-state";

/** Where photo files live: one interface, so originals and reader sizes can move to shared storage. */
export type BlobStore = {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The file, or null for a missing key or one that tries to leave the store. */
  get(key: string): Promise<Buffer | null>;
};

export function mediaDir(): string {
  // Resolved at run time from the environment; the ignore comment keeps the build from tracing the whole project.
  return path.resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR ?? path.join(process.cwd(), ".data", "media"));
}

function localStore(root: string): BlobStore {
  const resolve = (key: string) => {
    const file = path.resolve(/*turbopackIgnore: true*/ root, key);
    return file.startsWith(root + path.sep) ? file : null;
  };
  return {
    async put(key, data) {
      const file = resolve(key);
      if (!file) throw new Error(`Invalid media key: ${key}`);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, data);
    },
    async get(key) {
      const file = resolve(key);
      if (!file) return null;
      try {
        return await fs.readFile(/*turbopackIgnore: true*/ file);
      } catch {
        return null;
      }
    },
  };
}

const s3 = processSlot<{ signature: string; store: BlobStore }>("s3Store");

/**
 * The configured store: an S3-compatible bucket when MEDIA_S3_BUCKET is set (every instance sees the same files),
 * else a local folder (MEDIA_DIR). One S3 client per process and settings.
 */
export function blobStore(): BlobStore {
  const settings = s3SettingsFromEnv();
  if (!settings) return localStore(mediaDir());
  const signature = JSON.stringify(settings);
  let current = s3.get();
  if (current?.signature !== signature) s3.set((current = { signature, store: s3Store(settings) }));
  return current.store;
}
