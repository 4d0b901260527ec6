import { connection } from "next/server";
import { listApiTags } from "@/db/queries/content-api";
import { withApiKey } from "@/lib/api/http";
import { siteUrl } from "@/lib/site-url";

/** Tags that have at least one published story. */
export async function GET(req: Request) {
  await connection();
  return withApiKey(req, async () => ({
    data: (await listApiTags()).map((t) => ({ ...t, url: siteUrl(`/tags/${t.slug}`) })),
  }));
}
