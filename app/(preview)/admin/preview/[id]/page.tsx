import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { getStoryState } from "@/db/queries/desk-story";
import { getWorkingArticle } from "@/db/queries/story-preview";
import { requirePage } from "@/lib/authz";
import { readSettings } from "@/lib/reads";
import { siteUrl } from "@/lib/site-url";
import { loadDeskStory } from "@/app/(admin)/admin/stories/_lib/load-story";

// Per request: the working copy changes with every save, and only the desk may see it.
export const instant = false;

export const metadata: Metadata = { title: "Preview" };

/** The working copy exactly as readers will see it, for the story's writer and editors. */
export default async function DeskPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("/admin/preview/[id]");
  const { id } = await params;
  await loadDeskStory(id, user, getStoryState);
  const [article, settings] = await Promise.all([getWorkingArticle(id), readSettings()]);
  if (!article) notFound();
  return (
    <ArticleView
      article={article}
      settings={settings}
      related={[]}
      url={siteUrl(`/${article.section.slug}/${article.slug}`)}
      preview
    />
  );
}
