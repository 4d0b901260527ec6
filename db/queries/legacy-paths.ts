import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "../index";
import { legacyPaths, sections, stories } from "../schema";
import { isPublic } from "./published";

/**
 * Where an old site's address (a key from lib/legacy-paths.ts) lives now: a story's current address while it is
 * public (a story that moved since keeps its old address working), or the fixed path of a section, tag or author.
 */
export async function findLegacyTarget(key: string): Promise<{ path: string; storySlug: string | null } | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      target: legacyPaths.target,
      slug: stories.slug,
      sectionSlug: sections.slug,
      storyId: legacyPaths.storyId,
    })
    .from(legacyPaths)
    .leftJoin(stories, and(eq(stories.id, legacyPaths.storyId), isPublic))
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .where(eq(legacyPaths.path, key));
  if (!row) return null;
  if (row.storyId) return row.slug ? { path: `/${row.sectionSlug}/${row.slug}`, storySlug: row.slug } : null;
  return row.target ? { path: row.target, storySlug: null } : null;
}
