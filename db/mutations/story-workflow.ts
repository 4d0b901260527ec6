import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { getStoryTagSource } from "../queries/invalidation";
import { corrections, editorialNotes, media, stories, storyAuthors, storyMedia, storyRedirects, storyTags, tags } from "../schema";
import type { WorkingCopy } from "../schema";
import { inlinePhotos, storyChecklist, type ChecklistItem, type PhotoDefaults } from "@/lib/checklist";
import type { StoryTagSource } from "@/lib/cache-tags";
import { docToPlainText } from "@/lib/rich-text/text";
import { slugify } from "@/lib/slug";
import {
  inputProblem, stateProblem, transitions, type Effect, type StoryStatus, type TransitionName,
} from "@/lib/story/workflow";
import { recordAudit } from "./audit";
import { insertRevision } from "./stories";

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
};

export type TransitionOutcome =
  | { ok: true; version: number; status: StoryStatus; before: StoryTagSource | null; after: StoryTagSource | null; late?: boolean }
  | { ok: false; reason: "missing" }
  | { ok: false; reason: "conflict"; version: number }
  | { ok: false; reason: "status"; status: StoryStatus; message: string }
  | { ok: false; reason: "checklist"; missing: ChecklistItem[] }
  | { ok: false; reason: "invalid"; field: string; message: string };

/** Library defaults (alt, caption, credit) of the photos a working copy uses. */
export async function photoDefaults(db: Database, w: WorkingCopy): Promise<Map<string, PhotoDefaults>> {
  const ids = [...new Set([w.heroMediaId, ...inlinePhotos(w.body).map((p) => p.mediaId)].filter((x): x is string => !!x))];
  if (!ids.length) return new Map();
  const rows = await db.select({ id: media.id, alt: media.altText, caption: media.caption, credit: media.credit })
    .from(media).where(inArray(media.id, ids));
  return new Map(rows.map(({ id, ...d }) => [id, d]));
}

/** Another story holds this slug, live or as an old URL that redirects to it. */
export async function slugTaken(db: Database, slug: string, storyId: string): Promise<boolean> {
  if (!slug) return false;
  const [live] = await db.select({ id: stories.id }).from(stories).where(and(eq(stories.slug, slug), sql`${stories.id} <> ${storyId}`)).limit(1);
  if (live) return true;
  const [old] = await db.select({ id: storyRedirects.storyId }).from(storyRedirects)
    .where(and(eq(storyRedirects.oldSlug, slug), sql`${storyRedirects.storyId} <> ${storyId}`)).limit(1);
  return !!old;
}

export async function checklistFor(db: Database, storyId: string, w: WorkingCopy): Promise<ChecklistItem[]> {
  return storyChecklist(w, await photoDefaults(db, w), await slugTaken(db, w.slug, storyId));
}

/** Tag rows for names typed on the desk, made when missing. A name with no ASCII letters gets a short hashed slug. */
async function tagIdsFor(tx: Database, names: string[]): Promise<string[]> {
  const wanted = new Map<string, string>();
  for (const name of names) {
    const slug = slugify(name, 60) || `t-${createHash("sha256").update(name).digest("hex").slice(0, 10)}`;
    if (!wanted.has(slug)) wanted.set(slug, name);
  }
  if (!wanted.size) return [];
  await tx.insert(tags).values([...wanted].map(([slug, name]) => ({ slug, name }))).onConflictDoNothing();
  const rows = await tx.select({ id: tags.id, slug: tags.slug }).from(tags).where(inArray(tags.slug, [...wanted.keys()]));
  const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
  return [...wanted.keys()].map((s) => bySlug.get(s)!).filter(Boolean);
}

/** Copies the working copy onto the live columns and links: what readers see changes here and only here. */
async function makeLive(tx: Database, id: string, w: WorkingCopy, liveSlug: string, wasLive: boolean): Promise<void> {
  if (wasLive && liveSlug !== w.slug) {
    await tx.insert(storyRedirects).values({ oldSlug: liveSlug, storyId: id })
      .onConflictDoUpdate({ target: storyRedirects.oldSlug, set: { storyId: id, createdAt: sql`now()` } });
  }
  await tx.delete(storyRedirects).where(eq(storyRedirects.oldSlug, w.slug));
  await tx.update(stories).set({
    slug: w.slug, headline: w.headline, dek: w.dek, body: w.body, bodyText: docToPlainText(w.body), sectionId: w.sectionId,
    heroMediaId: w.heroMediaId, heroAlt: w.hero.alt?.trim() || null, heroCaption: w.hero.caption?.trim() || null,
    heroCredit: w.hero.credit?.trim() || null, seoTitle: w.seoTitle.trim() || null, seoDescription: w.seoDescription.trim() || null,
    featured: w.featured,
  }).where(eq(stories.id, id));
  await tx.delete(storyAuthors).where(eq(storyAuthors.storyId, id));
  if (w.authorIds.length) await tx.insert(storyAuthors).values(w.authorIds.map((authorId, position) => ({ storyId: id, authorId, position })));
  await tx.delete(storyTags).where(eq(storyTags.storyId, id));
  const tagIds = await tagIdsFor(tx, w.tags);
  if (tagIds.length) await tx.insert(storyTags).values(tagIds.map((tagId) => ({ storyId: id, tagId })));
  await tx.delete(storyMedia).where(eq(storyMedia.storyId, id));
  const photoIds = [...new Set([w.heroMediaId, ...inlinePhotos(w.body).map((p) => p.mediaId)].filter((x): x is string => !!x))];
  if (photoIds.length) await tx.insert(storyMedia).values(photoIds.map((mediaId) => ({ storyId: id, mediaId })));
}

type StoryRow = {
  status: StoryStatus; version: number; working: WorkingCopy; slug: string; publishedAt: Date | null;
  pendingChanges: boolean; scheduledAt: Date | null;
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
  db: Database, id: string, expectedVersion: number, name: TransitionName, actorId: string | null, opts: TransitionOptions = {},
): Promise<TransitionOutcome> {
  const t = transitions[name];
  return db.transaction(async (tx) => {
    const [s] = await tx.select({
      status: stories.status, version: stories.version, working: stories.working, slug: stories.slug,
      publishedAt: stories.publishedAt, pendingChanges: stories.pendingChanges, scheduledAt: stories.scheduledAt,
    }).from(stories).where(eq(stories.id, id)).for("update");
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
    const [row] = await tx.update(stories).set({
      ...set, status: t.to, version: sql`${stories.version} + 1`, updatedBy: actorId, updatedAt: sql`now()`,
    }).where(and(eq(stories.id, id), eq(stories.version, expectedVersion), inArray(stories.status, [...t.from])))
      .returning({ version: stories.version });
    if (!row) throw new Error(`Story ${id} moved during its own transition`);
    await insertRevision(tx, id, row.version, name, t.to, s.working, actorId);
    const noticed = !!opts.correction && s.publishedAt !== null && t.effects.includes("goLive");
    await recordAudit(tx, {
      actorId, action: `story.${name}`, entityType: "story", entityId: id,
      detail: {
        from: s.status, to: t.to, version: row.version,
        ...(opts.scheduledAt ? { scheduledAt: opts.scheduledAt.toISOString() } : {}),
        ...(opts.dueAt ? { scheduled: true, dueAt: opts.dueAt.toISOString(), late } : {}),
        ...(noticed ? { notice: opts.correction!.kind } : {}),
        ...opts.auditDetail,
      },
    });
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
  const due = await db.select({ id: stories.id, version: stories.version, scheduledAt: stories.scheduledAt })
    .from(stories).where(and(eq(stories.status, "scheduled"), lte(stories.scheduledAt, sql`now()`)))
    .orderBy(asc(stories.scheduledAt)).limit(limit);
  const runs: ScheduledRun[] = [];
  for (const d of due) {
    const outcome = await applyTransition(db, d.id, d.version, "publish", null, { dueAt: d.scheduledAt! });
    if (!outcome.ok && outcome.reason === "checklist") {
      // A run that lost the race to another process finds the story moved on and leaves it alone.
      await applyTransition(db, d.id, d.version, "unschedule", null, {
        note: `The scheduled publication did not happen: ${outcome.missing.map((m) => m.message).join(" ")}`,
        auditDetail: { scheduleFailed: true, missing: outcome.missing.length },
      });
    }
    runs.push({ id: d.id, outcome });
  }
  return runs;
}
