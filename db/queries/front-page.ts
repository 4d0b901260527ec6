import "server-only";
import { and, desc, eq, gt, inArray, isNull } from "drizzle-orm";
import { getDb } from "../index";
import { breakingBanners, frontPageLayouts, users } from "../schema";
import { emptyFrontLayout, type FrontLayout } from "@/lib/content/front-page";
import type { StoryCard } from "@/lib/content/types";
import { stories } from "../schema";
import { selectCards } from "./stories";

/** Whose layouts: the front page's (null) or a section front's (the section's id). */
const ofFront = (sectionId: string | null) =>
  sectionId ? eq(frontPageLayouts.sectionId, sectionId) : isNull(frontPageLayouts.sectionId);

/** The layout readers see on a front: the newest saved one, or none chosen (everything in time order). */
export async function getCurrentFrontLayout(sectionId: string | null = null): Promise<FrontLayout> {
  const db = await getDb();
  const [row] = await db
    .select({ layout: frontPageLayouts.layout })
    .from(frontPageLayouts)
    .where(ofFront(sectionId))
    .orderBy(desc(frontPageLayouts.createdAt), desc(frontPageLayouts.id))
    .limit(1);
  return row?.layout ?? emptyFrontLayout;
}

/** A saved layout and the front it was saved for (null: the front page). */
export async function getFrontLayout(id: string): Promise<{ layout: FrontLayout; sectionId: string | null } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ layout: frontPageLayouts.layout, sectionId: frontPageLayouts.sectionId })
    .from(frontPageLayouts)
    .where(eq(frontPageLayouts.id, id));
  return row ?? null;
}

/** A front's earlier layouts for the desk's history, newest first, with who saved them. */
export async function listFrontLayouts(limit = 10, sectionId: string | null = null) {
  const db = await getDb();
  return db
    .select({
      id: frontPageLayouts.id,
      layout: frontPageLayouts.layout,
      createdAt: frontPageLayouts.createdAt,
      by: users.name,
    })
    .from(frontPageLayouts)
    .leftJoin(users, eq(users.id, frontPageLayouts.createdBy))
    .where(ofFront(sectionId))
    .orderBy(desc(frontPageLayouts.createdAt), desc(frontPageLayouts.id))
    .limit(limit);
}

/** Public cards of these stories (published ones only), in no particular order. */
export function listPublicCardsById(ids: string[]): Promise<StoryCard[]> {
  return ids.length ? selectCards(inArray(stories.id, ids), ids.length) : Promise.resolve([]);
}

export type Banner = { id: string; text: string; href: string; endsAt: Date };

/** The banner readers see now: the newest one neither taken down nor past its end. */
export async function getActiveBanner(now = new Date()): Promise<Banner | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: breakingBanners.id,
      text: breakingBanners.text,
      href: breakingBanners.href,
      endsAt: breakingBanners.endsAt,
    })
    .from(breakingBanners)
    .where(and(isNull(breakingBanners.takenDownAt), gt(breakingBanners.endsAt, now)))
    .orderBy(desc(breakingBanners.createdAt))
    .limit(1);
  return row ?? null;
}
