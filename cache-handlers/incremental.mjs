// The incremental (route) cache handler (next.config.ts `cacheHandler`) when REDIS_URL is set: rendered pages,
// route handler responses and their tags live in Redis, keyed by build, shared by every instance.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { buildId, keyPrefix, redisClient } from "./redis-client.mjs";

const prefix = `${keyPrefix}route:${buildId()}:`;
// The package's own hash of tag revalidation times (it records only implicit path tags there).
const REVALIDATED_TAGS = `${prefix}__revalidated_tags__`;

CacheHandler.onCreation(async () => ({
  handlers: [createRedisHandler({ client: await redisClient(), keyPrefix: prefix, timeoutMs: 2_000 })],
}));

// When each key was last looked up by this process: a render starts with that lookup.
const lookedUpAt = new Map();

/**
 * Closes a race the package leaves open with several instances. It expires a tag by deleting the entries that
 * carry it, and stamps an entry with the time it was stored. A page whose render began before an edit and ended
 * after it (readers keep asking while the editor saves) was then stored as fresh with the old text, and served
 * until the next edit. Here every expired tag gets a time, and an entry is stamped with the time its render
 * began, so such a page counts as stale on its next lookup and is rendered again.
 */
export default class MastheadCacheHandler extends CacheHandler {
  async get(key, ctx) {
    if (lookedUpAt.size > 10_000) lookedUpAt.clear(); // bounded: a missing time only means the old behaviour
    lookedUpAt.set(key, Date.now());
    return super.get(key, ctx);
  }

  async set(key, value, ctx) {
    const startedAt = lookedUpAt.get(key);
    lookedUpAt.delete(key);
    return super.set(key, value, startedAt ? { ...ctx, internal_lastModified: startedAt } : ctx);
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length > 0) {
      const now = String(Date.now());
      try {
        await (await redisClient()).hSet(REVALIDATED_TAGS, Object.fromEntries(list.map((t) => [t, now])));
      } catch (error) {
        console.error("cache: recording expired tags failed:", error?.message ?? error);
      }
    }
    return super.revalidateTag(tags, durations);
  }
}
