import "server-only";
import type { Database } from "../client";
import { and, eq, isNull, lt, ne, sql } from "drizzle-orm";
import { sessions } from "../schema";
import { recordAudit } from "./audit";

/** Opens a session row at sign-in; the cookie carries only its id. */
export async function createSession(
  db: Database,
  s: {
    userId: string;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
    method?: "password" | "sso";
  },
): Promise<string> {
  const [row] = await db
    .insert(sessions)
    .values({
      userId: s.userId,
      expiresAt: s.expiresAt,
      ip: s.ip?.slice(0, 64) ?? null,
      userAgent: s.userAgent?.slice(0, 300) ?? null,
      method: s.method ?? "password",
    })
    .returning({ id: sessions.id });
  return row!.id;
}

/** Marks a session as seen; only when the mark is older than a minute, so a busy desk does not write on every request. */
export async function touchSession(db: Database, id: string, now = new Date()): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.id, id), lt(sessions.lastSeenAt, new Date(now.getTime() - 60_000))));
}

/** Ends one session; `userId` scopes it, so nobody can end a session of another person by guessing an id. */
export async function revokeSession(
  db: Database,
  id: string,
  userId: string,
  actorId: string | null,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const ended = await tx
      .update(sessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(sessions.id, id), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    if (ended.length)
      await recordAudit(tx, {
        actorId,
        action: "session.end",
        entityType: "user",
        entityId: userId,
        detail: { session: id },
      });
    return ended.length > 0;
  });
}

/** Ends every session of a person, except `keep` when given. */
export async function revokeUserSessions(
  db: Database,
  userId: string,
  actorId: string | null,
  keep?: string,
): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await tx
      .update(sessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), ...(keep ? [ne(sessions.id, keep)] : [])))
      .returning({ id: sessions.id });
    if (ended.length)
      await recordAudit(tx, {
        actorId,
        action: "session.end_all",
        entityType: "user",
        entityId: userId,
        detail: { count: ended.length },
      });
    return ended.length;
  });
}
