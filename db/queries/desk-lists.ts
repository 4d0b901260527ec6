import "server-only";
import { aliasedTable, and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "../index";
import { editorialNotes, sections, stories, users } from "../schema";
import type { StoryStatus } from "@/lib/story/workflow";

// The desk's lists of stories: the dashboard groups and the stories page.

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
