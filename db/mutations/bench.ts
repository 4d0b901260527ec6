import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../index";
import { stories } from "../schema";
import { updateStory } from "./stories";

/** The benchmark's edit: a new headline on a published story, through the same updateStory the desk uses. */
export async function retitleStoryBySlug(slug: string, headline: string | null): Promise<string | null> {
  const db = await getDb();
  const [story] = await db.select({ id: stories.id, version: stories.version, dek: stories.dek, body: stories.body })
    .from(stories).where(eq(stories.slug, slug));
  if (!story) return null;
  if (headline !== null) await updateStory(db, story.id, story.version, { headline, dek: story.dek, body: story.body }, null);
  return story.id;
}
