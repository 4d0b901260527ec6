import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { readArticle, readSettings } from "@/lib/reads";

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
  const article = await load(params);
  const settings = await readSettings();
  return { title: `${article.headline} | ${settings.siteName}`, description: article.dek };
}

export default async function ArticlePage({ params }: Props) {
  const [article, settings] = await Promise.all([load(params), readSettings()]);
  return <ArticleView article={article} settings={settings} />;
}
