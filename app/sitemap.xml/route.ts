import { connection } from "next/server";
import { escapeXml, xmlResponse } from "@/lib/feeds/rss";
import { readSections, readSitemap } from "@/lib/reads";
import { siteUrl } from "@/lib/site-url";

// Written by hand rather than app/sitemap.ts so it is request-time: the build must not read the database.
export async function GET() {
  await connection();
  const [{ stories, tags, authors }, sections] = await Promise.all([readSitemap(), readSections()]);
  const newest = stories[0]?.modifiedAt;
  const url = (path: string, lastmod?: Date) =>
    `<url><loc>${escapeXml(siteUrl(path))}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ""}</url>`;
  const urls = [
    url("/", newest),
    ...sections.map((s) => url(`/${s.slug}`)),
    ...stories.map((s) => url(`/${s.sectionSlug}/${s.slug}`, s.modifiedAt)),
    ...tags.map((t) => url(`/tags/${t}`)),
    ...authors.map((a) => url(`/authors/${a}`)),
  ];
  return xmlResponse(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`);
}
