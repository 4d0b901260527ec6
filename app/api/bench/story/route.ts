import { retitleStoryBySlug } from "@/db/mutations/bench";
import { benchTokenMatches } from "@/lib/ops/bench-gate";
import { expireStory, revalidateStory } from "@/lib/revalidate";
import { writer } from "@/db/mutations/writer";

/**
 * For `npm run bench` only, and absent (404) unless the server was started for it (lib/ops/bench-gate.ts): changes a story's
 * headline (or only expires its cache, for a cold render) through the same mutation and revalidation a publish uses.
 * `proxy: false` leaves the reverse proxy alone, so the next request to the origin is the article's first render.
 */
export async function POST(req: Request) {
  if (!benchTokenMatches(req.headers.get("x-bench-token"))) return new Response("Not found", { status: 404 });
  const { slug, headline, proxy } = (await req.json()) as { slug?: string; headline?: string; proxy?: boolean };
  if (typeof slug !== "string") return new Response("slug?", { status: 400 });
  const done = await retitleStoryBySlug(await writer(), slug, typeof headline === "string" ? headline : null);
  if (!done) return new Response("Not found", { status: 404 });
  const o = done.outcome;
  const before = o?.ok ? [o.before, o.after] : [];
  if (proxy === false) await expireStory(done.id, ...before);
  else await revalidateStory(done.id, ...before);
  return Response.json({ ok: true, id: done.id });
}
