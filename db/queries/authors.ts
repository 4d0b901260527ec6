import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "../index";
import { authors, media } from "../schema";
import { mediaUrl } from "@/lib/content/media-url";

export async function listDeskAuthors() {
  const db = await getDb();
  const rows = await db
    .select({
      id: authors.id,
      name: authors.name,
      slug: authors.slug,
      kind: authors.kind,
      publicEmail: authors.publicEmail,
      storageKey: media.storageKey,
    })
    .from(authors)
    .leftJoin(media, eq(media.id, authors.photoId))
    .orderBy(asc(authors.name));
  return rows.map(({ storageKey, ...a }) => ({ ...a, photoUrl: storageKey ? mediaUrl(storageKey) : null }));
}
