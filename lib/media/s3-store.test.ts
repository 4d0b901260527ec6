import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startS3 } from "@/test/s3";
import { blobStore, mediaDir } from "./blob-store";
import { isSafeKey, s3SettingsFromEnv, s3Store } from "./s3-store";
import { readStoredFile, storeImage } from "./storage";

// The S3 driver against a real S3-compatible server (s3rver) this file starts and stops.
let s3: Awaited<ReturnType<typeof startS3>>;
beforeAll(async () => {
  s3 = await startS3();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await s3?.stop();
});

function useS3Env(extra: Record<string, string> = {}) {
  for (const [k, v] of Object.entries({ ...s3.env, ...extra })) vi.stubEnv(k, v);
}

describe("photo storage in an S3-compatible bucket", () => {
  it("stores and reads back bytes under the key, and misses cleanly", async () => {
    const store = s3Store(s3SettingsFromEnv(s3.env)!);
    const data = Buffer.from("not really a jpeg, but bytes are bytes");
    await store.put("2026/11/test-abc.jpg", data, "image/jpeg");
    expect(await store.get("2026/11/test-abc.jpg")).toEqual(data);
    expect(await store.get("2026/11/missing.jpg")).toBeNull();
    // The object is really in the server's bucket folder, not only in some client cache.
    const files = fs.readdirSync(s3.directory, { recursive: true }).map(String);
    expect(files.some((f) => f.includes("test-abc.jpg"))).toBe(true);
  });

  it("keeps keys inside the bucket prefix", async () => {
    const store = s3Store(s3SettingsFromEnv({ ...s3.env, MEDIA_S3_PREFIX: "/newsroom/" })!);
    await store.put("a/b.jpg", Buffer.from("x"), "image/jpeg");
    expect(await s3Store(s3SettingsFromEnv(s3.env)!).get("newsroom/a/b.jpg")).toEqual(Buffer.from("x"));
    for (const bad of ["../b.jpg", "a/../../b.jpg", "/etc/passwd", "a//b", "a\\b", ""]) {
      expect(isSafeKey(bad), bad).toBe(false);
      expect(await store.get(bad)).toBeNull();
      await expect(store.put(bad, Buffer.from("x"), "image/jpeg")).rejects.toThrow(/Invalid media key/);
    }
  });

  it("is what blobStore() uses when MEDIA_S3_BUCKET is set: an uploaded photo lands in the bucket, not on disk", async () => {
    useS3Env();
    try {
      const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#884422" } })
        .png()
        .toBuffer();
      const stored = await storeImage(png, "s3 upload");
      expect(fs.existsSync(path.join(mediaDir(), stored.storageKey))).toBe(false);
      const file = await readStoredFile(stored.storageKey);
      expect(file?.length).toBe(stored.bytes);
      expect((await sharp(file!).metadata()).width).toBe(640);
      // Another process (a new client with the same settings) sees the same file.
      expect(await s3Store(s3SettingsFromEnv(s3.env)!).get(stored.storageKey)).toEqual(file);
    } finally {
      vi.unstubAllEnvs();
    }
    // Without the setting, the local folder again: the bucket's key is not there.
    expect(s3SettingsFromEnv()).toBeNull();
    expect(await blobStore().get("2026/11/test-abc.jpg")).toBeNull();
  });

  it("reports an unreachable store as an error, not as a missing photo", async () => {
    const store = s3Store(s3SettingsFromEnv({ ...s3.env, MEDIA_S3_ENDPOINT: "http://127.0.0.1:9" })!);
    await expect(store.get("2026/11/test-abc.jpg")).rejects.toThrow();
  });
});
