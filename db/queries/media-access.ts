import "server-only";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { getDb } from "../index";

// Both drivers answer a raw query with { rows }.
const rowsOf = <T,>(result: unknown) => (result as { rows: T[] }).rows;

export type ServableMedia = { mediaId: string; mimeType: string; isPublic: boolean };

// A photo is public when a published, not-embargoed story shows it (story_media, kept by publish; the live hero and
// body are checked too, for stories published before story_media was kept) or when it is an author's portrait.
const isPublicSql = (id: ReturnType<typeof sql>) => sql`(
  exists (select 1 from story_media sm join stories s on s.id = sm.story_id
          where sm.media_id = ${id} and s.status = 'published' and s.published_at <= now())
  or exists (select 1 from stories s where s.status = 'published' and s.published_at <= now() and (
          s.hero_media_id = ${id}
          or jsonb_path_exists(s.body, '$.**.mediaId ? (@ == $id)', jsonb_build_object('id', ${id}::text))))
  or exists (select 1 from authors a where a.photo_id = ${id}))`;

/**
 * The registered photo behind a stored key (its own key or one of its reader sizes), with the type to serve it
 * as and whether anonymous readers may see it. Null for any key that is not registered media.
 */
export async function getServableMedia(key: string): Promise<ServableMedia | null> {
  const db = await getDb();
  const rows = rowsOf<{ id: string; mime_type: string; is_public: boolean }>(await db.execute(sql`
    select m.id, coalesce(case when m.storage_key = ${key} then m.mime_type end,
                          (select v->>'mimeType' from jsonb_array_elements(m.variants) v where v->>'key' = ${key} limit 1),
                          m.mime_type) as mime_type,
           ${isPublicSql(sql`m.id`)} as is_public
    from media m
    where m.storage_key = ${key} or m.variants @> jsonb_build_array(jsonb_build_object('key', ${key}::text))
    limit 1`));
  const row = rows[0];
  return row ? { mediaId: row.id, mimeType: row.mime_type, isPublic: row.is_public } : null;
}

/**
 * Whether a preview token is live (not expired, not revoked) for a story whose working copy uses this photo, as
 * its hero or in a body photo node. The token is compared by its SHA-256, as stored.
 */
export async function previewAllowsMedia(token: string, mediaId: string): Promise<boolean> {
  const tokenHash = createHash("sha256").update(token).digest("hex");
  const db = await getDb();
  const rows = rowsOf<{ ok: boolean }>(await db.execute(sql`
    select exists (
      select 1 from preview_links p join stories s on s.id = p.story_id
      where p.token_hash = ${tokenHash} and p.revoked_at is null and p.expires_at > now()
        and (s.working->>'heroMediaId' = ${mediaId}
             or jsonb_path_exists(s.working->'body', '$.**.mediaId ? (@ == $id)', jsonb_build_object('id', ${mediaId}::text)))
    ) as ok`));
  return rows[0]?.ok === true;
}
