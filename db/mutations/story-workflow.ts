import "server-only";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Database } from "../client";
import { getStoryTagSource, type StoryTagSource } from "../queries/invalidation";
import { checklistFor } from "../queries/story-checks";
import { corrections, editorialNotes, stories } from "../schema";
import type { ChecklistItem } from "@/lib/story/checklist";
import { transitions, type StoryStatus, type TransitionName } from "@/lib/workflow";
import { recordAudit } from "./audit";
import { insertRevision } from "./stories";
import { makeLive } from "./story-publish";

export type TransitionOptions = {
  note?: string;
  scheduledAt?: Date;
  correction?: { kind: "correction" | "update"; text: string };
  /** Set by the scheduler: the publication it makes was due at this time. */
  dueAt?: Date;
  /** Only for loading fixtures (the demo archive, whose briefs have no hero photo; the benchmark). Never set by an action. */
  skipChecklist?: boolean;
};

export type TransitionOutcome =
  | { ok: true; version: number; status: StoryStatus; before: StoryTagSource | null; after: StoryTagSource | null; late?: boolean }
  | { ok: false; reason: "missing" }
  | { ok: false; reason: "conflict"; version: number }
  | { ok: false; reason: "status"; status: StoryStatus; message: string }
  | { ok: false; reason: "checklist"; missing: ChecklistItem[] }
  | { ok: false; reason: "invalid"; field: string; message: string };

/**
 * Moves a story along lib/workflow.ts. The row is locked and re-read in the transaction, and the UPDATE repeats
 * the expected status and version: a stale tab, a second scheduler or a text changed since the editor looked
 * all get a refusal, never a second publication. The caller checks the actor's capability (lib/workflow.ts).
 */
export async function applyTransition(
  db: Database, id: string, expectedVersion: number, name: TransitionName, actorId: string | null, opts: TransitionOptions = {},
): Promise<TransitionOutcome> {
  const t = transitions[name];
  return db.transaction(async (tx) => {
    const [s] = await tx.select({
      status: stories.status, version: stories.version, working: stories.working, slug: stories.slug,
      publishedAt: stories.publishedAt, pendingChanges: stories.pendingChanges, scheduledAt: stories.scheduledAt,
    }).from(stories).where(eq(stories.id, id)).for("update");
    if (!s) return { ok: false, reason: "missing" };
    if (!t.from.includes(s.status)) {
      return { ok: false, reason: "status", status: s.status, message: `This story is ${s.status.replace("_", " ")} now, so it cannot be moved that way. Reload to see its current state.` };
    }
    if (s.version !== expectedVersion) return { ok: false, reason: "conflict", version: s.version };
    if (name === "publish" && s.status === "published" && !s.pendingChanges) {
      return { ok: false, reason: "status", status: s.status, message: "There are no changes to publish." };
    }
    if (t.note && !opts.note?.trim()) return { ok: false, reason: "invalid", field: "note", message: "Write a note telling the reporter what to change." };
    if (name === "schedule" && (!opts.scheduledAt || opts.scheduledAt.getTime() <= Date.now())) {
      return { ok: false, reason: "invalid", field: "scheduledAt", message: "Pick a publication time in the future." };
    }
    if (t.checklist && !opts.skipChecklist) {
      const missing = await checklistFor(tx, id, s.working);
      if (missing.length) return { ok: false, reason: "checklist", missing };
    }
    const wasLive = s.publishedAt !== null;
    const before = name === "publish" || name === "unpublish" ? await getStoryTagSource(id, tx) : null;
    if (name === "publish") await makeLive(tx, id, s.working, s.slug, wasLive);
    const late = opts.dueAt ? Date.now() - opts.dueAt.getTime() > 60_000 : undefined;
    const [row] = await tx.update(stories).set({
      status: t.to, version: sql`${stories.version} + 1`, updatedBy: actorId, updatedAt: sql`now()`,
      scheduledAt: name === "schedule" ? opts.scheduledAt : null,
      ...(name === "publish" ? {
        pendingChanges: false,
        publishedAt: sql`coalesce(${stories.publishedAt}, now())`,
        // Readers see "Updated" when a story that was already out changes.
        ...(wasLive ? { contentUpdatedAt: sql`now()` } : {}),
      } : {}),
    }).where(and(eq(stories.id, id), eq(stories.version, expectedVersion), inArray(stories.status, [...t.from])))
      .returning({ version: stories.version });
    if (!row) throw new Error(`Story ${id} moved during its own transition`);
    if (name === "return") await tx.insert(editorialNotes).values({ storyId: id, kind: "return", body: opts.note!.trim(), createdBy: actorId });
    if (name === "publish" && opts.correction && wasLive) {
      await tx.insert(corrections).values({ storyId: id, kind: opts.correction.kind, text: opts.correction.text.trim(), createdBy: actorId });
    }
    await insertRevision(tx, id, row.version, name, t.to, s.working, actorId);
    await recordAudit(tx, {
      actorId, action: `story.${name}`, entityType: "story", entityId: id,
      detail: {
        from: s.status, to: t.to, version: row.version,
        ...(opts.scheduledAt ? { scheduledAt: opts.scheduledAt.toISOString() } : {}),
        ...(opts.dueAt ? { scheduled: true, dueAt: opts.dueAt.toISOString(), late } : {}),
        ...(opts.correction && wasLive ? { notice: opts.correction.kind } : {}),
      },
    });
    const after = name === "publish" ? await getStoryTagSource(id, tx) : null;
    return { ok: true, version: row.version, status: t.to, before, after, late };
  });
}

export type ScheduledRun = { id: string; outcome: TransitionOutcome };

/**
 * Publishes every scheduled story whose time has come, each exactly once however many processes run this at
 * the same moment (applyTransition's conditional UPDATE). A story whose checklist fails at its time goes back to
 * approved with a note, instead of being retried forever.
 */
export async function publishDueStories(db: Database, limit = 20): Promise<ScheduledRun[]> {
  const due = await db.select({ id: stories.id, version: stories.version, scheduledAt: stories.scheduledAt })
    .from(stories).where(and(eq(stories.status, "scheduled"), lte(stories.scheduledAt, sql`now()`)))
    .orderBy(asc(stories.scheduledAt)).limit(limit);
  const runs: ScheduledRun[] = [];
  for (const d of due) {
    const outcome = await applyTransition(db, d.id, d.version, "publish", null, { dueAt: d.scheduledAt! });
    if (!outcome.ok && outcome.reason === "checklist") {
      await db.transaction(async (tx) => {
        const [moved] = await tx.update(stories).set({ status: "approved", scheduledAt: null, version: sql`${stories.version} + 1`, updatedAt: sql`now()` })
          .where(and(eq(stories.id, d.id), eq(stories.version, d.version), eq(stories.status, "scheduled"))).returning({ id: stories.id });
        if (!moved) return;
        const list = outcome.missing.map((m) => m.message).join(" ");
        await tx.insert(editorialNotes).values({ storyId: d.id, kind: "note", body: `The scheduled publication did not happen: ${list}` });
        await recordAudit(tx, { actorId: null, action: "story.schedule_failed", entityType: "story", entityId: d.id, detail: { missing: outcome.missing.length } });
      });
    }
    runs.push({ id: d.id, outcome });
  }
  return runs;
}
