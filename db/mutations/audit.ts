import "server-only";
import type { Database } from "../client";
import { auditEvents } from "../schema";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType?: string;
  entityId?: string;
  ip?: string | null;
  detail?: Record<string, unknown>;
};

/** One event, or many in one statement (an import audits a whole batch of stories). */
export async function recordAudit(db: Database, event: AuditInput | AuditInput[]): Promise<void> {
  const events = Array.isArray(event) ? event : [event];
  if (events.length) await db.insert(auditEvents).values(events.map((e) => ({ ...e, ip: e.ip ?? null })));
}
