import { connection } from "next/server";
import { withApiKey } from "@/lib/api/http";
import { readSections } from "@/lib/reads";
import { siteUrl } from "@/lib/site-url";

export async function GET(req: Request) {
  await connection();
  return withApiKey(req, async () => ({
    data: (await readSections()).map((s) => ({
      slug: s.slug,
      name: s.name,
      description: s.description,
      url: siteUrl(`/${s.slug}`),
    })),
  }));
}
