import { readArticle, readLive } from "@/lib/reads";
import { READER_CACHE_CONTROL } from "@/lib/cache-policy";
import { isSafeText } from "@/lib/route-input";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": READER_CACHE_CONTROL } });

/**
 * A live story's updates for open reader pages to poll. The same answer for every reader (keyed only by the
 * story: no cursor, no cookie), so nginx's one-second copy serves them all and each instance renders it at most
 * about once a second however many readers poll.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ section: string; slug: string }> }) {
  const { section, slug } = await params;
  if (!isSafeText(slug) || !isSafeText(section)) return notFound();
  const article = await readArticle(slug);
  if (!article || article.section.slug !== section) return notFound();
  const live = await readLive(article.id, article.slug);
  if (!live) return notFound();
  return Response.json(live, {
    headers: { "Cache-Control": READER_CACHE_CONTROL, "X-Content-Type-Options": "nosniff" },
  });
}
