import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "../index";
import { notificationPrefs, notifications } from "../schema";
import { emailByDefault, notificationKinds, type NotificationKind } from "@/lib/story/notifications";

export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  storyId: string | null;
  text: string;
  read: boolean;
  createdAt: Date;
};

/** The header's number: this person's unread notifications. */
export async function countUnreadNotifications(userId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** This person's notifications, newest first. */
export async function listNotifications(userId: string, limit = 100): Promise<NotificationItem[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      storyId: notifications.storyId,
      text: notifications.text,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  return rows.map(({ readAt, ...r }) => ({ ...r, read: readAt !== null }));
}

/** Which kinds this person gets by email: their choice where they made one, else the default. */
export async function getEmailChoices(userId: string): Promise<Record<NotificationKind, boolean>> {
  const db = await getDb();
  const rows = await db
    .select({ kind: notificationPrefs.kind, email: notificationPrefs.email })
    .from(notificationPrefs)
    .where(eq(notificationPrefs.userId, userId));
  const chosen = new Map(rows.map((r) => [r.kind, r.email]));
  return Object.fromEntries(notificationKinds.map((k) => [k, chosen.get(k) ?? emailByDefault[k]])) as Record<
    NotificationKind,
    boolean
  >;
}
