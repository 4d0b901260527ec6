import "server-only";
import { count, desc, eq, isNotNull, sql } from "drizzle-orm";
import { getDb } from "../index";
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from "../schema";

/** The endpoints with their last day's deliveries, for the admins' page (secrets stay out). */
export async function listWebhookEndpoints() {
  const db = await getDb();
  return db
    .select({
      id: webhookEndpoints.id,
      url: webhookEndpoints.url,
      description: webhookEndpoints.description,
      events: webhookEndpoints.events,
      pausedAt: webhookEndpoints.pausedAt,
      pausedReason: webhookEndpoints.pausedReason,
      failingSince: webhookEndpoints.failingSince,
      // Spelled out: inside a one-table select drizzle would write the outer id unqualified, and "id" would be d's.
      pending: sql<number>`(select count(*)::int from webhook_deliveries d where d.endpoint_id = webhook_endpoints.id and d.status = 'pending')`,
    })
    .from(webhookEndpoints)
    .orderBy(desc(webhookEndpoints.createdAt));
}

export async function getWebhookEndpoint(id: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: webhookEndpoints.id,
      url: webhookEndpoints.url,
      description: webhookEndpoints.description,
      pausedAt: webhookEndpoints.pausedAt,
    })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.id, id));
  return row ?? null;
}

/** An endpoint's newest deliveries, each with its tries (status codes and errors), for the delivery log. */
export async function listWebhookDeliveries(endpointId: string, limit = 50) {
  const db = await getDb();
  const deliveries = await db
    .select({
      id: webhookDeliveries.id,
      event: webhookDeliveries.event,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      lastStatus: webhookDeliveries.lastStatus,
      lastError: webhookDeliveries.lastError,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      createdAt: webhookDeliveries.createdAt,
      headline: sql<string>`${webhookDeliveries.payload} -> 'data' ->> 'headline'`,
    })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.endpointId, endpointId))
    .orderBy(desc(webhookDeliveries.createdAt))
    .limit(limit);
  const tries = deliveries.length
    ? await db
        .select({
          deliveryId: webhookAttempts.deliveryId,
          at: webhookAttempts.at,
          status: webhookAttempts.status,
          error: webhookAttempts.error,
          ms: webhookAttempts.ms,
        })
        .from(webhookAttempts)
        .where(sql`${webhookAttempts.deliveryId} in ${deliveries.map((d) => d.id)}`)
        .orderBy(webhookAttempts.at)
    : [];
  return deliveries.map((d) => ({ ...d, tries: tries.filter((t) => t.deliveryId === d.id) }));
}

/** How many endpoints are paused: the admins see it at the top of every desk page. */
export async function countPausedEndpoints(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(webhookEndpoints).where(isNotNull(webhookEndpoints.pausedAt));
  return row?.n ?? 0;
}
