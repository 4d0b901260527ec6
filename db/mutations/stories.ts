import "server-only";
import { and, desc, eq, inArray, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { revisions, stories, type WorkingCopy } from "../schema";
import type { StoryStatus } from "@/lib/story/workflow";
import { LOCK_TTL_MS } from "@/lib/story/workflow";
import type { Language } from "@/lib/content/language";
import { recordAudit } from "./audit";

export type { WorkingCopy } from "../schema";

/** The soft lock is free for `actorId`: nobody holds it, they do, or the holder's heartbeat is older than the TTL. */
export const lockFreeFor = (actorId: string) =>
  or(
    isNull(stories.lockedBy),
    eq(stories.lockedBy, actorId),
    lt(stories.lockedAt, sql`now() - make_interval(secs => ${LOCK_TTL_MS / 1000})`),
  );

export async function insertRevision(
  tx: Database,
  storyId: string,
  version: number,
  kind: string,
  status: StoryStatus,
  w: WorkingCopy,
  actorId: string | null,
): Promise<void> {
  await insertRevisions(tx, [{ storyId, version, kind, status, w, actorId }]);
}

/** Revisions of many stories in one statement (an import's batch); the snapshot and its columns from `w`. */
export async function insertRevisions(
  tx: Database,
  rows: {
    storyId: string;
    version: number;
    kind: string;
    status: StoryStatus;
    w: WorkingCopy;
    actorId: string | null;
  }[],
): Promise<void> {
  if (!rows.length) return;
  await tx.insert(revisions).values(
    rows.map(({ w, actorId, ...r }) => ({
      ...r,
      snapshot: w,
      headline: w.headline,
      dek: w.dek,
      body: w.body,
      createdBy: actorId,
    })),
  );
}

/**
 * A new story. Its live columns hold a copy too, but readers never see them before publishing; the live slug is a
 * placeholder until then, so an unpublished story never holds a public URL. `ownerId` is the writer whose draft it
 * is when someone else makes it (an editor assigning a planned story); by default the one who makes it.
 */
export async function createStory(
  db: Database,
  w: WorkingCopy,
  actorId: string | null,
  ownerId: string | null = actorId,
  options: { editionGroup?: string } = {},
): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(stories)
      .values({
        slug: sql`'draft-' || gen_random_uuid()`,
        headline: w.headline,
        dek: w.dek,
        body: w.body,
        sectionId: w.sectionId,
        language: w.language,
        editionGroup: options.editionGroup ?? null,
        working: w,
        pendingChanges: true,
        createdBy: ownerId,
        updatedBy: actorId,
      })
      .returning({ id: stories.id });
    const id = row!.id;
    await insertRevision(tx, id, 1, "create", "draft", w, actorId);
    await recordAudit(tx, { actorId, action: "story.create", entityType: "story", entityId: id });
    return id;
  });
}

export type EditionOutcome =
  | { ok: true; id: string }
  | { ok: false; reason: "missing" }
  | { ok: false; reason: "same" }
  | { ok: false; reason: "exists"; id: string };

/**
 * "Translate": a draft of the same story in another language, linked to it as an edition. It starts as a copy
 * (words to translate, the photos and their placements, section, authors, tags), owned by whoever translates.
 */
export async function createEdition(
  db: Database,
  sourceId: string,
  language: Language,
  actorId: string,
): Promise<EditionOutcome> {
  return db.transaction(async (tx) => {
    const [source] = await tx
      .select({ working: stories.working, group: stories.editionGroup })
      .from(stories)
      .where(eq(stories.id, sourceId))
      .for("update");
    if (!source) return { ok: false, reason: "missing" };
    if ((source.working.language ?? "en") === language) return { ok: false, reason: "same" };
    const group = source.group ?? sourceId;
    if (!source.group) await tx.update(stories).set({ editionGroup: group }).where(eq(stories.id, sourceId));
    // An edition in that language already: open it rather than make a second. The working copy says what language
    // a story is written in (the live column follows it only at the next publish).
    const [existing] = await tx
      .select({ id: stories.id })
      .from(stories)
      .where(
        and(
          eq(stories.editionGroup, group),
          ne(stories.id, sourceId),
          sql`coalesce(${stories.working}->>'language', ${stories.language}) = ${language}`,
        ),
      )
      .limit(1);
    if (existing) return { ok: false, reason: "exists", id: existing.id };
    const w: WorkingCopy = {
      ...source.working,
      language,
      // Empty, so the editor makes it from the translated headline as it is typed.
      slug: "",
      featured: false,
    };
    const id = await createStory(tx, w, actorId, actorId, { editionGroup: group });
    await recordAudit(tx, {
      actorId,
      action: "story.translate",
      entityType: "story",
      entityId: id,
      detail: { from: sourceId, language },
    });
    return { ok: true, id };
  });
}

export type SaveOutcome =
  | { ok: true; version: number; savedAt: Date }
  | { ok: false; reason: "missing" }
  | { ok: false; reason: "status"; status: StoryStatus }
  | { ok: false; reason: "locked"; holderId: string }
  | {
      ok: false;
      reason: "conflict";
      current: { version: number; working: WorkingCopy; updatedBy: string | null; updatedAt: Date };
    };

/** Works out why a conditional UPDATE on a story matched nothing. */
async function whyRefused(
  tx: Database,
  id: string,
  actorId: string,
  onlyStatuses?: readonly StoryStatus[],
): Promise<Exclude<SaveOutcome, { ok: true }>> {
  const [c] = await tx
    .select({
      version: stories.version,
      status: stories.status,
      working: stories.working,
      updatedBy: stories.updatedBy,
      updatedAt: stories.updatedAt,
      lockedBy: stories.lockedBy,
      lockFresh: sql<boolean>`${stories.lockedAt} >= now() - make_interval(secs => ${LOCK_TTL_MS / 1000})`,
    })
    .from(stories)
    .where(eq(stories.id, id));
  if (!c) return { ok: false, reason: "missing" };
  if (onlyStatuses && !onlyStatuses.includes(c.status)) return { ok: false, reason: "status", status: c.status };
  if (c.lockedBy && c.lockedBy !== actorId && c.lockFresh) return { ok: false, reason: "locked", holderId: c.lockedBy };
  return {
    ok: false,
    reason: "conflict",
    current: { version: c.version, working: c.working, updatedBy: c.updatedBy, updatedAt: c.updatedAt },
  };
}

/** Replaces the working copy as a new version, only if the story is still at `expectedVersion`, not locked by
 * someone else and (when given) in one of `onlyStatuses`; nothing when it is not. A save takes the soft lock. */
async function replaceWorkingCopy(
  tx: Database,
  id: string,
  expectedVersion: number,
  w: WorkingCopy,
  actorId: string,
  onlyStatuses: readonly StoryStatus[] | undefined,
  { takeLock = false } = {},
) {
  const [row] = await tx
    .update(stories)
    .set({
      working: w,
      pendingChanges: true,
      version: sql`${stories.version} + 1`,
      updatedBy: actorId,
      updatedAt: sql`now()`,
      ...(takeLock ? { lockedBy: actorId, lockedAt: sql`now()` } : {}),
    })
    .where(
      and(
        eq(stories.id, id),
        eq(stories.version, expectedVersion),
        lockFreeFor(actorId),
        onlyStatuses ? inArray(stories.status, [...onlyStatuses]) : undefined,
      ),
    )
    .returning({ version: stories.version, status: stories.status, updatedAt: stories.updatedAt });
  return row;
}

/**
 * Saves the working copy (never the live text) if it starts from the stored version, the saver holds or may take
 * the soft lock, and (for a writer) the story is still in a status they may edit: all in the UPDATE's WHERE.
 * An explicit save keeps a revision; autosaves by the same person collapse into one revision.
 */
export async function saveWorkingCopy(
  db: Database,
  id: string,
  expectedVersion: number,
  w: WorkingCopy,
  actorId: string,
  opts: { autosave: boolean; onlyStatuses?: readonly StoryStatus[] },
): Promise<SaveOutcome> {
  return db.transaction(async (tx) => {
    const row = await replaceWorkingCopy(tx, id, expectedVersion, w, actorId, opts.onlyStatuses, { takeLock: true });
    if (!row) return whyRefused(tx, id, actorId, opts.onlyStatuses);
    const kind = opts.autosave ? "autosave" : "save";
    const [last] = await tx
      .select({ id: revisions.id, kind: revisions.kind, createdBy: revisions.createdBy })
      .from(revisions)
      .where(eq(revisions.storyId, id))
      .orderBy(desc(revisions.version))
      .limit(1);
    if (opts.autosave && last?.kind === "autosave" && last.createdBy === actorId) {
      await tx
        .update(revisions)
        .set({
          version: row.version,
          snapshot: w,
          headline: w.headline,
          dek: w.dek,
          body: w.body,
          status: row.status,
          createdAt: sql`now()`,
        })
        .where(eq(revisions.id, last.id));
    } else {
      await insertRevision(tx, id, row.version, kind, row.status, w, actorId);
    }
    return { ok: true, version: row.version, savedAt: row.updatedAt };
  });
}

/** Makes an old revision the working copy again, as a new version. Never publishes by itself. */
export async function restoreRevision(
  db: Database,
  id: string,
  expectedVersion: number,
  revisionId: string,
  actorId: string,
  opts: { onlyStatuses?: readonly StoryStatus[] } = {},
): Promise<SaveOutcome> {
  return db.transaction(async (tx) => {
    const [rev] = await tx
      .select()
      .from(revisions)
      .where(and(eq(revisions.id, revisionId), eq(revisions.storyId, id)));
    if (!rev) return { ok: false, reason: "missing" };
    const [current] = await tx.select({ working: stories.working }).from(stories).where(eq(stories.id, id));
    if (!current) return { ok: false, reason: "missing" };
    // Revisions from before full snapshots carry only the words; the rest stays as it is now.
    const w: WorkingCopy = rev.snapshot ?? { ...current.working, headline: rev.headline, dek: rev.dek, body: rev.body };
    const row = await replaceWorkingCopy(tx, id, expectedVersion, w, actorId, opts.onlyStatuses);
    if (!row) return whyRefused(tx, id, actorId, opts.onlyStatuses);
    await insertRevision(tx, id, row.version, "restore", row.status, w, actorId);
    await recordAudit(tx, {
      actorId,
      action: "story.restore",
      entityType: "story",
      entityId: id,
      detail: { fromVersion: rev.version, version: row.version },
    });
    return { ok: true, version: row.version, savedAt: row.updatedAt };
  });
}
