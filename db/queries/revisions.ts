import "server-only";
import { isUuid } from "@/lib/content/uuid";
import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "../index";
import { emptyWorkingCopy } from "@/lib/story/model";
import { authors, revisions, sections, users } from "../schema";
import type { WorkingCopy } from "../schema";
import type { StoryStatus } from "@/lib/story/workflow";

// A story's revisions: the list, the snapshots compared, and the names they mention.

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
