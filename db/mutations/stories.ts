import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { revisions, stories, storyAuthors, storyTags, storyStatusEnum } from "../schema";
import { docToPlainText } from "@/lib/rich-text/text";
import type { RichTextDoc } from "@/lib/rich-text/types";
import { recordAudit } from "./audit";

export type StoryInput = {
  slug: string;
  headline: string;
  dek: string;
  body: RichTextDoc;
  sectionId: string;
  heroMediaId: string | null;
  authorIds: string[];
  tagIds: string[];
  featured?: boolean;
};

/** A save: the words always; placement and links only when given (left out, they stay as stored). */
export type StoryUpdate = Pick<StoryInput, "headline" | "dek" | "body"> & Partial<Omit<StoryInput, "headline" | "dek" | "body">>;

/** Raised when a save starts from an older version than the one stored; carries the stored text for the diff. */
export class StoryConflictError extends Error {
  constructor(public readonly current: { version: number; headline: string; dek: string; body: RichTextDoc }) {
    super(`This story was changed by someone else (now at version ${current.version}).`);
    this.name = "StoryConflictError";
  }
}

export type StoryStatus = (typeof storyStatusEnum.enumValues)[number];

/** Raised when a save is limited to some statuses (a writer's save) and the story has moved on, e.g. was published. */
export class StoryNotEditableError extends Error {
  constructor(public readonly status: StoryStatus) {
    super(`This story is ${status} and can no longer be changed by its writer.`);
    this.name = "StoryNotEditableError";
  }
}

async function replaceLinks(tx: Database, storyId: string, authorIds?: string[], tagIds?: string[]) {
  if (authorIds) {
    await tx.delete(storyAuthors).where(eq(storyAuthors.storyId, storyId));
    if (authorIds.length) await tx.insert(storyAuthors).values(authorIds.map((authorId, position) => ({ storyId, authorId, position })));
  }
  if (tagIds) {
    await tx.delete(storyTags).where(eq(storyTags.storyId, storyId));
    if (tagIds.length) await tx.insert(storyTags).values(tagIds.map((tagId) => ({ storyId, tagId })));
  }
}

export async function createStory(db: Database, input: StoryInput, actorId: string | null): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(stories)
      .values({
        slug: input.slug, headline: input.headline, dek: input.dek, body: input.body, bodyText: docToPlainText(input.body),
        sectionId: input.sectionId, heroMediaId: input.heroMediaId, featured: input.featured ?? false,
        createdBy: actorId, updatedBy: actorId,
      })
      .returning({ id: stories.id });
    const id = row!.id;
    await replaceLinks(tx, id, input.authorIds, input.tagIds);
    await tx.insert(revisions).values({ storyId: id, version: 1, headline: input.headline, dek: input.dek, body: input.body, createdBy: actorId });
    await recordAudit(tx, { actorId, action: "story.create", entityType: "story", entityId: id });
    return id;
  });
}

/**
 * Saves a new text for a story that was loaded at expectedVersion. A save from an older version is refused
 * with StoryConflictError, so nobody's words are silently overwritten. With onlyStatuses (a writer without
 * story.editAny), the same UPDATE also requires one of those statuses, else StoryNotEditableError: the check
 * and the write cannot be split by a publication in between.
 */
export async function updateStory(
  db: Database, id: string, expectedVersion: number, input: StoryUpdate, actorId: string | null,
  opts: { onlyStatuses?: readonly StoryStatus[] } = {},
): Promise<number> {
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(stories)
      .set({
        headline: input.headline, dek: input.dek, body: input.body, bodyText: docToPlainText(input.body),
        // Undefined fields are left out of the UPDATE by drizzle: what the caller did not send stays as stored.
        slug: input.slug, sectionId: input.sectionId, heroMediaId: input.heroMediaId, featured: input.featured,
        version: sql`${stories.version} + 1`, updatedBy: actorId, updatedAt: sql`now()`,
        // Readers see "Updated" only when a live story's text changes.
        contentUpdatedAt: sql`case when ${stories.status} = 'published' then now() else ${stories.contentUpdatedAt} end`,
      })
      .where(and(
        eq(stories.id, id), eq(stories.version, expectedVersion),
        opts.onlyStatuses ? inArray(stories.status, [...opts.onlyStatuses]) : undefined,
      ))
      .returning({ version: stories.version });
    if (!updated) {
      const [current] = await tx
        .select({ version: stories.version, status: stories.status, headline: stories.headline, dek: stories.dek, body: stories.body })
        .from(stories).where(eq(stories.id, id));
      if (!current) throw new Error(`Story ${id} not found`);
      // A writer locked out by status is told so, whatever the version: saving again would not help them.
      if (opts.onlyStatuses && !opts.onlyStatuses.includes(current.status)) throw new StoryNotEditableError(current.status);
      throw new StoryConflictError(current);
    }
    await replaceLinks(tx, id, input.authorIds, input.tagIds);
    await tx.insert(revisions).values({
      storyId: id, version: updated.version, headline: input.headline, dek: input.dek, body: input.body, createdBy: actorId,
    });
    await recordAudit(tx, { actorId, action: "story.update", entityType: "story", entityId: id, detail: { version: updated.version } });
    return updated.version;
  });
}

/**
 * Makes a story public; a story published before keeps its first publication time. Publishing (and
 * unpublishing) is a new version, so a form opened before it is refused as a conflict.
 */
export async function publishStory(db: Database, id: string, actorId: string | null, at?: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(stories)
      .set({
        status: "published", scheduledAt: null, version: sql`${stories.version} + 1`, updatedBy: actorId, updatedAt: sql`now()`,
        publishedAt: at ?? sql`coalesce(${stories.publishedAt}, now())`,
      })
      .where(eq(stories.id, id));
    await recordAudit(tx, { actorId, action: "story.publish", entityType: "story", entityId: id });
  });
}

export async function unpublishStory(db: Database, id: string, actorId: string | null): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(stories)
      .set({ status: "unpublished", version: sql`${stories.version} + 1`, updatedBy: actorId, updatedAt: sql`now()` })
      .where(eq(stories.id, id));
    await recordAudit(tx, { actorId, action: "story.unpublish", entityType: "story", entityId: id });
  });
}
