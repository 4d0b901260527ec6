import { connection } from "next/server";
import { el, xmlDocument, xmlResponse } from "@/lib/feeds/xml";
import { readSitemapFiles } from "@/lib/reads";
import { siteUrl } from "@/lib/site-url";

/**
 * A sitemap index: the pages file (home, sections, tags, authors) and one file per SITEMAP_FILE_SIZE stories, so
 * no file passes the protocol's 50,000 URLs however large the archive grows. Written by hand rather than
 * app/sitemap.ts so it is request-time: the build must not read the database.
 */
export async function GET() {
  await connection();
  const files = await readSitemapFiles();
  const newest = files.at(-1)?.lastmod;
  const sitemap = (path: string, lastmod?: Date) =>
    el("sitemap", null, el("loc", null, siteUrl(path)), lastmod && el("lastmod", null, lastmod.toISOString()));
  return xmlResponse(
    xmlDocument(
      el(
        "sitemapindex",
        { xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9" },
        sitemap("/sitemaps/pages.xml", newest),
        ...files.map((f) => sitemap(`/sitemaps/stories-${f.file}.xml`, f.lastmod)),
      ),
    ),
  );
}
