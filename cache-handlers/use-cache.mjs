// The "use cache" handler (next.config.ts `cacheHandlers`) when REDIS_URL is set: entries and tag expiry live in
// Redis, so revalidateTag() on one instance expires the entry for every instance.
import { createRedisDataCacheHandler } from "@mrjasonroy/cache-components-cache-handler";
import { keyPrefix, redisClient } from "./redis-client.mjs";

/** Adapts node-redis to the small client interface the package's handler calls (it ships an ioredis one). */
function adapter() {
  const call =
    (name, run) =>
    async (...args) => {
      const client = await redisClient();
      try {
        return await run(client, ...args);
      } catch (error) {
        // The package swallows failures (a miss, or a lost tag expiry); say so in the logs.
        console.error(`cache: Redis ${name} failed:`, error?.message ?? error);
        throw error;
      }
    };
  return {
    get: call("GET", (c, key) => c.get(key)),
    // An entry that expires at once (cacheLife expire 0) is dynamic: like Next.js's own handler, do not store it.
    set: call("SET", (c, key, value, flag, ttl) =>
      flag === "EX" && !(ttl > 0) ? null : c.set(key, value, flag === "EX" ? { EX: ttl } : undefined),
    ),
    del: call("DEL", (c, ...keys) => c.del(keys)),
    exists: call("EXISTS", (c, ...keys) => c.exists(keys)),
    ttl: call("TTL", (c, key) => c.ttl(key)),
    hGet: call("HGET", (c, key, field) => c.hGet(key, field)),
    hSet: call("HSET", (c, key, field, value) => c.hSet(key, field, value)),
    hGetAll: call("HGETALL", (c, key) => c.hGetAll(key)),
  };
}

export default createRedisDataCacheHandler({
  redis: adapter(),
  keyPrefix: `${keyPrefix}use-cache:`,
  tagPrefix: `${keyPrefix}use-cache-tags:`,
});
