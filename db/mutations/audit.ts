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

export async function recordAudit(db: Database, event: AuditInput): Promise<void> {
  await db.insert(auditEvents).values({ ...event, ip: event.ip ?? null });
}
