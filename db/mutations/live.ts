import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { liveCoverage, liveUpdates, stories } from "../schema";
import { recordAudit } from "./audit";

// Live coverage of a published story: its start and end, and its updates. None of these touch the story's row or
// version, so a live story is never republished and an editor's open working copy never conflicts with an update.

export type LiveUpdateInput = {
  body: string;
  mediaId: string | null;
  caption: string | null;
  credit: string | null;
  linkUrl: string | null;
  key: boolean;
};
export type LiveOutcome =
  { ok: true; id?: string } | { ok: false; reason: "not-published" | "not-live" | "ended" | "missing" };

async function coverageState(db: Database, storyId: string): Promise<"not-published" | "not-live" | "ended" | "live"> {
  const [row] = await db
    .select({ status: stories.status, started: liveCoverage.startedAt, ended: liveCoverage.endedAt })
    .from(stories)
    .leftJoin(liveCoverage, eq(liveCoverage.storyId, stories.id))
    .where(eq(stories.id, storyId))
    .for("update", { of: stories });
  if (!row || row.status !== "published") return "not-published";
  if (!row.started) return "not-live";
  return row.ended ? "ended" : "live";
}

/** "Go live": a published story starts (or resumes) live coverage. */
export async function startCoverage(db: Database, storyId: string, actorId: string): Promise<LiveOutcome> {
  return db.transaction(async (tx) => {
    const state = await coverageState(tx, storyId);
    if (state === "not-published") return { ok: false, reason: state };
    if (state === "live") return { ok: true };
    await tx
      .insert(liveCoverage)
      .values({ storyId, startedBy: actorId })
      .onConflictDoUpdate({ target: liveCoverage.storyId, set: { endedAt: null, endedBy: null } });
    await recordAudit(tx, {
      actorId,
      action: state === "ended" ? "live.resume" : "live.start",
      entityType: "story",
      entityId: storyId,
    });
    return { ok: true };
  });
}

/** "End coverage": readers see "Coverage has ended" with this time. */
export async function endCoverage(db: Database, storyId: string, actorId: string): Promise<LiveOutcome> {
  return db.transaction(async (tx) => {
    const state = await coverageState(tx, storyId);
    if (state !== "live") return { ok: false, reason: state === "not-published" ? "not-live" : state };
    await tx
      .update(liveCoverage)
      .set({ endedAt: sql`now()`, endedBy: actorId })
      .where(eq(liveCoverage.storyId, storyId));
    await recordAudit(tx, { actorId, action: "live.end", entityType: "story", entityId: storyId });
    return { ok: true };
  });
}

export async function postLiveUpdate(
  db: Database,
  storyId: string,
  input: LiveUpdateInput,
  actorId: string,
): Promise<LiveOutcome> {
  return db.transaction(async (tx) => {
    const state = await coverageState(tx, storyId);
    if (state !== "live") return { ok: false, reason: state };
    const [row] = await tx
      .insert(liveUpdates)
      .values({ storyId, ...input, createdBy: actorId })
      .returning({ id: liveUpdates.id });
    await recordAudit(tx, {
      actorId,
      action: "live.post",
      entityType: "live_update",
      entityId: row!.id,
      detail: { storyId, key: input.key },
    });
    return { ok: true, id: row!.id };
  });
}

const current = (storyId: string, id: string) =>
  and(eq(liveUpdates.id, id), eq(liveUpdates.storyId, storyId), isNull(liveUpdates.removedAt));

/** Changes an update's words, photo, link or key flag; the audit row keeps the text before and after. */
export async function editLiveUpdate(
  db: Database,
  storyId: string,
  id: string,
  input: LiveUpdateInput,
  actorId: string,
): Promise<LiveOutcome> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(liveUpdates).where(current(storyId, id)).for("update");
    if (!before) return { ok: false, reason: "missing" };
    await tx
      .update(liveUpdates)
      .set({ ...input, editedAt: sql`now()` })
      .where(eq(liveUpdates.id, id));
    const was = {
      body: before.body,
      mediaId: before.mediaId,
      caption: before.caption,
      credit: before.credit,
      linkUrl: before.linkUrl,
      key: before.key,
    };
    await recordAudit(tx, {
      actorId,
      action: "live.edit",
      entityType: "live_update",
      entityId: id,
      detail: { storyId, before: was, after: input },
    });
    return { ok: true, id };
  });
}

/** Takes an update off the page; the row stays (removed_at) for the record. */
export async function removeLiveUpdate(
  db: Database,
  storyId: string,
  id: string,
  actorId: string,
): Promise<LiveOutcome> {
  return db.transaction(async (tx) => {
    const [gone] = await tx
      .update(liveUpdates)
      .set({ removedAt: sql`now()` })
      .where(current(storyId, id))
      .returning({ body: liveUpdates.body });
    if (!gone) return { ok: false, reason: "missing" };
    await recordAudit(tx, {
      actorId,
      action: "live.remove",
      entityType: "live_update",
      entityId: id,
      detail: { storyId, body: gone.body },
    });
    return { ok: true, id };
  });
}
