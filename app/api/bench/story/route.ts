import { timingSafeEqual } from "node:crypto";
import { retitleStoryBySlug } from "@/db/mutations/bench";
import { revalidateStory } from "@/lib/revalidate";

/**
 * For `npm run bench` only, and absent (404) unless the server was started with BENCH_TOKEN: changes a story's
 * headline (or only expires its cache, for a cold render) through the same mutation and revalidation a publish uses.
 */
export async function POST(req: Request) {
  const token = process.env.BENCH_TOKEN ?? "";
  const given = req.headers.get("x-bench-token") ?? "";
  if (token.length < 16 || given.length !== token.length || !timingSafeEqual(Buffer.from(given), Buffer.from(token))) {
    return new Response("Not found", { status: 404 });
  }
  const { slug, headline } = (await req.json()) as { slug?: string; headline?: string };
  if (typeof slug !== "string") return new Response("slug?", { status: 400 });
  const done = await retitleStoryBySlug(slug, typeof headline === "string" ? headline : null);
  if (!done) return new Response("Not found", { status: 404 });
  const o = done.outcome;
  await revalidateStory(done.id, ...(o?.ok ? [o.before, o.after] : []));
  return Response.json({ ok: true, id: done.id });
}
