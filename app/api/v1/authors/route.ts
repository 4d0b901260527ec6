import { connection } from "next/server";
import { listApiAuthors } from "@/db/queries/content-api";
import { withApiKey } from "@/lib/api/http";
import { siteUrl } from "@/lib/site-url";

/** Bylines that have at least one published story: what their author pages show. */
export async function GET(req: Request) {
  await connection();
  return withApiKey(req, async () => ({
    data: (await listApiAuthors()).map((a) => ({ ...a, url: siteUrl(`/authors/${a.slug}`) })),
  }));
}
