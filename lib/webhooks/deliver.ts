import "server-only";
import { after } from "next/server";
import type { Database } from "@/db/client";
import { writer } from "@/db/mutations/writer";
import { claimDueDeliveries, recordAttempt } from "@/db/mutations/webhooks";
import { webhookAddressProblem } from "./address";
import { signWebhook } from "./sign";

const TIMEOUT_MS = 10_000;

/**
 * Sends what is due in the webhook outbox (called by every instance's scheduler tick; each delivery is claimed by
 * one). A 2xx is delivered; anything else, a timeout or a redirect is a failure to retry later.
 */
export async function deliverDueWebhooks(
  db: Database,
  options: { now?: () => Date; limit?: number } = {},
): Promise<Record<string, number>> {
  const now = options.now ?? (() => new Date());
  const counts: Record<string, number> = {};
  for (const d of await claimDueDeliveries(db, options.limit ?? 20)) {
    const body = JSON.stringify(d.payload);
    const started = performance.now();
    let status: number | null = null;
    let error: string | null = null;
    try {
      const refused = await webhookAddressProblem(d.url);
      if (refused) throw new Error(refused);
      const timestamp = Math.floor(now().getTime() / 1000);
      const res = await fetch(d.url, {
        method: "POST",
        redirect: "manual",
        signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: {
          "content-type": "application/json",
          "user-agent": "Masthead-Webhooks/1",
          "webhook-id": d.id,
          "webhook-timestamp": String(timestamp),
          "webhook-signature": signWebhook(d.secret, d.id, timestamp, body),
        },
        body,
      });
      status = res.status;
      await res.body?.cancel();
    } catch (e) {
      error =
        e instanceof Error
          ? e.name === "TimeoutError"
            ? `no answer within ${TIMEOUT_MS / 1000} s`
            : e.message
          : String(e);
    }
    const result = await recordAttempt(db, d, { status, error, ms: Math.round(performance.now() - started) }, now());
    counts[result] = (counts[result] ?? 0) + 1;
  }
  return counts;
}

/**
 * After a move's response has gone out: send what it queued at once, rather than at the next scheduler tick
 * (which still catches anything this misses, on any instance). The editor's click never waits on a receiver.
 */
export function sendWebhooksSoon(): void {
  const send = async () => {
    try {
      await deliverDueWebhooks(await writer());
    } catch (error) {
      console.error("Webhooks could not be sent after the move:", error);
    }
  };
  try {
    after(send);
  } catch {
    // Outside a request (a script, a test): the scheduler's tick sends them.
  }
}
