import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { AdHook } from "@/components/ads/ad-hook";
import { ArticleView } from "@/components/article/article-view";
import { JsonLd, liveBlogPostingJsonLd, newsArticleJsonLd } from "@/components/article/json-ld";
import { LiveBlog } from "@/components/article/live-blog";
import { liveFeedPath } from "@/lib/content/live";
import { stringsFor } from "@/lib/content/language";
import { excerpt } from "@/lib/content/rich-text/text";
import { readArticle, readLegacyTarget, readLive, readRedirect, readRelated, readSettings } from "@/lib/reads";
import { legacyKey } from "@/lib/legacy-paths";
import { siteUrl } from "@/lib/site-url";
import { findOr404, placeholderParams } from "@/lib/static-params";

type Props = { params: Promise<{ section: string; slug: string }> };

// Each article renders on its first visit, a miss as a real 404 (lib/static-params.ts), and is kept until a
// change to the story expires its cache tags.
export function generateStaticParams() {
  return placeholderParams("section", "slug");
}

async function load(params: Props["params"]) {
  const { section, slug } = await params;
  const article = await findOr404(slug, async (s) => {
    const found = await readArticle(s);
    if (found) return found;
    // An old slug of a story that was renamed after publication keeps working, permanently redirected.
    const moved = await readRedirect(s);
    if (moved) permanentRedirect(`/${moved.sectionSlug}/${moved.slug}`);
    // An imported site's two-segment address (`/tag/x`, `/category/news`, `/%category%/%postname%/`).
    const old = await readLegacyTarget(legacyKey(`/${section}/${s}`));
    if (old) permanentRedirect(old);
    return null;
  });
  if (article.section.slug !== section) permanentRedirect(`/${article.section.slug}/${article.slug}`);
  return article;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [article, settings] = await Promise.all([load(params), readSettings()]);
  const path = `/${article.section.slug}/${article.slug}`;
  const description = article.seoDescription || article.dek || excerpt(article.bodyText, 160);
  const images = article.hero
    ? [{ url: article.hero.url, width: article.hero.width, height: article.hero.height, alt: article.hero.alt }]
    : [];
  return {
    title: `${article.seoTitle || article.headline} | ${settings.siteName}`,
    description,
    // Each edition names itself and the others (hreflang must be reciprocal to count).
    alternates: {
      canonical: path,
      languages: article.editions.length
        ? Object.fromEntries([[article.language, path], ...article.editions.map((e) => [e.language, e.path])])
        : undefined,
    },
    openGraph: {
      type: "article",
      locale: stringsFor(article.language).locale,
      alternateLocale: article.editions.map((e) => stringsFor(e.language).locale),
      url: path,
      siteName: settings.siteName,
      title: article.headline,
      description,
      images,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: (article.updatedAt ?? article.publishedAt).toISOString(),
      section: article.section.name,
      tags: article.tags.map((t) => t.name),
      authors: article.authors.map((a) => siteUrl(`/authors/${a.slug}`)),
    },
    // Next.js fills the card's title, description and image in from openGraph.
    twitter: { card: "summary_large_image" },
  };
}

export default async function ArticlePage({ params }: Props) {
  // Related stories are read by slug beside the story, not after it: a first render waits for the slower of the two.
  const [article, settings, related] = await Promise.all([
    load(params),
    readSettings(),
    params.then(({ slug }) => readRelated(slug)),
  ]);
  const live = await readLive(article.id, article.slug);
  const path = `/${article.section.slug}/${article.slug}`;
  const url = siteUrl(path);
  return (
    <>
      <JsonLd
        data={live ? liveBlogPostingJsonLd(article, settings, url, live) : newsArticleJsonLd(article, settings, url)}
      />
      <ArticleView
        article={article}
        settings={settings}
        // The other editions are linked at the top already.
        related={related.filter((s) => !article.editions.some((e) => e.path === `/${s.section.slug}/${s.slug}`))}
        url={url}
        live={
          live && (
            <LiveBlog
              initial={live}
              feedUrl={liveFeedPath(path)}
              timeZone={settings.timeZone}
              language={article.language}
            />
          )
        }
      />
      {settings.adPlacement !== "none" && <AdHook scriptUrl={settings.adScriptUrl} />}
    </>
  );
}
