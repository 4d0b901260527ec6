import { connection } from "next/server";
import { searchStories } from "@/db/queries/search";
import { ApiProblem, withApiKey } from "@/lib/api/http";
import { apiStorySummary } from "@/lib/api/serialize";

/** The site's search: full text (English stemming), then typos and Korean words by substring. */
export async function GET(req: Request) {
  await connection();
  return withApiKey(req, async (url) => {
    const q = url.searchParams.get("q")?.trim() ?? "";
    if (!q || q.length > 200) throw new ApiProblem(400, "bad_parameter", "`q` must be 1 to 200 characters.");
    const pageText = url.searchParams.get("page") ?? "1";
    const page = Number(pageText);
    if (!/^\d+$/.test(pageText) || page < 1 || page > 100)
      throw new ApiProblem(400, "bad_parameter", "`page` must be a whole number from 1 to 100.");
    const result = await searchStories(q, page, 20);
    return { data: result.hits.map(apiStorySummary), total: result.total, page, page_size: result.pageSize };
  });
}
