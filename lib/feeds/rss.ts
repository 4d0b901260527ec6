import { Feed } from "feed";
import type { StoryCard } from "@/db/queries/stories";
import { siteUrl } from "@/lib/site-url";

export type FeedSource = { title: string; description: string; path: string; feedPath: string; siteName: string };

/** RSS 2.0 for a list of published story cards. */
export function buildRss(src: FeedSource, stories: StoryCard[]): string {
  const feed = new Feed({
    title: src.title,
    description: src.description,
    id: siteUrl(src.path),
    link: siteUrl(src.path),
    language: "en",
    feedLinks: { rss: siteUrl(src.feedPath) },
    updated: stories[0] ? (stories[0].updatedAt ?? stories[0].publishedAt) : new Date(0),
    copyright: `© ${src.siteName}`,
    generator: "Masthead",
    ttl: 15,
  });
  for (const s of stories) {
    const link = siteUrl(`/${s.section.slug}/${s.slug}`);
    feed.addItem({
      title: s.headline,
      id: link,
      link,
      date: s.publishedAt,
      description: s.dek,
      category: [{ name: s.section.name }],
      author: s.authors.map((a) => ({ name: a.name, email: a.publicEmail ?? undefined, link: siteUrl(`/authors/${a.slug}`) })),
      image: s.hero ? { url: siteUrl(s.hero.url), type: "image/jpeg" } : undefined,
    });
  }
  return feed.rss2();
}

export function xmlResponse(xml: string, status = 200): Response {
  return new Response(xml, {
    status,
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=60, stale-while-revalidate=300" },
  });
}

export function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
}
