import { connection } from "next/server";
import { el, xmlDocument, xmlResponse } from "@/lib/feeds/xml";
import { readSections, readSitemapFiles, readSitemapStories, readSitemapTaxonomy } from "@/lib/reads";
import { siteUrl } from "@/lib/site-url";

type Params = { params: Promise<{ file: string }> };

const url = (path: string, lastmod?: Date, alternates: { language: string; path: string }[] = []) =>
  el(
    "url",
    null,
    el("loc", null, siteUrl(path)),
    lastmod && el("lastmod", null, lastmod.toISOString()),
    // Google's hreflang in sitemaps: every edition lists all editions, itself included.
    ...alternates.map((a) => el("xhtml:link", { rel: "alternate", hreflang: a.language, href: siteUrl(a.path) })),
  );
const urlset = (...urls: ReturnType<typeof url>[]) =>
  xmlResponse(
    xmlDocument(
      el(
        "urlset",
        { xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9", "xmlns:xhtml": "http://www.w3.org/1999/xhtml" },
        ...urls,
      ),
    ),
  );
const storyPath = (s: { sectionSlug: string; slug: string }) =>
  `/${encodeURIComponent(s.sectionSlug)}/${encodeURIComponent(s.slug)}`;

/** The files the sitemap index (/sitemap.xml) lists: pages.xml, and stories-N.xml from the oldest stories on. */
export async function GET(_req: Request, { params }: Params) {
  await connection();
  const { file } = await params;
  if (file === "pages.xml") {
    const [files, sections, { tags, authors }] = await Promise.all([
      readSitemapFiles(),
      readSections(),
      readSitemapTaxonomy(),
    ]);
    return urlset(
      url("/", files.at(-1)?.lastmod),
      ...sections.map((s) => url(`/${encodeURIComponent(s.slug)}`)),
      ...tags.map((t) => url(`/tags/${encodeURIComponent(t)}`)),
      ...authors.map((a) => url(`/authors/${encodeURIComponent(a)}`)),
    );
  }
  const n = /^stories-([1-9]\d{0,5})\.xml$/.exec(file)?.[1];
  if (!n || Number(n) > (await readSitemapFiles()).length) return new Response("Not found", { status: 404 });
  const stories = await readSitemapStories(Number(n));
  return urlset(
    ...stories.map((s) =>
      url(
        storyPath(s),
        s.modifiedAt,
        s.editions.length ? [{ language: s.language, path: storyPath(s) }, ...s.editions] : [],
      ),
    ),
  );
}
