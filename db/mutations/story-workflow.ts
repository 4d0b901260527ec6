import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Database } from "../client";
import { getStoryTagSource } from "../queries/invalidation";
import { corrections, editorialNotes, media, stories, storyAuthors, storyMedia, storyRedirects, storyTags, tags } from "../schema";
import type { WorkingCopy } from "../schema";
import { inlinePhotos, storyChecklist, type ChecklistItem, type PhotoDefaults } from "@/lib/checklist";
import type { StoryTagSource } from "@/lib/cache-tags";
import { docToPlainText } from "@/lib/rich-text/text";
import { slugify } from "@/lib/slug";
import { transitions, type StoryStatus, type TransitionName } from "@/lib/workflow";
import { recordAudit } from "./audit";
import { insertRevision } from "./stories";

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

/**
 * Tag rows for names typed on the desk, made when missing. A tag that exists keeps its stored slug (made before
 * Hangul was romanized, a Korean tag's is `t-` and a hash): its URL never changes. A new name gets slugify's
 * readable slug, or a short hash when it has nothing slugify can write (only emoji, say).
 */
async function tagIdsFor(tx: Database, names: string[]): Promise<string[]> {
  if (!names.length) return [];
  const existing = await tx.select({ id: tags.id, name: tags.name }).from(tags).where(inArray(tags.name, names));
  const byName = new Map(existing.map((r) => [r.name, r.id]));
  const wanted = new Map<string, string>();
  const slugOf = new Map<string, string>();
  for (const name of names) {
    if (byName.has(name)) continue;
    const slug = slugify(name, 60) || `t-${createHash("sha256").update(name).digest("hex").slice(0, 10)}`;
    slugOf.set(name, slug);
    if (!wanted.has(slug)) wanted.set(slug, name);
  }
  const bySlug = new Map<string, string>();
  if (wanted.size) {
    await tx.insert(tags).values([...wanted].map(([slug, name]) => ({ slug, name }))).onConflictDoNothing();
    const rows = await tx.select({ id: tags.id, slug: tags.slug }).from(tags).where(inArray(tags.slug, [...wanted.keys()]));
    for (const r of rows) bySlug.set(r.slug, r.id);
  }
  const ids = names.map((name) => byName.get(name) ?? bySlug.get(slugOf.get(name)!));
  return [...new Set(ids.filter((id): id is string => !!id))];
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
