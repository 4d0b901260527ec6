import "server-only";
import { isUuid } from "@/lib/content/uuid";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "../index";
import { auditEvents, stories, users } from "../schema";

// The audit log page: events, filtered, and the filters' choices.

export type AuditRow = {
  id: number;
  at: Date;
  action: string;
  actorName: string | null;
  entityId: string | null;
  storyHeadline: string | null;
  detail: Record<string, unknown> | null;
};

/** The audit log, newest first, filtered by story, person and kind (an action prefix such as "story.publish"). */
export async function listAuditEvents(filter: {
  storyId?: string;
  actorId?: string;
  action?: string;
  limit?: number;
  offset?: number;
}): Promise<AuditRow[]> {
  const db = await getDb();
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      actorName: users.name,
      entityId: auditEvents.entityId,
      storyHeadline: sql<string | null>`${stories.working}->>'headline'`,
      detail: auditEvents.detail,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .leftJoin(stories, and(eq(auditEvents.entityType, "story"), eq(sql`${stories.id}::text`, auditEvents.entityId)))
    .where(
      and(
        filter.storyId && isUuid(filter.storyId)
          ? and(eq(auditEvents.entityType, "story"), eq(auditEvents.entityId, filter.storyId))
          : undefined,
        filter.actorId && isUuid(filter.actorId) ? eq(auditEvents.actorId, filter.actorId) : undefined,
        filter.action ? eq(auditEvents.action, filter.action) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(filter.limit ?? 100)
    .offset(filter.offset ?? 0);
}

export async function listAuditFilters(): Promise<{ actions: string[]; people: { id: string; name: string }[] }> {
  const db = await getDb();
  const [actions, people] = await Promise.all([
    db.selectDistinct({ action: auditEvents.action }).from(auditEvents).orderBy(asc(auditEvents.action)),
    db.select({ id: users.id, name: users.name }).from(users).orderBy(asc(users.name)),
  ]);
  return { actions: actions.map((a) => a.action), people };
}
