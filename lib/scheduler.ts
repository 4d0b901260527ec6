import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Scheduled publishing runs inside a request (cache tags can only be expired there), so every instance calls its
 * own /api/scheduler on a timer. Each due story is claimed by one conditional UPDATE, so N instances publish it
 * once. The call carries a token derived from AUTH_SECRET, which the route checks.
 */
export function schedulerToken(secret = process.env.AUTH_SECRET ?? ""): string {
  return createHmac("sha256", secret).update("masthead scheduler").digest("hex");
}

export function isSchedulerToken(value: string | null): boolean {
  const expected = Buffer.from(schedulerToken());
  const given = Buffer.from(value ?? "");
  return !!process.env.AUTH_SECRET && given.length === expected.length && timingSafeEqual(given, expected);
}

/** Starts the timer: the first run soon after start-up (stories due while the server was down), then every interval. */
export function startScheduler(): void {
  const everyMs = Math.max(1, Number(process.env.SCHEDULER_INTERVAL_SECONDS ?? 15)) * 1000;
  const tick = async () => {
    // Set by `next start` / `next dev` once the server listens.
    const origin = process.env.__NEXT_PRIVATE_ORIGIN;
    if (!origin) return;
    try {
      const res = await fetch(`${origin}/api/scheduler`, {
        method: "POST",
        headers: { "x-scheduler-token": schedulerToken() },
      });
      if (!res.ok) console.error(`Scheduled publishing: /api/scheduler answered ${res.status}`);
    } catch (error) {
      console.error("Scheduled publishing could not run:", error);
    }
  };
  setTimeout(tick, 2000).unref();
  setInterval(tick, everyMs).unref();
}
