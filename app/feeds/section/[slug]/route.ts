import { connection } from "next/server";
import { isSafeText } from "@/lib/route-input";
import { buildRss, xmlResponse } from "@/lib/feeds/rss";
import { readSection, readSectionStories, readSettings } from "@/lib/reads";

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const section = isSafeText(slug) ? await readSection(slug) : null;
  if (!section) return new Response("Not found", { status: 404 });
  const [settings, { items }] = await Promise.all([readSettings(), readSectionStories(section, 1, 30)]);
  return xmlResponse(
    buildRss(
      {
        title: `${section.name} | ${settings.siteName}`,
        description: section.description,
        path: `/${section.slug}`,
        feedPath: `/feeds/section/${section.slug}`,
        siteName: settings.siteName,
      },
      items,
    ),
  );
}
