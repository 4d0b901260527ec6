import "server-only";
import { randomUUID } from "node:crypto";
import { and, arrayContains, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { sections, stories, webhookAttempts, webhookDeliveries, webhookEndpoints } from "../schema";
import type { StoryEvent } from "@/lib/story/events";
import { recordAudit } from "./audit";
import { siteLink } from "./notify";

/** Waits before each retry (Standard Webhooks' suggested schedule); after the last, a delivery has failed. */
export const RETRY_WAITS_S = [5, 300, 1800, 7200, 18000, 36000, 36000];
/** A day of failures in a row pauses an endpoint, and the admins see it on the desk. */
export const PAUSE_AFTER_MS = 24 * 3600 * 1000;
/** How long a claimed delivery is held by the instance sending it (longer than the send's timeout). */
const LEASE_S = 60;

/**
 * In the transaction of the move that makes the event: one delivery per endpoint that listens, with what the
 * story is now (its public address, headline, times).
 */
export async function queueStoryEvent(tx: Database, event: StoryEvent, storyId: string) {
  const endpoints = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(isNull(webhookEndpoints.pausedAt), arrayContains(webhookEndpoints.events, [event])));
  if (!endpoints.length) return 0;
  const [s] = await tx
    .select({
      slug: stories.slug,
      headline: stories.headline,
      language: stories.language,
      section: sections.slug,
      publishedAt: stories.publishedAt,
      updatedAt: stories.contentUpdatedAt,
      status: stories.status,
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(eq(stories.id, storyId));
  const live = s!.status === "published";
  const payload = {
    type: event,
    timestamp: new Date().toISOString(),
    data: {
      id: storyId,
      slug: live ? s!.slug : null,
      url: live ? siteLink(`/${s!.section}/${s!.slug}`) : null,
      headline: s!.headline,
      language: s!.language,
      section: s!.section,
      published_at: s!.publishedAt?.toISOString() ?? null,
      updated_at: s!.updatedAt?.toISOString() ?? null,
    },
  };
  await tx
    .insert(webhookDeliveries)
    .values(endpoints.map((e) => ({ id: `msg_${randomUUID()}`, endpointId: e.id, event, payload })));
  return endpoints.length;
}

export type ClaimedDelivery = {
  id: string;
  url: string;
  secret: string;
  payload: Record<string, unknown>;
  attempts: number;
  endpointId: string;
};

/**
 * Takes due deliveries for this instance: one UPDATE over rows locked with SKIP LOCKED, each pushed a lease
 * into the future, so with several instances every delivery is sent by one of them.
 */
export async function claimDueDeliveries(db: Database, limit = 20): Promise<ClaimedDelivery[]> {
  const result = await db.execute(sql`
    update webhook_deliveries d set next_attempt_at = now() + make_interval(secs => ${LEASE_S})
    from webhook_endpoints e
    where e.id = d.endpoint_id and d.id in (
      select d2.id from webhook_deliveries d2 join webhook_endpoints e2 on e2.id = d2.endpoint_id
      where d2.status = 'pending' and d2.next_attempt_at <= now() and e2.paused_at is null
      order by d2.next_attempt_at, d2.id limit ${limit}
      for update of d2 skip locked)
    returning d.id, e.url, e.secret, d.payload, d.attempts, d.endpoint_id as "endpointId"`);
  return (result as unknown as { rows: ClaimedDelivery[] }).rows;
}

/** What one try came to: the log line, then delivered, or the next try, or failed; a day of failures pauses. */
export async function recordAttempt(
  db: Database,
  d: ClaimedDelivery,
  outcome: { status: number | null; error: string | null; ms: number },
  now = new Date(),
): Promise<"delivered" | "retry" | "failed" | "paused"> {
  const ok = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
  return db.transaction(async (tx) => {
    await tx.insert(webhookAttempts).values({ deliveryId: d.id, at: now, ...outcome });
    const attempts = d.attempts + 1;
    const common = { attempts, lastStatus: outcome.status, lastError: outcome.error?.slice(0, 500) ?? null };
    if (ok) {
      await tx
        .update(webhookDeliveries)
        .set({ ...common, status: "delivered", deliveredAt: now })
        .where(eq(webhookDeliveries.id, d.id));
      await tx.update(webhookEndpoints).set({ failingSince: null }).where(eq(webhookEndpoints.id, d.endpointId));
      return "delivered";
    }
    const wait = RETRY_WAITS_S[attempts - 1];
    await tx
      .update(webhookDeliveries)
      .set({
        ...common,
        ...(wait === undefined ? { status: "failed" } : { nextAttemptAt: new Date(now.getTime() + wait * 1000) }),
      })
      .where(eq(webhookDeliveries.id, d.id));
    const [e] = await tx
      .update(webhookEndpoints)
      .set({ failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${now})` })
      .where(eq(webhookEndpoints.id, d.endpointId))
      .returning({ failingSince: webhookEndpoints.failingSince, pausedAt: webhookEndpoints.pausedAt });
    if (e && !e.pausedAt && e.failingSince && now.getTime() - e.failingSince.getTime() >= PAUSE_AFTER_MS) {
      await tx
        .update(webhookEndpoints)
        .set({ pausedAt: now, pausedReason: "It failed every delivery for a day." })
        .where(eq(webhookEndpoints.id, d.endpointId));
      await recordAudit(tx, { actorId: null, action: "webhook.paused", entityType: "webhook", entityId: d.endpointId });
      return "paused";
    }
    return wait === undefined ? "failed" : "retry";
  });
}

export async function createEndpoint(
  db: Database,
  input: { url: string; description: string; events: StoryEvent[]; secret: string },
  actorId: string,
): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({ ...input, createdBy: actorId })
      .returning({ id: webhookEndpoints.id });
    await recordAudit(tx, {
      actorId,
      action: "webhook.create",
      entityType: "webhook",
      entityId: row!.id,
      detail: { url: input.url, events: input.events },
    });
    return row!.id;
  });
}

/** Pause or resume; resuming starts the failure clock again and sends what waited at once. */
export async function setEndpointPaused(db: Database, id: string, paused: boolean, actorId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookEndpoints)
      .set(
        paused
          ? { pausedAt: sql`now()`, pausedReason: "Paused by an admin." }
          : { pausedAt: null, pausedReason: null, failingSince: null },
      )
      .where(eq(webhookEndpoints.id, id))
      .returning({ id: webhookEndpoints.id });
    if (!row) return false;
    if (!paused)
      await tx
        .update(webhookDeliveries)
        .set({ nextAttemptAt: sql`now()` })
        .where(and(eq(webhookDeliveries.endpointId, id), eq(webhookDeliveries.status, "pending")));
    await recordAudit(tx, {
      actorId,
      action: paused ? "webhook.pause" : "webhook.resume",
      entityType: "webhook",
      entityId: id,
    });
    return true;
  });
}

export async function deleteEndpoint(db: Database, id: string, actorId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(webhookEndpoints)
      .where(eq(webhookEndpoints.id, id))
      .returning({ url: webhookEndpoints.url });
    if (row)
      await recordAudit(tx, { actorId, action: "webhook.delete", entityType: "webhook", entityId: id, detail: row });
    return !!row;
  });
}

/** "Send again": the delivery goes back in the queue, due now, with its tries counted from zero. */
export async function resendDelivery(db: Database, id: string, actorId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookDeliveries)
      .set({ status: "pending", nextAttemptAt: sql`now()`, attempts: 0 })
      .where(eq(webhookDeliveries.id, id))
      .returning({ endpointId: webhookDeliveries.endpointId });
    if (row)
      await recordAudit(tx, {
        actorId,
        action: "webhook.resend",
        entityType: "webhook",
        entityId: row.endpointId,
        detail: { delivery: id },
      });
    return !!row;
  });
}
