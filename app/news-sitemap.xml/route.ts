import { connection } from "next/server";
import { escapeXml, xmlResponse } from "@/lib/feeds/rss";
import { readNewsSitemap, readSettings } from "@/lib/reads";
import { siteUrl } from "@/lib/site-url";

/** Google News sitemap: stories published in the last 48 hours. */
export async function GET() {
  await connection();
  const [stories, settings] = await Promise.all([readNewsSitemap(), readSettings()]);
  const name = escapeXml(settings.siteName);
  const urls = stories.map((s) => [
    "<url>",
    `<loc>${escapeXml(siteUrl(`/${s.sectionSlug}/${s.slug}`))}</loc>`,
    "<news:news>",
    `<news:publication><news:name>${name}</news:name><news:language>en</news:language></news:publication>`,
    `<news:publication_date>${s.publishedAt.toISOString()}</news:publication_date>`,
    `<news:title>${escapeXml(s.headline)}</news:title>`,
    "</news:news>",
    "</url>",
  ].join(""));
  return xmlResponse(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join("\n")}
</urlset>
`);
}
