import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { findPreviewLink } from "@/db/queries/preview-links";
import { getWorkingArticle } from "@/db/queries/story-preview";
import type { Article, Photo } from "@/lib/content/types";
import { readSettings } from "@/lib/reads";
import { siteUrl } from "@/lib/site-url";

// Per request: a link can be revoked or expire at any moment.
export const instant = false;

export const metadata: Metadata = { title: "Preview" };

/** Photos of an unpublished story are served only with the link's token (app/media). */
function withToken(article: Article, token: string): Article {
  const t = (url: string) => `${url}?preview=${encodeURIComponent(token)}`;
  const tokened = <P extends Photo | null>(p: P): P =>
    p ? { ...p, url: t(p.url), variants: p.variants.map((v) => ({ ...v, url: t(v.url) })) } : p;
  return { ...article, hero: tokened(article.hero), photos: article.photos.map(tokened) };
}

/** A shared preview link: the working copy for someone without a desk account, until it expires or is revoked. */
export default async function SharedPreviewPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await findPreviewLink(token);
  if (!link) notFound();
  const [article, settings] = await Promise.all([getWorkingArticle(link.storyId), readSettings()]);
  if (!article) notFound();
  return (
    <ArticleView
      article={withToken(article, token)}
      settings={settings}
      related={[]}
      url={siteUrl(`/${article.section.slug}/${article.slug}`)}
      preview
    />
  );
}
