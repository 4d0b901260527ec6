import { connection } from "next/server";
import { el, xmlDocument, xmlResponse } from "@/lib/feeds/xml";
import { readNewsSitemap, readSettings } from "@/lib/reads";
import { siteUrl } from "@/lib/site-url";

/** Google News sitemap: stories published in the last 48 hours. */
export async function GET() {
  await connection();
  const [stories, settings] = await Promise.all([readNewsSitemap(), readSettings()]);
  return xmlResponse(
    xmlDocument(
      el(
        "urlset",
        {
          xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9",
          "xmlns:news": "http://www.google.com/schemas/sitemap-news/0.9",
        },
        ...stories.map((s) =>
          el(
            "url",
            null,
            el("loc", null, siteUrl(`/${encodeURIComponent(s.sectionSlug)}/${encodeURIComponent(s.slug)}`)),
            el(
              "news:news",
              null,
              el(
                "news:publication",
                null,
                el("news:name", null, settings.siteName),
                el("news:language", null, s.language),
              ),
              el("news:publication_date", null, s.publishedAt.toISOString()),
              el("news:title", null, s.headline),
            ),
          ),
        ),
      ),
    ),
  );
}
