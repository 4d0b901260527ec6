import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { AdHook } from "@/components/ads/ad-hook";
import { ArticleView } from "@/components/article/article-view";
import { JsonLd, newsArticleJsonLd } from "@/components/article/json-ld";
import { excerpt } from "@/lib/rich-text/text";
import { readArticle, readRelated, readSettings } from "@/lib/reads";
import { siteUrl } from "@/lib/site-url";

type Props = { params: Promise<{ section: string; slug: string }> };

// The build must not read the database, so it prerenders only this placeholder (a 404); each real article is
// rendered on its first visit and kept until a change to the story expires its cache tags. Awaiting params
// outside <Suspense> makes that first render complete before the response starts, so a miss is a real 404.
const PLACEHOLDER = "__placeholder__";
export function generateStaticParams() {
  return [{ section: PLACEHOLDER, slug: PLACEHOLDER }];
}

async function load(params: Props["params"]) {
  const { section, slug } = await params;
  if (slug === PLACEHOLDER) notFound();
  const article = await readArticle(slug);
  if (!article) notFound();
  if (article.section.slug !== section) permanentRedirect(`/${article.section.slug}/${article.slug}`);
  return article;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [article, settings] = await Promise.all([load(params), readSettings()]);
  const path = `/${article.section.slug}/${article.slug}`;
  const description = article.dek || excerpt(article.bodyText, 160);
  const images = article.hero ? [{ url: article.hero.url, width: article.hero.width, height: article.hero.height, alt: article.hero.alt }] : [];
  return {
    title: `${article.headline} | ${settings.siteName}`,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: "article", url: path, siteName: settings.siteName, title: article.headline, description, images,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: (article.updatedAt ?? article.publishedAt).toISOString(),
      section: article.section.name, tags: article.tags.map((t) => t.name),
      authors: article.authors.map((a) => siteUrl(`/authors/${a.slug}`)),
    },
    twitter: { card: "summary_large_image", title: article.headline, description, images: images.map((i) => i.url) },
  };
}

export default async function ArticlePage({ params }: Props) {
  const [article, settings] = await Promise.all([load(params), readSettings()]);
  const related = await readRelated(article.id, article.sectionId);
  const url = siteUrl(`/${article.section.slug}/${article.slug}`);
  return (
    <>
      <JsonLd data={newsArticleJsonLd(article, settings, url)} />
      <ArticleView article={article} settings={settings} related={related} url={url} />
      {settings.adPlacement !== "none" && <AdHook scriptUrl={settings.adScriptUrl} />}
    </>
  );
}
