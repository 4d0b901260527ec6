import type { SiteSettings } from "@/lib/content/types";
import type { Article, LiveCoverage } from "@/lib/content/types";
import { siteUrl } from "@/lib/site-url";

/** schema.org NewsArticle for search engines and aggregators. */
export function newsArticleJsonLd(article: Article, settings: SiteSettings, url: string) {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: article.headline,
    inLanguage: article.language,
    description: article.dek || undefined,
    image: article.hero ? [siteUrl(article.hero.url)] : undefined,
    datePublished: article.publishedAt.toISOString(),
    dateModified: (article.updatedAt ?? article.publishedAt).toISOString(),
    articleSection: article.section.name,
    keywords: article.tags.map((t) => t.name),
    author: article.authors.map((a) => ({
      "@type": a.kind === "desk" ? "Organization" : "Person",
      name: a.name,
      url: siteUrl(`/authors/${a.slug}`),
    })),
    publisher: { "@type": "NewsMediaOrganization", name: settings.siteName, url: siteUrl("/") },
  };
}

/**
 * schema.org LiveBlogPosting (a kind of Article, so the NewsArticle fields stay) for a live story: when coverage
 * started and ended, and each update as a BlogPosting, newest first, as Google's live-blog markup asks.
 */
export function liveBlogPostingJsonLd(article: Article, settings: SiteSettings, url: string, live: LiveCoverage) {
  return {
    ...newsArticleJsonLd(article, settings, url),
    "@type": "LiveBlogPosting",
    coverageStartTime: live.startedAt,
    coverageEndTime: live.endedAt ?? undefined,
    liveBlogUpdate: live.updates.map((u) => ({
      "@type": "BlogPosting",
      headline: u.body.split("\n")[0]!.slice(0, 110),
      articleBody: u.body,
      datePublished: u.createdAt,
      dateModified: u.editedAt ?? u.createdAt,
      url: `${url}#update-${u.id}`,
      image: u.photo ? siteUrl(u.photo.url) : undefined,
    })),
  };
}

const JSON_ESCAPES: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/** JSON for inside a script element: no text can close the element, open a comment or end a line in old parsers. */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => JSON_ESCAPES[c]!);
}

/** A JSON-LD script built by scriptSafeJson(). */
export function JsonLd({ data }: { data: unknown }) {
  const json = scriptSafeJson(data);
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
