import { getServableMedia, previewAllowsMedia } from "@/db/queries/media-access";
import { currentUser } from "@/lib/authz";
import { blobStore } from "@/lib/media/blob-store";
import { isSafeText } from "@/lib/route-input";

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });

/**
 * Serves registered photos only (a media row's key or one of its reader sizes), never any other file in storage.
 * A photo a published story or a byline shows is public and immutable (a new upload gets a new key); one used
 * only by unpublished stories goes to signed-in staff, or with ?preview=<token> to a preview of a story whose
 * working copy uses it, and is never stored by a shared cache. Anyone else gets the same 404 as for a missing key.
 * A key not shaped like ours is refused before any query (getServableMedia). Every query parameter but preview is
 * ignored, and the nginx configs (deploy/) key their media cache on the path, so ?r=<random> cannot bypass them.
 */
export async function GET(req: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  const found = await getServableMedia(key);
  if (!found) return notFound();
  if (!found.isPublic && !(await mayViewPrivate(req, found.mediaId))) return notFound();
  const file = await blobStore().get(key);
  if (!file) return notFound();
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": found.mimeType,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": found.isPublic ? "public, max-age=31536000, immutable" : "private, no-store",
      ...(found.isPublic ? {} : { Vary: "Cookie" }),
    },
  });
}

async function mayViewPrivate(req: Request, mediaId: string): Promise<boolean> {
  const token = new URL(req.url).searchParams.get("preview");
  if (token && isSafeText(token, 200) && (await previewAllowsMedia(token, mediaId))) return true;
  return (await currentUser()) !== null;
}
