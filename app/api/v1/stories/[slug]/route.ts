import { connection } from "next/server";
import { ApiProblem, withApiKey } from "@/lib/api/http";
import { apiStory } from "@/lib/api/serialize";
import { readArticle } from "@/lib/reads";
import { isSafeText } from "@/lib/route-input";

/** One published story, its body as our document and as HTML, with its photos. */
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  return withApiKey(req, async () => {
    const article = isSafeText(slug) ? await readArticle(slug) : null;
    if (!article) throw new ApiProblem(404, "not_found", "No published story has this slug.");
    return { data: apiStory(article) };
  });
}
