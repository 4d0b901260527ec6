import type { SiteSettings } from "@/db/queries/settings";
import type { Article } from "@/db/queries/stories";
import { siteUrl } from "@/lib/site-url";

/** schema.org NewsArticle for search engines and aggregators. */
export function newsArticleJsonLd(article: Article, settings: SiteSettings, url: string) {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: article.headline,
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

/** A JSON-LD script; "<" is escaped so no text in the story can close the script element. */
export function JsonLd({ data }: { data: unknown }) {
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
