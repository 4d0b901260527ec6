import "server-only";
import { isUuid } from "@/lib/content/uuid";
import { aliasedTable, and, asc, desc, eq, inArray, ne } from "drizzle-orm";
import { getDb } from "../index";
import { checklistFor } from "./story-checks";
import { getSiteSettings } from "./settings";
import { photoIds } from "@/lib/story/photos";
import { mediaUrl } from "@/lib/content/media-url";
import { authors, corrections, editorialNotes, media, previewLinks, sections, stories, tags, users } from "../schema";
import type { DeskOptions, DeskPhoto, DeskStoryView, LockState } from "@/lib/story/desk-types";
import { LOCK_TTL_MS } from "@/lib/story/workflow";

// The desk's story pages: a story's state for actions, the editor's view with its photos, and the form's options.

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
  const [sectionRows, authorRows, tagRows, settings] = await Promise.all([
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
    getSiteSettings(),
  ]);
  const authorOptions = authorRows.map(({ storageKey, ...a }) => ({
    ...a,
    photoUrl: storageKey ? mediaUrl(storageKey) : null,
  }));
  return {
    sections: sectionRows,
    authors: authorOptions,
    tags: tagRows.map((t) => t.name),
    languages: settings.languages,
  };
}

export type DeskEdition = { id: string; language: string; headline: string; status: string; createdBy: string | null };

/** A story's editions in other languages (any status), for the desk's Editions panel. Callers check who may see. */
export async function getDeskEditions(id: string): Promise<DeskEdition[]> {
  const db = await getDb();
  const [s] = await db.select({ group: stories.editionGroup }).from(stories).where(eq(stories.id, id));
  if (!s?.group) return [];
  const rows = await db
    .select({ id: stories.id, working: stories.working, status: stories.status, createdBy: stories.createdBy })
    .from(stories)
    .where(and(eq(stories.editionGroup, s.group), ne(stories.id, id)))
    .orderBy(asc(stories.createdAt));
  return rows.map((r) => ({
    id: r.id,
    language: r.working.language ?? "en",
    headline: r.working.headline,
    status: r.status,
    createdBy: r.createdBy,
  }));
}
