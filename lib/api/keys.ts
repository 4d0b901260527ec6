import { createHash, randomBytes } from "node:crypto";

/** Content API keys: `mh_live_` and 32 random characters; only their SHA-256 is stored (db/schema/api-keys.ts). */
const PREFIX = "mh_live_";

export function newApiKey(): { key: string; prefix: string; hash: string } {
  const key = `${PREFIX}${randomBytes(24).toString("base64url")}`;
  return { key, prefix: key.slice(0, PREFIX.length + 6), hash: hashApiKey(key) };
}

/** A key's hash: the lookup is by hash, so comparing it takes no time that depends on the key. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("base64url");
}

/** The key in `Authorization: Bearer …`, when it has our shape. */
export function bearerKey(header: string | null): string | null {
  const match = /^Bearer ([\w-]{8,100})$/.exec(header?.trim() ?? "");
  return match && match[1]!.startsWith(PREFIX) ? match[1]! : null;
}
