import { releaseLock } from "@/db/mutations/story-desk";
import { writer } from "@/db/mutations/writer";
import { currentUser } from "@/lib/authz";
import { fromAnotherSite } from "@/lib/request-guards";
import { permits } from "@/lib/auth/actor";
import { isUuid } from "@/lib/route-input";
import { lockTabSchema } from "@/lib/validation/story";

const answer = (status: number) => new Response(null, { status, headers: { "Cache-Control": "private, no-store" } });

/**
 * POST /admin/stories/<id>/release: the editor's beacon as its writer leaves (closes the tab, goes elsewhere), so
 * a colleague can open the story at once instead of waiting two minutes for the soft lock to lapse. It lets go
 * only of a lock this person holds from that tab; anything else changes nothing (204 all the same).
 */
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await currentUser();
  if (!actor) return answer(401);
  if (!permits(actor, "desk.view")) return answer(403);
  // Another site cannot make a signed-in browser drop its lock (fetch metadata; absent for scripts).
  if (fromAnotherSite(req.headers)) return answer(403);
  const { id } = await params;
  if (!isUuid(id)) return answer(404);
  // The leaving tab's id is in the address, not a body: a tab closing may cut a body short.
  const tab = lockTabSchema.safeParse(new URL(req.url).searchParams.get("tab") ?? "");
  if (!tab.success) return answer(400);
  await releaseLock(await writer(), id, actor.id, tab.data);
  return answer(204);
}
