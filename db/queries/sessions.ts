import "server-only";
import { isUuid } from "@/lib/content/uuid";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "../index";
import { sessions } from "../schema";

export type SessionSummary = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
  method: string;
};

const columns = {
  id: sessions.id,
  createdAt: sessions.createdAt,
  lastSeenAt: sessions.lastSeenAt,
  expiresAt: sessions.expiresAt,
  ip: sessions.ip,
  userAgent: sessions.userAgent,
  method: sessions.method,
};

/** A live session of this user: not revoked, before its absolute end, and seen within the idle limit. */
export async function getLiveSession(
  id: string,
  userId: string,
  idleMs: number,
  now = new Date(),
): Promise<SessionSummary | null> {
  if (!isUuid(id)) return null;
  const db = await getDb();
  const [row] = await db
    .select(columns)
    .from(sessions)
    .where(
      and(
        eq(sessions.id, id),
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, new Date(now.getTime() - idleMs)),
      ),
    );
  return row ?? null;
}

/** A person's live sessions, most recently used first (for the account and staff pages). */
export async function listLiveSessions(userId: string, idleMs: number, now = new Date()): Promise<SessionSummary[]> {
  const db = await getDb();
  return db
    .select(columns)
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, new Date(now.getTime() - idleMs)),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt))
    .limit(50);
}
