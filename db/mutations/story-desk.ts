import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { editorialNotes, previewLinks, stories } from "../schema";
import { hashPreviewToken } from "../queries/preview-links";
import { recordAudit } from "./audit";
import { notify } from "./notify";
import { lockFreeFor } from "./stories";

// The desk's smaller writes around a story: the soft lock, notes and preview links.

export type LockOutcome = { mine: true } | { mine: false; holderId: string | null };

/** Takes or refreshes the soft lock when it is free for this person; otherwise says who holds it. */
export async function heartbeatLock(
  db: Database,
  id: string,
  actorId: string,
  tab: string | null = null,
): Promise<LockOutcome> {
  const [row] = await db
    .update(stories)
    .set({ lockedBy: actorId, lockedAt: sql`now()`, lockTab: tab })
    .where(and(eq(stories.id, id), lockFreeFor(actorId)))
    .returning({ id: stories.id });
  if (row) return { mine: true };
  const [held] = await db.select({ holderId: stories.lockedBy }).from(stories).where(eq(stories.id, id));
  return { mine: false, holderId: held?.holderId ?? null };
}

/** An editor takes the story from whoever holds it; their next save or heartbeat learns it, and keeps their text. */
export async function takeOverLock(
  db: Database,
  id: string,
  actorId: string,
  tab: string | null = null,
): Promise<{ from: string | null } | null> {
  return db.transaction(async (tx) => {
    const [s] = await tx.select({ lockedBy: stories.lockedBy }).from(stories).where(eq(stories.id, id)).for("update");
    if (!s) return null;
    await tx
      .update(stories)
      .set({ lockedBy: actorId, lockedAt: sql`now()`, lockTab: tab })
      .where(eq(stories.id, id));
    await recordAudit(tx, {
      actorId,
      action: "story.takeover",
      entityType: "story",
      entityId: id,
      detail: { from: s.lockedBy },
    });
    if (s.lockedBy && s.lockedBy !== actorId)
      await notify(tx, { kind: "lockTaken", storyId: id, actorId, recipients: [s.lockedBy] });
    return { from: s.lockedBy };
  });
}

/**
 * Lets go of the lock when its holder leaves the editor, so a colleague need not wait for it to expire. Only the
 * tab that last kept it can: the beacon of a reloaded page may arrive after the new page's first heartbeat.
 */
export async function releaseLock(db: Database, id: string, actorId: string, tab: string): Promise<void> {
  await db
    .update(stories)
    .set({ lockedBy: null, lockedAt: null, lockTab: null })
    .where(and(eq(stories.id, id), eq(stories.lockedBy, actorId), eq(stories.lockTab, tab)));
}

export async function addNote(db: Database, id: string, body: string, actorId: string): Promise<void> {
  await db.insert(editorialNotes).values({ storyId: id, kind: "note", body, createdBy: actorId });
}

/** A new share link; the token is returned once and only its hash is kept. */
export async function createPreviewLink(db: Database, id: string, hours: number, actorId: string): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await db.transaction(async (tx) => {
    const [link] = await tx
      .insert(previewLinks)
      .values({
        storyId: id,
        tokenHash: hashPreviewToken(token),
        createdBy: actorId,
        expiresAt: sql`now() + make_interval(hours => ${hours})`,
      })
      .returning({ id: previewLinks.id });
    await recordAudit(tx, {
      actorId,
      action: "story.preview_link",
      entityType: "story",
      entityId: id,
      detail: { link: link!.id, hours },
    });
  });
  return token;
}

export async function revokePreviewLink(db: Database, id: string, linkId: string, actorId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(previewLinks)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(previewLinks.id, linkId), eq(previewLinks.storyId, id), isNull(previewLinks.revokedAt)))
      .returning({ id: previewLinks.id });
    if (row)
      await recordAudit(tx, {
        actorId,
        action: "story.preview_revoke",
        entityType: "story",
        entityId: id,
        detail: { link: linkId },
      });
    return !!row;
  });
}
