import { searchMedia } from "@/db/queries/media";
import { currentUser } from "@/lib/authz";
import { permits } from "@/lib/auth/actor";
import type { MediaPage } from "@/lib/content/media-summary";
import { mediaSearchSchema } from "@/lib/validation/media";

/** GET /admin/media/search?q=&page=: the library as JSON (MediaPage), newest first, for the photo pickers. */
export async function GET(req: Request): Promise<Response> {
  const actor = await currentUser();
  const headers = { "Cache-Control": "private, no-store" };
  if (!actor) return Response.json({ error: "Sign in to see the photo library." }, { status: 401, headers });
  if (!permits(actor, "desk.view")) return Response.json({ error: "Not allowed." }, { status: 403, headers });
  const params = new URL(req.url).searchParams;
  const { q, page } = mediaSearchSchema.parse({ q: params.get("q") ?? "", page: params.get("page") ?? 1 });
  const found = await searchMedia(q, page);
  const body: MediaPage = { ...found, items: found.items.map((i) => i.media) };
  return Response.json(body, { headers });
}
