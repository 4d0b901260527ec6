import "server-only";
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { BlobStore } from "./blob-store";

export type S3Settings = {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Key prefix inside the bucket ("" for none). */
  prefix: string;
  /** bucket in the path (http://host/bucket/key), as MinIO and s3rver want; AWS uses virtual hosts. */
  forcePathStyle: boolean;
};

/** S3 settings from MEDIA_S3_*; null when MEDIA_S3_BUCKET is not set (the local folder is used then). */
export function s3SettingsFromEnv(env: Record<string, string | undefined> = process.env): S3Settings | null {
  if (!env.MEDIA_S3_BUCKET) return null;
  const endpoint = env.MEDIA_S3_ENDPOINT || undefined;
  return {
    bucket: env.MEDIA_S3_BUCKET,
    endpoint,
    region: env.MEDIA_S3_REGION || "us-east-1",
    accessKeyId: env.MEDIA_S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.MEDIA_S3_SECRET_ACCESS_KEY || undefined,
    prefix: (env.MEDIA_S3_PREFIX ?? "").replace(/^\/+|(?<!\/)\/+$/g, "").replace(/(.)$/, "$1/"),
    // A custom endpoint is usually MinIO, Ceph or a test server: path style unless told otherwise.
    forcePathStyle: env.MEDIA_S3_FORCE_PATH_STYLE ? env.MEDIA_S3_FORCE_PATH_STYLE === "true" : Boolean(endpoint),
  };
}

/** A key stays inside the store: relative, no empty, "." or ".." segments, no backslashes. */
export function isSafeKey(key: string): boolean {
  return (
    key.length > 0 &&
    key.length <= 512 &&
    !key.includes("\\") &&
    key.split("/").every((s) => s !== "" && s !== "." && s !== "..")
  );
}

export function s3Store(settings: S3Settings): BlobStore {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials:
      settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined, // the SDK's default chain: environment, instance role, …
  });
  return {
    async put(key, data, contentType) {
      if (!isSafeKey(key)) throw new Error(`Invalid media key: ${key}`);
      await client.send(
        new PutObjectCommand({
          Bucket: settings.bucket,
          Key: settings.prefix + key,
          Body: data,
          ContentType: contentType,
          // Keys are never reused (a new upload gets a new key).
          CacheControl: "public, max-age=31536000, immutable",
        }),
      );
    },
    async get(key) {
      if (!isSafeKey(key)) return null;
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: settings.prefix + key }));
        return out.Body ? Buffer.from(await out.Body.transformToByteArray()) : null;
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") return null;
        throw error; // an unreachable store is an error, not a missing photo
      }
    },
  };
}
