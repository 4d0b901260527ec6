import { connection } from "next/server";
import { isSafeText } from "@/lib/route-input";
import { buildRss, xmlResponse } from "@/lib/feeds/rss";
import { readAuthor, readAuthorStories, readSettings } from "@/lib/reads";

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const author = isSafeText(slug) ? await readAuthor(slug) : null;
  if (!author) return new Response("Not found", { status: 404 });
  const [settings, { items }] = await Promise.all([readSettings(), readAuthorStories(author, 1)]);
  return xmlResponse(
    buildRss(
      {
        title: `${author.name} | ${settings.siteName}`,
        description: `Stories by ${author.name}`,
        path: `/authors/${author.slug}`,
        feedPath: `/feeds/author/${author.slug}`,
        siteName: settings.siteName,
      },
      items,
    ),
  );
}
