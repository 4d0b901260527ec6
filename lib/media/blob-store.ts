import "server-only";
import fs from "node:fs/promises";
import path from "node:path";

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

/** The configured store: a local folder (MEDIA_DIR) by default. */
export function blobStore(): BlobStore {
  return localStore(mediaDir());
}
