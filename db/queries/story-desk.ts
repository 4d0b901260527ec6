import "server-only";
import { aliasedTable, and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "../index";
import { checklistFor } from "./story-checks";
import {
  auditEvents,
  authors,
  corrections,
  editorialNotes,
  media,
  previewLinks,
  revisions,
  sections,
  stories,
  tags,
  users,
} from "../schema";
import type { WorkingCopy } from "../schema";
import { photoIds } from "@/lib/story/photos";
import { mediaUrl } from "@/lib/content/media-url";
import type { DeskOptions, DeskPhoto, DeskStoryView, LockState } from "@/lib/story/desk-types";
import { LOCK_TTL_MS, type StoryStatus } from "@/lib/story/workflow";
import { emptyWorkingCopy } from "@/lib/story/model";

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** What an action needs to decide about a story: status, owner, version. Callers check capabilities. */
export async function getStoryState(id: string) {
  if (!isUuid(id)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: stories.id,
      status: stories.status,
      version: stories.version,
      createdBy: stories.createdBy,
      pendingChanges: stories.pendingChanges,
      working: stories.working,
    })
    .from(stories)
    .where(eq(stories.id, id));
  return row ?? null;
}

export async function userName(id: string | null): Promise<string | null> {
  if (!id) return null;
  const db = await getDb();
  const [u] = await db.select({ name: users.name }).from(users).where(eq(users.id, id));
  return u?.name ?? null;
}

export function toDeskPhoto(m: {
  id: string;
  storageKey: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  variants: { width: number; key: string }[];
}): DeskPhoto {
  const small = [...m.variants].sort((a, b) => a.width - b.width)[0];
  return {
    id: m.id,
    url: mediaUrl(m.storageKey),
    thumbUrl: mediaUrl(small?.key ?? m.storageKey),
    width: m.width,
    height: m.height,
    alt: m.alt,
    caption: m.caption,
    credit: m.credit,
  };
}

export const deskPhotoColumns = {
  id: media.id,
  storageKey: media.storageKey,
  width: media.width,
  height: media.height,
  alt: media.altText,
  caption: media.caption,
  credit: media.credit,
  variants: media.variants,
};

export async function getDeskPhotos(ids: string[]): Promise<Record<string, DeskPhoto>> {
  const wanted = [...new Set(ids.filter(isUuid))];
  if (!wanted.length) return {};
  const db = await getDb();
  const rows = await db.select(deskPhotoColumns).from(media).where(inArray(media.id, wanted));
  return Object.fromEntries(rows.map((r) => [r.id, toDeskPhoto(r)]));
}

/** Everything the editor page shows; `viewer` decides the lock's "mine". Transitions and rights are added by the caller. */
export async function getDeskStoryView(
  id: string,
  viewerId: string,
  timeZone: string,
): Promise<Omit<DeskStoryView, "transitions" | "canEdit" | "canTakeOver"> | null> {
  if (!isUuid(id)) return null;
  const db = await getDb();
  const writer = aliasedTable(users, "writer");
  const editor = aliasedTable(users, "editor");
  const holder = aliasedTable(users, "holder");
  const [s] = await db
    .select({
      id: stories.id,
      status: stories.status,
      version: stories.version,
      pendingChanges: stories.pendingChanges,
      createdBy: stories.createdBy,
      writerName: writer.name,
      updatedAt: stories.updatedAt,
      updatedByName: editor.name,
      publishedAt: stories.publishedAt,
      scheduledAt: stories.scheduledAt,
      slug: stories.slug,
      sectionSlug: sections.slug,
      working: stories.working,
      lockedBy: stories.lockedBy,
      lockedAt: stories.lockedAt,
      holderName: holder.name,
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .leftJoin(writer, eq(writer.id, stories.createdBy))
    .leftJoin(editor, eq(editor.id, stories.updatedBy))
    .leftJoin(holder, eq(holder.id, stories.lockedBy))
    .where(eq(stories.id, id));
  if (!s) return null;
  const noteAuthor = aliasedTable(users, "note_author");
  const linkAuthor = aliasedTable(users, "link_author");
  const [notes, links, notices, photos, checklist] = await Promise.all([
    db
      .select({
        id: editorialNotes.id,
        kind: editorialNotes.kind,
        body: editorialNotes.body,
        authorName: noteAuthor.name,
        createdAt: editorialNotes.createdAt,
      })
      .from(editorialNotes)
      .leftJoin(noteAuthor, eq(noteAuthor.id, editorialNotes.createdBy))
      .where(eq(editorialNotes.storyId, id))
      .orderBy(asc(editorialNotes.createdAt)),
    db
      .select({
        id: previewLinks.id,
        createdAt: previewLinks.createdAt,
        expiresAt: previewLinks.expiresAt,
        revokedAt: previewLinks.revokedAt,
        createdByName: linkAuthor.name,
      })
      .from(previewLinks)
      .leftJoin(linkAuthor, eq(linkAuthor.id, previewLinks.createdBy))
      .where(eq(previewLinks.storyId, id))
      .orderBy(desc(previewLinks.createdAt)),
    db
      .select({ id: corrections.id, kind: corrections.kind, text: corrections.text, createdAt: corrections.createdAt })
      .from(corrections)
      .where(eq(corrections.storyId, id))
      .orderBy(asc(corrections.createdAt)),
    getDeskPhotos(photoIds(s.working)),
    checklistFor(db, id, s.working),
  ]);
  const lockExpires = s.lockedAt ? new Date(s.lockedAt.getTime() + LOCK_TTL_MS) : null;
  const held = !!s.lockedBy && !!lockExpires && lockExpires.getTime() > Date.now();
  const lock: LockState = {
    holderId: held ? s.lockedBy : null,
    holderName: held ? s.holderName : null,
    mine: held && s.lockedBy === viewerId,
    expiresAt: held ? lockExpires!.toISOString() : null,
  };
  return {
    id: s.id,
    status: s.status,
    version: s.version,
    pendingChanges: s.pendingChanges,
    createdBy: s.createdBy,
    writerName: s.writerName,
    updatedAt: s.updatedAt.toISOString(),
    updatedByName: s.updatedByName,
    publishedAt: s.publishedAt?.toISOString() ?? null,
    scheduledAt: s.scheduledAt?.toISOString() ?? null,
    liveUrl: s.status === "published" ? `/${s.sectionSlug}/${s.slug}` : null,
    working: s.working,
    lock,
    photos,
    checklist,
    notes: notes.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() })),
    previewLinks: links.map((l) => ({
      id: l.id,
      createdAt: l.createdAt.toISOString(),
      expiresAt: l.expiresAt.toISOString(),
      revoked: !!l.revokedAt,
      createdByName: l.createdByName,
    })),
    corrections: notices.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    timeZone,
  };
}

export async function getDeskOptions(): Promise<DeskOptions> {
  const db = await getDb();
  const [sectionRows, authorRows, tagRows] = await Promise.all([
    db
      .select({ id: sections.id, name: sections.name })
      .from(sections)
      .orderBy(asc(sections.position), asc(sections.name)),
    db
      .select({
        id: authors.id,
        name: authors.name,
        kind: authors.kind,
        slug: authors.slug,
        publicEmail: authors.publicEmail,
        storageKey: media.storageKey,
      })
      .from(authors)
      .leftJoin(media, eq(media.id, authors.photoId))
      .orderBy(asc(authors.name), asc(authors.slug)),
    db.select({ name: tags.name }).from(tags).orderBy(asc(tags.name)).limit(500),
  ]);
  const authorOptions = authorRows.map(({ storageKey, ...a }) => ({
    ...a,
    photoUrl: storageKey ? mediaUrl(storageKey) : null,
  }));
  return { sections: sectionRows, authors: authorOptions, tags: tagRows.map((t) => t.name) };
}

export type DashboardRow = {
  id: string;
  headline: string;
  status: StoryStatus;
  pendingChanges: boolean;
  sectionName: string;
  writerName: string | null;
  updatedAt: Date;
  updatedByName: string | null;
  scheduledAt: Date | null;
  publishedAt: Date | null;
  note: string | null;
};

/** Desk lists, newest first: every story, or only those one person wrote. Callers check the capability. */
export async function listDeskStories(
  filter: { createdBy?: string; statuses?: StoryStatus[]; pendingOnly?: boolean; limit?: number } = {},
): Promise<DashboardRow[]> {
  const db = await getDb();
  const writer = aliasedTable(users, "writer");
  const editor = aliasedTable(users, "editor");
  const rows = await db
    .select({
      id: stories.id,
      headline: sql<string>`${stories.working}->>'headline'`,
      status: stories.status,
      pendingChanges: stories.pendingChanges,
      sectionName: sections.name,
      writerName: writer.name,
      updatedAt: stories.updatedAt,
      updatedByName: editor.name,
      scheduledAt: stories.scheduledAt,
      publishedAt: stories.publishedAt,
      // The latest "return" note, shown to the reporter beside a story sent back.
      note: sql<
        string | null
      >`(select n.body from ${editorialNotes} n where n.story_id = ${stories.id} and n.kind = 'return' order by n.created_at desc limit 1)`,
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, sql`(${stories.working}->>'sectionId')::uuid`))
    .leftJoin(writer, eq(writer.id, stories.createdBy))
    .leftJoin(editor, eq(editor.id, stories.updatedBy))
    .where(
      and(
        filter.createdBy ? eq(stories.createdBy, filter.createdBy) : undefined,
        filter.statuses ? inArray(stories.status, filter.statuses) : undefined,
        filter.pendingOnly ? eq(stories.pendingChanges, true) : undefined,
      ),
    )
    .orderBy(filter.statuses?.includes("scheduled") ? asc(stories.scheduledAt) : desc(stories.updatedAt))
    .limit(filter.limit ?? 50);
  return rows;
}

export type RevisionRow = {
  id: string;
  version: number;
  kind: string;
  status: StoryStatus | null;
  createdAt: Date;
  createdByName: string | null;
  headline: string;
};

export async function listRevisions(storyId: string): Promise<RevisionRow[]> {
  if (!isUuid(storyId)) return [];
  const db = await getDb();
  return db
    .select({
      id: revisions.id,
      version: revisions.version,
      kind: revisions.kind,
      status: revisions.status,
      createdAt: revisions.createdAt,
      createdByName: users.name,
      headline: revisions.headline,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.createdBy))
    .where(eq(revisions.storyId, storyId))
    .orderBy(desc(revisions.version))
    .limit(500);
}

/** Two revisions' full snapshots, for the comparison view. */
export async function getRevisionSnapshots(storyId: string, ids: string[]): Promise<Map<string, WorkingCopy>> {
  const wanted = ids.filter(isUuid);
  if (!wanted.length || !isUuid(storyId)) return new Map();
  const db = await getDb();
  const rows = await db
    .select({
      id: revisions.id,
      snapshot: revisions.snapshot,
      headline: revisions.headline,
      dek: revisions.dek,
      body: revisions.body,
    })
    .from(revisions)
    .where(and(eq(revisions.storyId, storyId), inArray(revisions.id, wanted)));
  // Old revisions kept only the words.
  return new Map(
    rows.map((r) => [r.id, r.snapshot ?? emptyWorkingCopy({ headline: r.headline, dek: r.dek, body: r.body })]),
  );
}

/** Names for ids a snapshot holds (sections, authors), so a comparison reads in words. */
export async function namesFor(sectionIds: string[], authorIds: string[]): Promise<Map<string, string>> {
  const db = await getDb();
  const [s, a] = await Promise.all([
    sectionIds.length
      ? db
          .select({ id: sections.id, name: sections.name })
          .from(sections)
          .where(inArray(sections.id, sectionIds.filter(isUuid)))
      : [],
    authorIds.length
      ? db
          .select({ id: authors.id, name: authors.name })
          .from(authors)
          .where(inArray(authors.id, authorIds.filter(isUuid)))
      : [],
  ]);
  return new Map([...s, ...a].map((r) => [r.id, r.name]));
}

export type AuditRow = {
  id: number;
  at: Date;
  action: string;
  actorName: string | null;
  entityId: string | null;
  storyHeadline: string | null;
  detail: Record<string, unknown> | null;
};

/** The audit log, newest first, filtered by story, person and kind (an action prefix such as "story.publish"). */
export async function listAuditEvents(filter: {
  storyId?: string;
  actorId?: string;
  action?: string;
  limit?: number;
  offset?: number;
}): Promise<AuditRow[]> {
  const db = await getDb();
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      actorName: users.name,
      entityId: auditEvents.entityId,
      storyHeadline: sql<string | null>`${stories.working}->>'headline'`,
      detail: auditEvents.detail,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .leftJoin(stories, and(eq(auditEvents.entityType, "story"), eq(sql`${stories.id}::text`, auditEvents.entityId)))
    .where(
      and(
        filter.storyId && isUuid(filter.storyId)
          ? and(eq(auditEvents.entityType, "story"), eq(auditEvents.entityId, filter.storyId))
          : undefined,
        filter.actorId && isUuid(filter.actorId) ? eq(auditEvents.actorId, filter.actorId) : undefined,
        filter.action ? eq(auditEvents.action, filter.action) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(filter.limit ?? 100)
    .offset(filter.offset ?? 0);
}

export async function listAuditFilters(): Promise<{ actions: string[]; people: { id: string; name: string }[] }> {
  const db = await getDb();
  const [actions, people] = await Promise.all([
    db.selectDistinct({ action: auditEvents.action }).from(auditEvents).orderBy(asc(auditEvents.action)),
    db.select({ id: users.id, name: users.name }).from(users).orderBy(asc(users.name)),
  ]);
  return { actions: actions.map((a) => a.action), people };
}
