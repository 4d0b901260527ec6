import "server-only";
import { createHash } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb } from "../index";
import { previewLinks } from "../schema";

/** Only a token's hash is stored, so a leaked table opens no preview. */
export const hashPreviewToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A valid (unexpired, unrevoked) share link's story, or null. */
export async function findPreviewLink(token: string): Promise<{ storyId: string; expiresAt: Date } | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ storyId: previewLinks.storyId, expiresAt: previewLinks.expiresAt })
    .from(previewLinks)
    .where(
      and(
        eq(previewLinks.tokenHash, hashPreviewToken(token)),
        isNull(previewLinks.revokedAt),
        gt(previewLinks.expiresAt, sql`now()`),
      ),
    );
  return row ?? null;
}
