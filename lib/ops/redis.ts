import "server-only";
import { createClient } from "redis";
import { onShutdown, processSlot } from "@/db/process-state";

type Client = ReturnType<typeof createClient>;
const ops = processSlot<Promise<Client>>("opsRedis");

/** One small Redis connection per process for readiness checks (the cache handlers keep their own). */
function opsClient(url: string): Promise<Client> {
  const existing = ops.get();
  if (existing) return existing;
  const pending = (async () => {
    // No reconnect loop: a check that fails answers "not ready", and the next check connects again.
    const client = createClient({ url, socket: { connectTimeout: 1_000, reconnectStrategy: false } });
    client.on("error", () => {});
    await client.connect();
    return client;
  })().catch((error) => {
    ops.set(undefined);
    throw error;
  });
  ops.set(pending);
  onShutdown(() => pending.then((c) => c.close()).catch(() => {}));
  return pending;
}

/** PING with a deadline; throws when Redis does not answer in time. */
export async function pingRedis(url: string, timeoutMs = 1_000): Promise<void> {
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error("Redis did not answer in time")), timeoutMs).unref(),
  );
  try {
    const client = await Promise.race([opsClient(url), timeout]);
    await Promise.race([client.ping(), timeout]);
  } catch (error) {
    const stale = ops.get();
    ops.set(undefined);
    stale?.then((c) => c.destroy()).catch(() => {});
    throw error;
  }
}
