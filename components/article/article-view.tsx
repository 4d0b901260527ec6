import type { ReactNode } from "react";
import type { SiteSettings } from "@/lib/content/types";
import { withOverrides, type Article, type StoryCard } from "@/lib/content/types";
import { AdSlot } from "@/components/ads/ad-slot";
import { formatDateTime } from "@/lib/format";
import { stringsFor, type ReaderStrings } from "@/lib/content/language";
import { renderDoc } from "@/lib/content/rich-text/render";
import { AuthorBio } from "./author-bio";
import { Byline } from "./byline";
import { Figure } from "./figure";
import { Notices } from "./notices";
import { RelatedStories } from "./related-stories";
import { ShareLinks } from "./share-links";

const BODY_SIZES = "(min-width: 768px) 680px, calc(100vw - 2rem)";

/** The body's blocks, with the inline ad after paragraph N when that placement is chosen. */
function bodyWithAd(article: Article, settings: SiteSettings, preview: boolean, t: ReaderStrings): ReactNode[] {
  const photos = new Map(article.photos.map((p) => [p.id, p]));
  const blocks = renderDoc(article.body, (placement, key) => {
    const photo = photos.get(placement.mediaId);
    return photo ? (
      <Figure key={key} photo={withOverrides(photo, placement)} sizes={BODY_SIZES} unoptimized={preview} />
    ) : null;
  });
  const out: ReactNode[] = [];
  let paragraphs = 0;
  let placed = settings.adPlacement !== "after_paragraph";
  for (const b of blocks) {
    out.push(b.node);
    if (b.type === "paragraph") paragraphs++;
    if (!placed && paragraphs === settings.adAfterParagraph) {
      out.push(<AdSlot key="ad-inline" id="article-inline" size="inline" label={t.advertisement} />);
      placed = true;
    }
  }
  return out;
}

/** The article as readers see it (a live story's updates under the body); `preview` draws photos straight from storage (they may not be public yet). */
export function ArticleView({
  article,
  settings,
  related,
  url,
  preview = false,
  live,
}: {
  article: Article;
  settings: SiteSettings;
  related: StoryCard[];
  url: string;
  preview?: boolean;
  live?: ReactNode;
}) {
  const tz = settings.timeZone;
  const lang = article.language;
  const t = stringsFor(lang);
  const sidebar = settings.adPlacement === "sidebar";
  return (
    <div
      className={`mx-auto py-8 ${sidebar ? "max-w-[1020px] lg:grid lg:grid-cols-[minmax(0,680px)_300px] lg:justify-between lg:gap-10" : "max-w-[680px]"}`}
    >
      <article className="min-w-0" lang={lang}>
        <header>
          <p className="font-sans text-sm font-semibold tracking-wider text-accent uppercase">
            <a href={`/${article.section.slug}`}>{article.section.name}</a>
          </p>
          <h1 className="mt-2 font-serif text-[2rem] leading-tight font-bold text-balance sm:text-5xl">
            {article.headline}
          </h1>
          {article.dek && <p className="mt-3 font-serif text-xl leading-snug text-muted">{article.dek}</p>}
          <div className="mt-5 space-y-1 border-y border-rule py-3">
            <Byline authors={article.authors} words={t.byline} />
            <p className="font-sans text-xs text-muted" data-testid="times">
              {t.published}{" "}
              <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt, tz, lang)}</time>
              {article.updatedAt && (
                <>
                  {" "}
                  · {t.updated}{" "}
                  <time dateTime={article.updatedAt.toISOString()}>{formatDateTime(article.updatedAt, tz, lang)}</time>
                </>
              )}
            </p>
          </div>
          {article.editions.length > 0 && (
            <ul className="mt-3 font-sans text-sm" data-testid="editions">
              {article.editions.map((e) => (
                <li key={e.language}>
                  <a href={e.path} hrefLang={e.language} lang={e.language} className="text-accent underline">
                    {stringsFor(e.language).readIn}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </header>
        {article.hero && <Figure photo={article.hero} priority sizes={BODY_SIZES} unoptimized={preview} />}
        <div className="article-body mt-6">{bodyWithAd(article, settings, preview, t)}</div>
        {live}
        <Notices corrections={article.corrections} timeZone={tz} language={lang} />
        {article.tags.length > 0 && (
          <ul aria-label={t.tags} className="mt-6 flex flex-wrap gap-2 font-sans text-sm">
            {article.tags.map((t) => (
              <li key={t.slug}>
                <a
                  href={`/tags/${t.slug}`}
                  className="inline-block rounded-full border border-rule px-3 py-1 hover:border-ink"
                >
                  {t.name}
                </a>
              </li>
            ))}
          </ul>
        )}
        <ShareLinks url={url} title={article.headline} words={t.shareLinks} />
        <section aria-labelledby="about-heading" className="mt-8">
          <h2 id="about-heading" className="font-sans text-sm font-bold tracking-widest uppercase">
            {article.authorProfiles.length > 1
              ? t.aboutAuthors
              : article.authorProfiles[0]?.kind === "desk"
                ? t.aboutDesk
                : t.aboutAuthor}
          </h2>
          {article.authorProfiles.map((a) => (
            <AuthorBio key={a.slug} author={a} moreFrom={t.moreFrom(a.name)} />
          ))}
        </section>
        <RelatedStories stories={related} heading={t.relatedStories} />
      </article>
      {sidebar && (
        <div className="hidden lg:block">
          <div className="sticky top-4">
            <AdSlot id="article-sidebar" size="sidebar" label={t.advertisement} />
          </div>
        </div>
      )}
    </div>
  );
}
