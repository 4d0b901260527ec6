import "server-only";
import { isUuid } from "@/lib/content/uuid";
import { and, desc, eq, isNull, or, sql } from "drizzle-orm";
import { getDb } from "../index";
import { authors, liveCoverage, liveUpdates, media, stories, storyAuthors, users } from "../schema";
import { withOverrides, type LiveCoverage, type LiveUpdate } from "@/lib/content/types";
import type { DeskLiveView } from "@/lib/story/desk-types";
import { photoColumns, toPhoto } from "./stories";
import { isPublic } from "./published";

/** Readers get the newest updates; a story with more keeps its older ones off the page (and out of the poll). */
export const LIVE_UPDATES_SHOWN = 200;

const updateColumns = {
  id: liveUpdates.id,
  body: liveUpdates.body,
  linkUrl: liveUpdates.linkUrl,
  key: liveUpdates.key,
  caption: liveUpdates.caption,
  credit: liveUpdates.credit,
  createdAt: liveUpdates.createdAt,
  editedAt: liveUpdates.editedAt,
  photo: photoColumns,
};

type UpdateRow = {
  id: string;
  body: string;
  linkUrl: string | null;
  key: boolean;
  caption: string | null;
  credit: string | null;
  createdAt: Date;
  editedAt: Date | null;
  photo: Parameters<typeof toPhoto>[0];
};

function toUpdate(r: UpdateRow): LiveUpdate {
  return {
    id: r.id,
    body: r.body,
    linkUrl: r.linkUrl,
    key: r.key,
    photo: withOverrides(toPhoto(r.photo), { caption: r.caption, credit: r.credit }),
    createdAt: r.createdAt.toISOString(),
    editedAt: r.editedAt?.toISOString() ?? null,
  };
}

async function listUpdates(storyId: string) {
  const db = await getDb();
  return db
    .select({ ...updateColumns, authorName: users.name })
    .from(liveUpdates)
    .leftJoin(media, eq(media.id, liveUpdates.mediaId))
    .leftJoin(users, eq(users.id, liveUpdates.createdBy))
    .where(and(eq(liveUpdates.storyId, storyId), isNull(liveUpdates.removedAt)))
    .orderBy(desc(liveUpdates.createdAt), desc(liveUpdates.id))
    .limit(LIVE_UPDATES_SHOWN);
}

/** A published story's live coverage, for readers: null unless the story is public and has been made live. */
export async function getPublicLiveCoverage(storyId: string): Promise<LiveCoverage | null> {
  if (!isUuid(storyId)) return null;
  const db = await getDb();
  const [c] = await db
    .select({ startedAt: liveCoverage.startedAt, endedAt: liveCoverage.endedAt })
    .from(liveCoverage)
    .innerJoin(stories, eq(stories.id, liveCoverage.storyId))
    .where(and(eq(liveCoverage.storyId, storyId), isPublic));
  if (!c) return null;
  const rows = await listUpdates(storyId);
  return {
    startedAt: c.startedAt.toISOString(),
    endedAt: c.endedAt?.toISOString() ?? null,
    updates: rows.map(toUpdate),
  };
}

/** The desk's view of a story's coverage (whatever the story's status); the caller checks who may see it. */
export async function getDeskLive(storyId: string): Promise<DeskLiveView> {
  const db = await getDb();
  const [c] = await db
    .select({ startedAt: liveCoverage.startedAt, endedAt: liveCoverage.endedAt })
    .from(liveCoverage)
    .where(eq(liveCoverage.storyId, storyId));
  const rows = c ? await listUpdates(storyId) : [];
  return {
    startedAt: c?.startedAt.toISOString() ?? null,
    endedAt: c?.endedAt?.toISOString() ?? null,
    updates: rows.map((r) => {
      const photo = toPhoto(r.photo);
      return {
        id: r.id,
        body: r.body,
        key: r.key,
        linkUrl: r.linkUrl,
        caption: r.caption,
        credit: r.credit,
        authorName: r.authorName,
        createdAt: r.createdAt.toISOString(),
        editedAt: r.editedAt?.toISOString() ?? null,
        photo: photo && {
          id: photo.id,
          thumbUrl: photo.variants[0]?.url ?? photo.url,
          alt: photo.alt,
          caption: photo.caption,
          credit: photo.credit,
        },
      };
    }),
  };
}

/** A reporter of the story: its writer, or a journalist whose byline is on it. */
export async function isStoryReporter(storyId: string, userId: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(stories)
    .where(
      and(
        eq(stories.id, storyId),
        or(
          eq(stories.createdBy, userId),
          sql`exists (select 1 from ${storyAuthors} sa join ${authors} a on a.id = sa.author_id where sa.story_id = ${stories.id} and a.user_id = ${userId})`,
        ),
      ),
    );
  return !!row;
}

export async function libraryPhotoExists(id: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ id: media.id }).from(media).where(eq(media.id, id));
  return !!row;
}
