import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "../index";
import { sections, stories, users } from "../schema";

export type DeskStoryRow = { id: string; headline: string; status: string; updatedAt: Date; sectionName: string; createdBy: string | null; writer: string | null };

/** Stories for the desk list: every story, or only those a given user wrote. Callers check the capability. */
export async function listDeskStories(opts: { createdBy?: string } = {}): Promise<DeskStoryRow[]> {
  const db = await getDb();
  return db
    .select({
      id: stories.id, headline: stories.headline, status: stories.status, updatedAt: stories.updatedAt,
      sectionName: sections.name, createdBy: stories.createdBy, writer: users.name,
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .leftJoin(users, eq(users.id, stories.createdBy))
    .where(opts.createdBy ? eq(stories.createdBy, opts.createdBy) : undefined)
    .orderBy(desc(stories.updatedAt))
    .limit(200);
}

/** One story with what the edit form needs; a draft, so the caller checks canEditStory() first. */
export async function getDeskStory(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: stories.id, slug: stories.slug, headline: stories.headline, dek: stories.dek, body: stories.body,
      status: stories.status, version: stories.version, createdBy: stories.createdBy, sectionSlug: sections.slug,
    })
    .from(stories).innerJoin(sections, eq(sections.id, stories.sectionId)).where(eq(stories.id, id));
  return row ?? null;
}
