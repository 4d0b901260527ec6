import type { StoryCard } from "@/lib/content/types";
import { siteUrl } from "@/lib/site-url";
import { el, xmlDocument } from "./xml";

export { xmlResponse } from "./xml";

export type FeedSource = {
  title: string;
  description: string;
  path: string;
  feedPath: string;
  siteName: string;
  /** The channel's language when all its stories share one; each item names its own too. */
  language?: string;
};

/** RSS 2.0 for a list of published story cards, every text escaped as XML text (lib/feeds/xml.ts). */
export function buildRss(src: FeedSource, stories: StoryCard[]): string {
  const updated = stories[0] ? (stories[0].updatedAt ?? stories[0].publishedAt) : new Date(0);
  const items = stories.map((s) => {
    const link = siteUrl(`/${s.section.slug}/${s.slug}`);
    return el(
      "item",
      null,
      el("title", null, s.headline),
      el("link", null, link),
      el("guid", { isPermaLink: "true" }, link),
      el("pubDate", null, s.publishedAt.toUTCString()),
      s.dek && el("description", null, s.dek),
      el("category", null, s.section.name),
      ...s.authors.map((a) => el("dc:creator", null, a.name)),
      el("dc:language", null, s.language),
      s.hero && el("enclosure", { url: siteUrl(s.hero.url), type: "image/jpeg", length: "0" }),
    );
  });
  return xmlDocument(
    el(
      "rss",
      { version: "2.0", "xmlns:dc": "http://purl.org/dc/elements/1.1/", "xmlns:atom": "http://www.w3.org/2005/Atom" },
      el(
        "channel",
        null,
        el("title", null, src.title),
        el("link", null, siteUrl(src.path)),
        el("description", null, src.description),
        el("language", null, src.language ?? "en"),
        el("lastBuildDate", null, updated.toUTCString()),
        el("copyright", null, `© ${src.siteName}`),
        el("generator", null, "Masthead"),
        el("ttl", null, "15"),
        el("atom:link", { href: siteUrl(src.feedPath), rel: "self", type: "application/rss+xml" }),
        ...items,
      ),
    ),
  );
}
