import "server-only";
import type { Database } from "../client";
import { eq, sql } from "drizzle-orm";
import { stories } from "../schema";
import { applyTransition, type TransitionOutcome } from "./story-workflow";

/**
 * The benchmark's edit: a new headline on a live story's working copy, then the desk's own Publish (checklist,
 * version check, live copy, cache tags). With no headline, nothing changes and the caller only expires the cache.
 */
export async function retitleStoryBySlug(
  db: Database,
  slug: string,
  headline: string | null,
): Promise<{ id: string; outcome: TransitionOutcome | null } | null> {
  const [story] = await db
    .select({ id: stories.id, version: stories.version, working: stories.working })
    .from(stories)
    .where(eq(stories.slug, slug));
  if (!story) return null;
  if (headline === null) return { id: story.id, outcome: null };
  const [saved] = await db
    .update(stories)
    .set({
      working: { ...story.working, headline },
      pendingChanges: true,
      version: sql`${stories.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(stories.id, story.id))
    .returning({ version: stories.version });
  return {
    id: story.id,
    outcome: await applyTransition(db, story.id, saved!.version, "publish", null, { skipChecklist: true }),
  };
}
