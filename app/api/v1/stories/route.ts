import { connection } from "next/server";
import { listApiStories } from "@/db/queries/content-api";
import { withApiKey } from "@/lib/api/http";
import { encodeCursor, storyFilter } from "@/lib/api/params";
import { apiStorySummary } from "@/lib/api/serialize";

/** Published stories, newest first, filtered and paged by cursor (lib/api/openapi.ts). */
export async function GET(req: Request) {
  await connection();
  return withApiKey(req, async (url) => {
    const filter = storyFilter(url.searchParams);
    // One more than the page tells whether a next page exists without counting.
    const rows = await listApiStories({ ...filter, limit: filter.limit + 1 });
    const page = rows.slice(0, filter.limit);
    const last = page[page.length - 1];
    return {
      data: page.map(apiStorySummary),
      next_cursor: rows.length > filter.limit && last ? encodeCursor(last) : null,
    };
  });
}
