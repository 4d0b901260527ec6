import "server-only";
import { pingDatabase } from "@/db/queries/health";
import { pingRedis } from "./redis";
import { processSlot } from "@/db/process-state";

export type Check = { ok: boolean; error?: string };
export type Readiness = { ok: boolean };

const TIMEOUT_MS = 2_000;

async function check(run: () => Promise<void>): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      run(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("timed out")), TIMEOUT_MS);
      }),
    ]);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether this instance can serve: the database answers and, when REDIS_URL is set, Redis too; never while draining.
 * Anyone may ask, so the answer is only yes or no; why not goes to the log (driver errors name hosts and users).
 */
export async function readiness(): Promise<Readiness> {
  const checks: Record<string, Check> = { database: await check(pingDatabase) };
  const redisUrl = process.env.REDIS_URL;
  if (redisUrl) checks.redis = await check(() => pingRedis(redisUrl));
  if (isDraining()) checks.shutdown = { ok: false, error: "shutting down" };
  const ok = Object.values(checks).every((c) => c.ok);
  if (!ok) console.error(JSON.stringify({ level: "error", msg: "not ready", checks }));
  return { ok };
}

/** Set by the server (scripts/server.mjs) on SIGTERM, so load balancers stop sending new requests. */
export function isDraining(): boolean {
  return processSlot("draining").get() === true;
}
