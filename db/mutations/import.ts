import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  authors,
  importItems,
  legacyPaths,
  media,
  sections,
  stories,
  storyAuthors,
  storyMedia,
  storyRedirects,
  storyTags,
  tags,
  type WorkingCopy,
} from "../schema";
import type { StoredImage } from "@/lib/content/stored-image";
import type { StoryStatus } from "@/lib/story/workflow";
import { toLive } from "@/lib/story/live";
import { insertRevision, insertRevisions } from "./stories";
import { recordAudit } from "./audit";
import { makeLive, tagIdsByName } from "./story-publish";

/**
 * Writes of an import (lib/import/wordpress.ts). Each thing made is recorded in import_items in the same
 * transaction, so an import killed half way and run again carries on, and a second run duplicates nothing.
 */

export type ImportRef = { source: string; file: string };
type Known = { targetId: string; hash: string; version: number | null };

export async function findImported(
  tx: Database,
  source: string,
  kind: string,
  ids: string[],
): Promise<Map<string, Known>> {
  if (!ids.length) return new Map();
  const rows = await tx
    .select({
      id: importItems.sourceId,
      targetId: importItems.targetId,
      hash: importItems.hash,
      version: importItems.version,
    })
    .from(importItems)
    .where(and(eq(importItems.source, source), eq(importItems.kind, kind), inArray(importItems.sourceId, ids)));
  return new Map(rows.map((r) => [r.id, { targetId: r.targetId, hash: r.hash, version: r.version }]));
}

async function remember(
  tx: Database,
  ref: ImportRef,
  kind: string,
  rows: { sourceId: string; targetId: string; hash?: string; version?: number }[],
) {
  if (!rows.length) return;
  await tx
    .insert(importItems)
    .values(rows.map((r) => ({ source: ref.source, kind, file: ref.file, hash: "", ...r })))
    .onConflictDoUpdate({
      target: [importItems.source, importItems.kind, importItems.sourceId],
      set: {
        targetId: sql`excluded.target_id`,
        hash: sql`excluded.hash`,
        version: sql`excluded.version`,
        file: sql`excluded.file`,
        importedAt: sql`now()`,
      },
    });
}

/** An author profile for a source's author: the one made before, else one with the same handle, else a new one. */
export async function importAuthor(
  tx: Database,
  ref: ImportRef,
  a: { sourceId: string; slug: string; name: string; email: string | null },
): Promise<{ id: string; slug: string; made: boolean }> {
  const known = (await findImported(tx, ref.source, "author", [a.sourceId])).get(a.sourceId);
  const [before] = await tx
    .select({ id: authors.id, slug: authors.slug })
    .from(authors)
    .where(known ? eq(authors.id, known.targetId) : eq(authors.slug, a.slug));
  if (known && before) return { ...before, made: false };
  const row =
    before ??
    (
      await tx
        .insert(authors)
        .values({ slug: a.slug, name: a.name, publicEmail: a.email })
        .returning({ id: authors.id, slug: authors.slug })
    )[0]!;
  await remember(tx, ref, "author", [{ sourceId: a.sourceId, targetId: row.id }]);
  return { ...row, made: !before };
}

/** The section with this slug, made (last in order) when missing. */
export async function importSection(
  tx: Database,
  s: { slug: string; name: string; description: string },
): Promise<{ id: string; slug: string; made: boolean }> {
  // The same slug, or else the same name ("Politics" made by the desk as "politics", by WordPress as "politics-2").
  const [existing] = await tx
    .select({ id: sections.id, slug: sections.slug })
    .from(sections)
    .where(or(eq(sections.slug, s.slug), sql`lower(${sections.name}) = lower(${s.name})`))
    .orderBy(sql`${sections.slug} = ${s.slug} desc`)
    .limit(1);
  if (existing) return { ...existing, made: false };
  const [row] = await tx
    .insert(sections)
    .values({ ...s, position: sql`(select coalesce(max(position), 0) + 1 from sections)` })
    .returning({ id: sections.id, slug: sections.slug });
  return { ...row!, made: true };
}

export async function importMedia(
  tx: Database,
  ref: ImportRef,
  sourceId: string,
  stored: StoredImage,
  words: { alt: string; caption: string; credit: string; originalName: string },
): Promise<string> {
  const [row] = await tx
    .insert(media)
    .values({
      ...stored,
      altText: words.alt,
      caption: words.caption,
      credit: words.credit,
      originalName: words.originalName,
    })
    .returning({ id: media.id });
  await remember(tx, ref, "attachment", [{ sourceId, targetId: row!.id }]);
  return row!.id;
}

export async function saveLegacyPaths(tx: Database, rows: { path: string; storyId?: string; target?: string }[]) {
  const unique = [...new Map(rows.map((r) => [r.path, r])).values()];
  for (let i = 0; i < unique.length; i += 500) {
    await tx
      .insert(legacyPaths)
      .values(
        unique.slice(i, i + 500).map((r) => ({ path: r.path, storyId: r.storyId ?? null, target: r.target ?? null })),
      )
      .onConflictDoUpdate({
        target: legacyPaths.path,
        set: { storyId: sql`excluded.story_id`, target: sql`excluded.target` },
      });
  }
}

export type ImportedStory = {
  sourceId: string;
  hash: string;
  w: WorkingCopy;
  status: StoryStatus;
  publishedAt: Date | null;
  modifiedAt: Date | null;
  scheduledAt: Date | null;
  createdAt: Date;
  paths: string[];
  // The source's own slug when ours differs (a Hangul slug romanized): its old address keeps working.
  oldSlug: string | null;
};
export type StoryOutcome = "created" | "updated" | "unchanged" | "editedOnDesk";

/** A batch of stories in one transaction: new ones in a few multi-row statements, changed ones one by one. */
export async function importStories(
  tx: Database,
  ref: ImportRef,
  batch: ImportedStory[],
): Promise<Map<string, StoryOutcome>> {
  const outcome = new Map<string, StoryOutcome>();
  const known = await findImported(
    tx,
    ref.source,
    "post",
    batch.map((s) => s.sourceId),
  );
  const targets = [...known.values()].map((k) => k.targetId);
  const alive = new Map(
    targets.length
      ? (
          await tx
            .select({ id: stories.id, version: stories.version, slug: stories.slug, status: stories.status })
            .from(stories)
            .where(inArray(stories.id, targets))
        ).map((r) => [r.id, r])
      : [],
  );
  const fresh: (ImportedStory & { id: string })[] = [];
  for (const s of batch) {
    const k = known.get(s.sourceId);
    const now = k ? alive.get(k.targetId) : undefined;
    if (!k || !now) fresh.push({ ...s, id: randomUUID() });
    else if (k.hash === s.hash) outcome.set(s.sourceId, "unchanged");
    else if (k.version !== null && now.version !== k.version) outcome.set(s.sourceId, "editedOnDesk");
    else {
      await updateStory(tx, ref, now, s);
      outcome.set(s.sourceId, "updated");
    }
  }
  if (!fresh.length) return outcome;
  await freeSlugs(tx, fresh);
  await tx.insert(stories).values(
    fresh.map((s) => {
      const live = s.status === "published";
      return {
        id: s.id,
        ...toLive(s.w).columns,
        slug: live ? s.w.slug : `draft-${s.id}`,
        status: s.status,
        ...timesOf(s),
        working: s.w,
        pendingChanges: !live,
        createdAt: s.createdAt,
        updatedAt: s.modifiedAt ?? s.createdAt,
      };
    }),
  );
  const published = fresh.filter((s) => s.status === "published");
  const authorRows = published.flatMap((s) =>
    s.w.authorIds.map((authorId, position) => ({ storyId: s.id, authorId, position })),
  );
  if (authorRows.length) await tx.insert(storyAuthors).values(authorRows);
  const tagIdOf = await tagIdsByName(tx, [...new Set(published.flatMap((s) => s.w.tags))]);
  const tagRows = published.flatMap((s) =>
    [...new Set(s.w.tags.map((n) => tagIdOf.get(n)).filter((id): id is string => !!id))].map((tagId) => ({
      storyId: s.id,
      tagId,
    })),
  );
  if (tagRows.length) await tx.insert(storyTags).values(tagRows);
  const mediaRows = published.flatMap((s) => toLive(s.w).photoIds.map((mediaId) => ({ storyId: s.id, mediaId })));
  if (mediaRows.length) await tx.insert(storyMedia).values(mediaRows).onConflictDoNothing();
  const redirects = published.filter((s) => s.oldSlug && s.oldSlug !== s.w.slug);
  if (redirects.length)
    await tx
      .insert(storyRedirects)
      .values(redirects.map((s) => ({ oldSlug: s.oldSlug!, storyId: s.id })))
      .onConflictDoNothing();
  await insertRevisions(
    tx,
    fresh.map((s) => ({ storyId: s.id, version: 1, kind: "import", status: s.status, w: s.w, actorId: null })),
  );
  await recordAudit(
    tx,
    fresh.map((s) => importAudit(ref, s.id, s)),
  );
  await remember(
    tx,
    ref,
    "post",
    fresh.map((s) => ({ sourceId: s.sourceId, targetId: s.id, hash: s.hash, version: 1 })),
  );
  await saveLegacyPaths(
    tx,
    fresh.flatMap((s) => s.paths.map((path) => ({ path, storyId: s.id }))),
  );
  for (const s of fresh) outcome.set(s.sourceId, "created");
  return outcome;
}

async function updateStory(
  tx: Database,
  ref: ImportRef,
  before: { id: string; version: number; slug: string; status: StoryStatus },
  s: ImportedStory,
) {
  const { id } = before;
  const live = s.status === "published";
  const next = before.version + 1;
  await tx
    .update(stories)
    .set({
      // No longer published at the source: its public address goes back to a placeholder.
      ...(live ? {} : { slug: before.status === "published" ? `draft-${id}` : before.slug }),
      status: s.status,
      ...timesOf(s),
      working: s.w,
      pendingChanges: !live,
      version: next,
      updatedAt: s.modifiedAt ?? sql`now()`,
    })
    .where(eq(stories.id, id));
  if (live) await makeLive(tx, id, s.w, before.slug, before.status === "published");
  await insertRevision(tx, id, next, "import", s.status, s.w, null);
  await recordAudit(tx, importAudit(ref, id, s, { updated: true }));
  await remember(tx, ref, "post", [{ sourceId: s.sourceId, targetId: id, hash: s.hash, version: next }]);
  await saveLegacyPaths(
    tx,
    s.paths.map((path) => ({ path, storyId: id })),
  );
}

/** The times a story keeps from its source; readers see "Updated" only when it changed after publication. */
function timesOf(s: ImportedStory) {
  const changedLater = s.status === "published" && s.modifiedAt && s.publishedAt && s.modifiedAt > s.publishedAt;
  return {
    publishedAt: s.publishedAt,
    contentUpdatedAt: changedLater ? s.modifiedAt : null,
    scheduledAt: s.scheduledAt,
  };
}

/** An imported story's audit entry: the file, the source and the post it came from. */
function importAudit(ref: ImportRef, id: string, s: ImportedStory, extra: Record<string, unknown> = {}) {
  return {
    actorId: null,
    action: "story.import",
    entityType: "story",
    entityId: id,
    detail: { file: ref.file, source: ref.source, sourceId: s.sourceId, status: s.status, ...extra },
  };
}

/** Tags for the names given (made when missing), as name -> slug: their old archives redirect there. */
export async function importTags(tx: Database, names: string[]): Promise<Map<string, string>> {
  const ids = await tagIdsByName(tx, names);
  if (!ids.size) return new Map();
  const rows = await tx
    .select({ id: tags.id, slug: tags.slug })
    .from(tags)
    .where(inArray(tags.id, [...new Set(ids.values())]));
  const slugOf = new Map(rows.map((r) => [r.id, r.slug]));
  return new Map([...ids].map(([name, id]) => [name, slugOf.get(id)!]));
}

/** The section for stories the source left without one: the first of ours, or a "News" section made for them. */
export async function defaultSection(tx: Database): Promise<{ id: string; slug: string }> {
  const [first] = await tx
    .select({ id: sections.id, slug: sections.slug })
    .from(sections)
    .orderBy(sections.position, sections.name)
    .limit(1);
  if (first) return first;
  const made = await importSection(tx, { slug: "news", name: "News", description: "" });
  return { id: made.id, slug: "news" };
}

/** A new published story whose slug another story has already gets the next free "-2", "-3"; its old address still leads to it. */
async function freeSlugs(tx: Database, fresh: { status: StoryStatus; w: WorkingCopy }[]) {
  const live = fresh.filter((s) => s.status === "published");
  if (!live.length) return;
  const isTaken = async (slugs: string[]) =>
    new Set(
      (await tx.select({ slug: stories.slug }).from(stories).where(inArray(stories.slug, slugs))).map((r) => r.slug),
    );
  const taken = await isTaken(live.map((s) => s.w.slug));
  const claimed = new Set<string>();
  for (const s of live) {
    let slug = s.w.slug;
    for (let n = 2; taken.has(slug) || claimed.has(slug); n++) {
      slug = `${s.w.slug.slice(0, 110)}-${n}`;
      if (!claimed.has(slug) && (await isTaken([slug])).size) taken.add(slug);
    }
    claimed.add(slug);
    if (slug !== s.w.slug) s.w = { ...s.w, slug };
  }
}
