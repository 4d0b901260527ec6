import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../client";
import { authors, notificationPrefs, notifications, sectionEditors, stories, users } from "../schema";
import { roleCan, roles, type Capability } from "@/lib/capabilities";
import {
  emailByDefault,
  notificationMailText,
  notificationText,
  type NotificationKind,
} from "@/lib/story/notifications";
import { enqueueMail } from "./mail-outbox";

export type NotifyEvent = {
  kind: NotificationKind;
  storyId: string;
  actorId: string | null;
  /** Who to tell, for the kinds whose people only the caller knows (assigned: the reporter; lockTaken: the writer). */
  recipients?: readonly string[];
  /** Shown under the line in the mail: the editor's note, the scheduler's reason. */
  note?: string;
};

type StoryFacts = { headline: string; createdBy: string | null; authorIds: string[]; sectionId: string | null };

const staffWith = (c: Capability) => roles.filter((r) => roleCan(r, c));

/**
 * Who hears of each kind. A submission goes to the editors of the story's section (Staff, "Sections they edit"), or,
 * when it has none, to everyone who may approve it (editors and admins); a schedule problem goes to the admins.
 */
const recipientsOf: Record<NotificationKind, (tx: Database, s: StoryFacts, e: NotifyEvent) => Promise<string[]>> = {
  async submitted(tx, s) {
    const approvers = await activeWithRoles(tx, staffWith("story.approve"));
    if (!s.sectionId || !approvers.length) return approvers;
    const own = await tx
      .select({ id: sectionEditors.userId })
      .from(sectionEditors)
      .where(and(eq(sectionEditors.sectionId, s.sectionId), inArray(sectionEditors.userId, approvers)));
    return own.length ? own.map((r) => r.id) : approvers;
  },
  returned: async (_tx, s) => (s.createdBy ? [s.createdBy] : []),
  async published(tx, s) {
    const ids = s.authorIds.length
      ? await tx.select({ id: authors.userId }).from(authors).where(inArray(authors.id, s.authorIds))
      : [];
    return [...ids.map((r) => r.id).filter((id): id is string => !!id), ...(s.createdBy ? [s.createdBy] : [])];
  },
  scheduleLate: (tx) => activeWithRoles(tx, staffWith("staff.manage")),
  scheduleFailed: (tx) => activeWithRoles(tx, staffWith("staff.manage")),
  assigned: async (_tx, _s, e) => [...(e.recipients ?? [])],
  lockTaken: async (_tx, _s, e) => [...(e.recipients ?? [])],
};

async function activeWithRoles(tx: Database, r: (typeof roles)[number][]): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, r)));
  return rows.map((u) => u.id);
}

const joined = (base: string, path: string) => `${base.replace(/(?<!\/)\/+$/, "")}${path}`;

/** The desk's address for a link in a mail: the desk's own host when it has one (DESK_URL), else the site's. */
export function deskLink(path: string): string {
  return joined(process.env.DESK_URL || process.env.SITE_URL || "http://localhost:3000", path);
}

/** A reader page's public address (SITE_URL), for what leaves the newsroom: mails, webhooks. */
export function siteLink(path: string): string {
  return joined(process.env.SITE_URL || "http://localhost:3000", path);
}

/**
 * Tells the people of an event: a notification each, and a mail for those who want this kind by email. Pass the
 * transaction of the change it tells about, so both are written with it or not at all. Never tells the actor.
 * Returns how many people were told.
 */
export async function notify(tx: Database, e: NotifyEvent): Promise<number> {
  const [s] = await tx
    .select({ working: stories.working, createdBy: stories.createdBy })
    .from(stories)
    .where(eq(stories.id, e.storyId));
  if (!s) return 0;
  const facts = {
    headline: s.working.headline,
    createdBy: s.createdBy,
    authorIds: s.working.authorIds ?? [],
    sectionId: s.working.sectionId || null,
  };
  const wanted = new Set(await recipientsOf[e.kind](tx, facts, e));
  if (e.actorId) wanted.delete(e.actorId);
  if (!wanted.size) return 0;
  const people = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(inArray(users.id, [...wanted]), eq(users.active, true)));
  if (!people.length) return 0;
  const [actor] = e.actorId ? await tx.select({ name: users.name }).from(users).where(eq(users.id, e.actorId)) : [];
  const f = { actor: actor?.name ?? null, headline: facts.headline, note: e.note };
  const text = notificationText(e.kind, f);
  await tx
    .insert(notifications)
    .values(people.map((p) => ({ userId: p.id, kind: e.kind, storyId: e.storyId, actorId: e.actorId, text })));
  const prefs = await tx
    .select({ userId: notificationPrefs.userId, email: notificationPrefs.email })
    .from(notificationPrefs)
    .where(
      and(
        eq(notificationPrefs.kind, e.kind),
        inArray(
          notificationPrefs.userId,
          people.map((p) => p.id),
        ),
      ),
    );
  const choice = new Map(prefs.map((p) => [p.userId, p.email]));
  const mailText = notificationMailText(e.kind, f, deskLink(`/admin/stories/${e.storyId}`));
  for (const p of people)
    if (choice.get(p.id) ?? emailByDefault[e.kind])
      await enqueueMail(tx, { to: p.email, subject: text, text: mailText });
  return people.length;
}
