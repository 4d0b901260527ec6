import "server-only";
import { createClient } from "redis";

type Client = ReturnType<typeof createClient>;
const state = globalThis as unknown as { __mastheadOpsRedis?: Promise<Client> };

/** One small Redis connection per process for readiness checks (the cache handlers keep their own). */
function opsClient(url: string): Promise<Client> {
  state.__mastheadOpsRedis ??= (async () => {
    // No reconnect loop: a check that fails answers "not ready", and the next check connects again.
    const client = createClient({ url, socket: { connectTimeout: 1_000, reconnectStrategy: false } });
    client.on("error", () => {});
    await client.connect();
    return client;
  })().catch((error) => {
    state.__mastheadOpsRedis = undefined;
    throw error;
  });
  return state.__mastheadOpsRedis;
}

/** PING with a deadline; throws when Redis does not answer in time. */
export async function pingRedis(url: string, timeoutMs = 1_000): Promise<void> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("Redis did not answer in time")), timeoutMs).unref());
  try {
    const client = await Promise.race([opsClient(url), timeout]);
    await Promise.race([client.ping(), timeout]);
  } catch (error) {
    const stale = state.__mastheadOpsRedis;
    state.__mastheadOpsRedis = undefined;
    stale?.then((c) => c.destroy()).catch(() => {});
    throw error;
  }
}

/** Closes the readiness connection (graceful shutdown). */
export async function closeOpsRedis(): Promise<void> {
  const pending = state.__mastheadOpsRedis;
  state.__mastheadOpsRedis = undefined;
  if (pending) await pending.then((c) => c.close()).catch(() => {});
}
