// The incremental (route) cache handler (next.config.ts `cacheHandler`) when REDIS_URL is set: rendered pages,
// route handler responses and their tags live in Redis, keyed by build, shared by every instance.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { buildId, keyPrefix, redisClient } from "./redis-client.mjs";

CacheHandler.onCreation(async () => ({
  handlers: [createRedisHandler({ client: await redisClient(), keyPrefix: `${keyPrefix}route:${buildId()}:`, timeoutMs: 2_000 })],
}));

export default CacheHandler;
