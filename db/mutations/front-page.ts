import "server-only";
import type { Database } from "../client";
import { and, isNull, sql } from "drizzle-orm";
import { breakingBanners, frontPageLayouts } from "../schema";
import type { FrontLayout } from "@/lib/content/front-page";
import { recordAudit } from "./audit";

/**
 * Saves a new layout version of the front page (sectionId null) or of a section front (restoring an old one saves
 * it again, so history only grows).
 */
export async function saveFrontLayout(
  db: Database,
  layout: FrontLayout,
  actorId: string,
  restoredFrom?: string,
  sectionId: string | null = null,
): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(frontPageLayouts)
      .values({ layout, createdBy: actorId, sectionId })
      .returning({ id: frontPageLayouts.id });
    await recordAudit(tx, {
      actorId,
      action: restoredFrom ? "frontpage.restore" : "frontpage.save",
      entityType: "front_page_layout",
      entityId: row!.id,
      detail: { ...layout, ...(sectionId ? { sectionId } : {}), ...(restoredFrom ? { restoredFrom } : {}) },
    });
    return row!.id;
  });
}

/** Posts a banner; it replaces any banner up now. */
export async function postBanner(
  db: Database,
  input: { text: string; href: string; endsAt: Date },
  actorId: string,
): Promise<string> {
  return db.transaction(async (tx) => {
    await tx
      .update(breakingBanners)
      .set({ takenDownAt: sql`now()` })
      .where(isNull(breakingBanners.takenDownAt));
    const [row] = await tx
      .insert(breakingBanners)
      .values({ ...input, createdBy: actorId })
      .returning({ id: breakingBanners.id });
    await recordAudit(tx, {
      actorId,
      action: "banner.post",
      entityType: "breaking_banner",
      entityId: row!.id,
      detail: { ...input, endsAt: input.endsAt.toISOString() },
    });
    return row!.id;
  });
}

/** Takes down every banner up; returns how many there were. */
export async function takeDownBanners(db: Database, actorId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(breakingBanners)
      .set({ takenDownAt: sql`now()` })
      .where(and(isNull(breakingBanners.takenDownAt), sql`${breakingBanners.endsAt} > now()`))
      .returning({ id: breakingBanners.id });
    await tx
      .update(breakingBanners)
      .set({ takenDownAt: sql`now()` })
      .where(isNull(breakingBanners.takenDownAt));
    if (rows.length)
      await recordAudit(tx, {
        actorId,
        action: "banner.takedown",
        entityType: "breaking_banner",
        entityId: rows[0]!.id,
      });
    return rows.length;
  });
}
