import "server-only";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { getStoryTagSource, type StoryTagSource } from "../queries/invalidation";
import { checklistFor } from "../queries/story-checks";
import { corrections, editorialNotes, stories, type WorkingCopy } from "../schema";
import type { ChecklistItem } from "@/lib/story/checklist";
import {
  inputProblem,
  stateProblem,
  transitions,
  type Effect,
  type StoryStatus,
  type TransitionName,
} from "@/lib/story/workflow";
import type { NotificationKind } from "@/lib/story/notifications";
import { recordAudit } from "./audit";
import { notify } from "./notify";
import { queueStoryEvent } from "./webhooks";
import { storyEventOf } from "@/lib/story/events";
import { insertRevision } from "./stories";
import { makeLive } from "./story-publish";

export type TransitionOptions = {
  note?: string;
  scheduledAt?: Date;
  correction?: { kind: "correction" | "update"; text: string };
  /** Set by the scheduler: the publication it makes was due at this time. */
  dueAt?: Date;
  /** Added to the move's audit entry: why it happened when nobody pressed a button. */
  auditDetail?: Record<string, unknown>;
  /** Only for loading fixtures (the demo archive, whose briefs have no hero photo; the benchmark). Never set by an action. */
  skipChecklist?: boolean;
  /** Further notifications of this move, beyond the table's (the scheduler's failure). */
  notify?: readonly NotificationKind[];
};

export type TransitionOutcome =
  | {
      ok: true;
      version: number;
      status: StoryStatus;
      before: StoryTagSource | null;
      after: StoryTagSource | null;
      late?: boolean;
    }
  | { ok: false; reason: "missing" }
  | { ok: false; reason: "conflict"; version: number }
  | { ok: false; reason: "status"; status: StoryStatus; message: string }
  | { ok: false; reason: "checklist"; missing: ChecklistItem[] }
  | { ok: false; reason: "invalid"; field: string; message: string };

type StoryRow = {
  status: StoryStatus;
  version: number;
  working: WorkingCopy;
  slug: string;
  publishedAt: Date | null;
  pendingChanges: boolean;
  scheduledAt: Date | null;
};
type EffectContext = { tx: Database; id: string; s: StoryRow; opts: TransitionOptions; actorId: string | null };
/** Columns an effect adds to the move's one UPDATE. */
type StorySet = PgUpdateSetSource<typeof stories>;

/** What each effect of lib/story/workflow.ts does; the table says which moves run which. */
const effects: Record<Effect, (c: EffectContext) => Promise<StorySet>> = {
  async goLive({ tx, id, s, opts, actorId }) {
    const wasLive = s.publishedAt !== null;
    await makeLive(tx, id, s.working, s.slug, wasLive);
    if (opts.correction && wasLive) {
      const { kind, text } = opts.correction;
      await tx.insert(corrections).values({ storyId: id, kind, text: text.trim(), createdBy: actorId });
    }
    return {
      pendingChanges: false,
      publishedAt: sql`coalesce(${stories.publishedAt}, now())`,
      // Readers see "Updated" when a story that was already out changes.
      ...(wasLive ? { contentUpdatedAt: sql`now()` } : {}),
    };
  },
  setSchedule: async ({ opts }) => ({ scheduledAt: opts.scheduledAt }),
  clearSchedule: async () => ({ scheduledAt: null }),
  async returnNote({ tx, id, opts, actorId }) {
    const body = opts.note?.trim();
    if (!body) throw new Error("returnNote runs only on a move that asks for a note (inputProblem checks it)");
    await tx.insert(editorialNotes).values({ storyId: id, kind: "return", body, createdBy: actorId });
    return {};
  },
  // A note for the writer when the mover gives one: the scheduler says why a story did not go out.
  async writerNote({ tx, id, opts, actorId }) {
    const body = opts.note?.trim();
    if (body) await tx.insert(editorialNotes).values({ storyId: id, kind: "note", body, createdBy: actorId });
    return {};
  },
};

/**
 * Moves a story along lib/story/workflow.ts. The row is locked and re-read in the transaction, and the UPDATE
 * repeats the expected status and version: a stale tab, a second scheduler or a text changed since the editor
 * looked all get a refusal, never a second publication. The caller checks the actor's capability
 * (transitionProblem).
 */
export async function applyTransition(
  db: Database,
  id: string,
  expectedVersion: number,
  name: TransitionName,
  actorId: string | null,
  opts: TransitionOptions = {},
): Promise<TransitionOutcome> {
  const t = transitions[name];
  return db.transaction(async (tx) => {
    const [s] = await tx
      .select({
        status: stories.status,
        version: stories.version,
        working: stories.working,
        slug: stories.slug,
        publishedAt: stories.publishedAt,
        pendingChanges: stories.pendingChanges,
        scheduledAt: stories.scheduledAt,
      })
      .from(stories)
      .where(eq(stories.id, id))
      .for("update");
    if (!s) return { ok: false, reason: "missing" };
    const problem = stateProblem(t, s);
    if (problem) return { ok: false, reason: "status", status: s.status, message: problem };
    if (s.version !== expectedVersion) return { ok: false, reason: "conflict", version: s.version };
    const bad = inputProblem(t, opts);
    if (bad) return { ok: false, reason: "invalid", ...bad };
    if (t.checklist && !opts.skipChecklist) {
      const missing = await checklistFor(tx, id, s.working);
      if (missing.length) return { ok: false, reason: "checklist", missing };
    }
    const before = t.expiresCache ? await getStoryTagSource(id, tx) : null;
    let set: StorySet = {};
    for (const e of t.effects) set = { ...set, ...(await effects[e]({ tx, id, s, opts, actorId })) };
    const late = opts.dueAt ? Date.now() - opts.dueAt.getTime() > 60_000 : undefined;
    const [row] = await tx
      .update(stories)
      .set({
        ...set,
        status: t.to,
        version: sql`${stories.version} + 1`,
        updatedBy: actorId,
        updatedAt: sql`now()`,
      })
      .where(and(eq(stories.id, id), eq(stories.version, expectedVersion), inArray(stories.status, [...t.from])))
      .returning({ version: stories.version });
    if (!row) throw new Error(`Story ${id} moved during its own transition`);
    await insertRevision(tx, id, row.version, name, t.to, s.working, actorId);
    const noticed = !!opts.correction && s.publishedAt !== null && t.effects.includes("goLive");
    await recordAudit(tx, {
      actorId,
      action: `story.${name}`,
      entityType: "story",
      entityId: id,
      detail: {
        from: s.status,
        to: t.to,
        version: row.version,
        ...(opts.scheduledAt ? { scheduledAt: opts.scheduledAt.toISOString() } : {}),
        ...(opts.dueAt ? { scheduled: true, dueAt: opts.dueAt.toISOString(), late } : {}),
        ...(noticed ? { notice: opts.correction!.kind } : {}),
        ...opts.auditDetail,
      },
    });
    // In the move's transaction: the partners' webhooks, the notifications and their mail exist exactly when the
    // move does.
    const event = storyEventOf(name, s.status, noticed);
    if (event) await queueStoryEvent(tx, event, id);
    const told = [...(t.notify && t.to !== s.status ? [t.notify] : []), ...(late ? ["scheduleLate" as const] : [])];
    for (const kind of [...told, ...(opts.notify ?? [])])
      await notify(tx, { kind, storyId: id, actorId, note: opts.note });
    const after = t.expiresCache && t.to === "published" ? await getStoryTagSource(id, tx) : null;
    return { ok: true, version: row.version, status: t.to, before, after, late };
  });
}

export type ScheduledRun = { id: string; outcome: TransitionOutcome };

/**
 * Publishes every scheduled story whose time has come, each exactly once however many processes run this at
 * the same moment (applyTransition's conditional UPDATE). A story whose checklist fails at its time is
 * unscheduled (back to approved) with a note saying why, instead of being retried forever.
 */
export async function publishDueStories(db: Database, limit = 20): Promise<ScheduledRun[]> {
  const due = await db
    .select({ id: stories.id, version: stories.version, scheduledAt: stories.scheduledAt })
    .from(stories)
    .where(and(eq(stories.status, "scheduled"), lte(stories.scheduledAt, sql`now()`)))
    .orderBy(asc(stories.scheduledAt))
    .limit(limit);
  const runs: ScheduledRun[] = [];
  for (const d of due) {
    const outcome = await applyTransition(db, d.id, d.version, "publish", null, { dueAt: d.scheduledAt! });
    if (!outcome.ok && outcome.reason === "checklist") {
      // A run that lost the race to another process finds the story moved on and leaves it alone.
      await applyTransition(db, d.id, d.version, "unschedule", null, {
        note: `The scheduled publication did not happen: ${outcome.missing.map((m) => m.message).join(" ")}`,
        auditDetail: { scheduleFailed: true, missing: outcome.missing.length },
        notify: ["scheduleFailed"],
      });
    }
    runs.push({ id: d.id, outcome });
  }
  return runs;
}
