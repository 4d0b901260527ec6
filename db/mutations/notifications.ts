import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { notificationPrefs, notifications } from "../schema";
import { notificationKinds, type NotificationKind } from "@/lib/story/notifications";

/** Marks one of this person's own notifications read; false when it is not theirs or was read already. */
export async function markNotificationRead(db: Database, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}

export async function markAllNotificationsRead(db: Database, userId: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/** Saves a choice for every kind, so a later change of the defaults does not change what someone chose. */
export async function setEmailChoices(
  db: Database,
  userId: string,
  email: Record<NotificationKind, boolean>,
): Promise<void> {
  await db
    .insert(notificationPrefs)
    .values(notificationKinds.map((kind) => ({ userId, kind, email: email[kind] })))
    .onConflictDoUpdate({
      target: [notificationPrefs.userId, notificationPrefs.kind],
      set: { email: sql`excluded.email` },
    });
}
