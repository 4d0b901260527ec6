import Link from "next/link";
import type { SiteSettings } from "@/db/queries/settings";
import type { Article } from "@/db/queries/stories";
import { formatDateTime } from "@/lib/format";
import { renderDoc } from "@/lib/rich-text/render";
import { Byline } from "./byline";
import { Figure } from "./figure";

const BODY_SIZES = "(min-width: 768px) 680px, 100vw";

export function ArticleView({ article, settings }: { article: Article; settings: SiteSettings }) {
  const photos = new Map(article.photos.map((p) => [p.id, p]));
  const blocks = renderDoc(article.body, (mediaId, key) => {
    const photo = photos.get(mediaId);
    return photo ? <Figure key={key} photo={photo} sizes={BODY_SIZES} /> : null;
  });
  const tz = settings.timeZone;
  return (
    <article className="mx-auto max-w-[680px] py-8">
      <p className="font-sans text-sm font-semibold uppercase tracking-wider text-accent">
        <Link href={`/${article.section.slug}`}>{article.section.name}</Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-5xl">{article.headline}</h1>
      {article.dek && <p className="mt-3 font-serif text-xl leading-snug text-muted">{article.dek}</p>}
      <div className="mt-5 space-y-1 border-y border-rule py-3">
        <Byline authors={article.authors} />
        <p className="font-sans text-xs text-muted">
          Published <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt, tz)}</time>
          {article.updatedAt && (
            <> · Updated <time dateTime={article.updatedAt.toISOString()}>{formatDateTime(article.updatedAt, tz)}</time></>
          )}
        </p>
      </div>
      {article.hero && <Figure photo={article.hero} priority sizes={BODY_SIZES} />}
      <div className="article-body mt-6">{blocks.map((b) => b.node)}</div>
    </article>
  );
}
