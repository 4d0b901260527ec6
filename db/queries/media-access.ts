import "server-only";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { getDb, rowsOf } from "../index";
import { photoKeyOf } from "@/lib/content/media-url";

export type ServableMedia = { mediaId: string; mimeType: string; isPublic: boolean };

/**
 * The registered photo behind a stored file: found by its photo's key (photoKeyOf, the unique storage_key index),
 * then the file must be that photo or one of its listed reader sizes. Not a GIN index on variants: PGlite's planner
 * (PostgreSQL 18) still chose a scan of the whole table over one at 20,000 photos.
 */
export function mediaByKeyQuery(key: string, photoKey: string) {
  return sql`
    select m.id, coalesce(case when m.storage_key = ${key} then m.mime_type end,
                          (select v->>'mimeType' from jsonb_array_elements(m.variants) v where v->>'key' = ${key} limit 1)) as mime_type
    from media m
    where m.storage_key = ${photoKey}
      and (m.storage_key = ${key} or m.variants @> jsonb_build_array(jsonb_build_object('key', ${key}::text)))`;
}

/**
 * Whether anonymous readers may see a photo: it is an author's portrait (checked first: few rows, and portraits are
 * the common public case after story photos), or a published, not-embargoed story shows it (story_media, kept by
 * publish and backfilled by migration 0006), or a shown update of a live, published story does. Its own query, so the planner sees the actual id: a photo no story
 * uses is looked up in story_media's index, not guessed to be as common as the photos most stories show.
 */
export function mediaIsPublicQuery(id: string) {
  return sql`select (
    exists (select 1 from authors a where a.photo_id = ${id})
    or exists (select 1 from story_media sm join stories s on s.id = sm.story_id
               where sm.media_id = ${id} and s.status = 'published' and s.published_at <= now())
    or exists (select 1 from live_updates lu join stories s on s.id = lu.story_id
               where lu.media_id = ${id} and lu.removed_at is null and s.status = 'published' and s.published_at <= now()
                 and exists (select 1 from live_coverage lc where lc.story_id = s.id))) as is_public`;
}

/**
 * The registered photo behind a stored key, with the type to serve it as and whether anonymous readers may see
 * it. Null for any key that is not registered media; a key that cannot be one of ours costs no query at all.
 */
export async function getServableMedia(key: string): Promise<ServableMedia | null> {
  const photoKey = photoKeyOf(key);
  if (!photoKey) return null;
  const db = await getDb();
  const [row] = rowsOf<{ id: string; mime_type: string }>(await db.execute(mediaByKeyQuery(key, photoKey)));
  if (!row) return null;
  const [access] = rowsOf<{ is_public: boolean }>(await db.execute(mediaIsPublicQuery(row.id)));
  return { mediaId: row.id, mimeType: row.mime_type, isPublic: access?.is_public === true };
}

/**
 * Whether a preview token is live (not expired, not revoked) for a story whose working copy uses this photo, as
 * its hero or in a body photo node. The token is compared by its SHA-256, as stored.
 */
export async function previewAllowsMedia(token: string, mediaId: string): Promise<boolean> {
  const tokenHash = createHash("sha256").update(token).digest("hex");
  const db = await getDb();
  const rows = rowsOf<{ ok: boolean }>(
    await db.execute(sql`
    select exists (
      select 1 from preview_links p join stories s on s.id = p.story_id
      where p.token_hash = ${tokenHash} and p.revoked_at is null and p.expires_at > now()
        and (s.working->>'heroMediaId' = ${mediaId}
             or jsonb_path_exists(s.working->'body', '$.**.mediaId ? (@ == $id)', jsonb_build_object('id', ${mediaId}::text)))
    ) as ok`),
  );
  return rows[0]?.ok === true;
}
