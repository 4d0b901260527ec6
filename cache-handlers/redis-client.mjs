// The one Redis connection each server process uses for Next.js's caches (both handlers share it).
// Loaded by Next.js at run time from next.config.ts, outside the app bundle; hence plain JavaScript.
import fs from "node:fs";
import path from "node:path";
import { createClient } from "redis";

const KEY = Symbol.for("masthead.cache.redis");

/** Keys start with REDIS_KEY_PREFIX (default "masthead:"), so several sites or test runs can share one Redis. */
export const keyPrefix = process.env.REDIS_KEY_PREFIX ?? "masthead:";

/**
 * The build's id: pages rendered by one build are never served by another (their HTML names that build's
 * scripts). "use cache" keys already contain it; the route cache's keys get it here.
 */
export function buildId() {
  try {
    return fs.readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "dev";
  }
}

/**
 * The shared client, connected once. Commands fail at once while the connection is down (no offline queue), so
 * a Redis outage makes cache misses (pages render from the database) instead of hanging requests; the client
 * keeps reconnecting in the background, and /readyz reports the outage.
 * @returns {Promise<import("redis").RedisClientType>}
 */
export function redisClient() {
  const g = globalThis;
  if (!g[KEY]) {
    const client = createClient({
      url: process.env.REDIS_URL,
      disableOfflineQueue: true,
      socket: { connectTimeout: 2_000 },
    });
    let lastError = 0;
    client.on("error", (error) => {
      // One line per outage burst, not one per reconnect attempt.
      if (Date.now() - lastError > 10_000) console.error("cache: Redis connection error:", error?.message ?? error);
      lastError = Date.now();
    });
    g[KEY] = client.connect().then(
      () => client,
      (error) => {
        console.error(
          "cache: Redis is unreachable at start; serving without the shared cache until it is back:",
          error?.message ?? error,
        );
        return client;
      },
    );
    // scripts/server.mjs closes it on shutdown.
    (g.__mastheadOnShutdown ??= new Set()).add(async () => {
      if (client.isOpen) await client.close();
    });
  }
  return g[KEY];
}
