import { connection } from "next/server";
import { el, xmlDocument, xmlResponse } from "@/lib/feeds/xml";
import { readSections, readSitemap } from "@/lib/reads";
import { siteUrl } from "@/lib/site-url";

// Written by hand rather than app/sitemap.ts so it is request-time: the build must not read the database.
export async function GET() {
  await connection();
  const [{ stories, tags, authors }, sections] = await Promise.all([readSitemap(), readSections()]);
  const newest = stories[0]?.modifiedAt;
  const url = (path: string, lastmod?: Date) =>
    el("url", null, el("loc", null, siteUrl(path)), lastmod && el("lastmod", null, lastmod.toISOString()));
  return xmlResponse(xmlDocument(el("urlset", { xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9" },
    url("/", newest),
    ...sections.map((s) => url(`/${encodeURIComponent(s.slug)}`)),
    ...stories.map((s) => url(`/${encodeURIComponent(s.sectionSlug)}/${encodeURIComponent(s.slug)}`, s.modifiedAt)),
    ...tags.map((t) => url(`/tags/${encodeURIComponent(t)}`)),
    ...authors.map((a) => url(`/authors/${encodeURIComponent(a)}`)),
  )));
}
