import type { Metadata } from "next";
import { Suspense } from "react";
import { ListingHeader } from "@/components/listing/listing-header";
import { PagedStories } from "@/components/listing/paged-stories";
import { stringsFor, type Language } from "@/lib/content/language";
import { readLanguageStories, readSettings } from "@/lib/reads";
import { pageNumber } from "@/lib/route-input";
import { findOr404 } from "@/lib/static-params";

/**
 * A language edition's front (/ko, /en): the newsroom's sections are shared by both languages, as at the bilingual
 * dailies we build for, and each edition lists its own stories, newest first, with its own feed.
 */
export async function languageFrontMetadata(language: Language): Promise<Metadata> {
  const settings = await readSettings();
  const t = stringsFor(language).front;
  return {
    title: `${t.title} | ${settings.siteName}`,
    description: t.description,
    alternates: {
      canonical: `/${language}`,
      types: { "application/rss+xml": `/feeds/language/${language}` },
    },
  };
}

async function Stories({ language, page }: { language: Language; page: number }) {
  const [result, settings] = await Promise.all([readLanguageStories(language, page), readSettings()]);
  return <PagedStories result={result} timeZone={settings.timeZone} basePath={`/${language}`} />;
}

/** `page`: 1 at /ko, cached whole; 2 on at /ko/page/[n]. */
export function LanguageFront({ language, page }: { language: Language; page: number }) {
  const t = stringsFor(language).front;
  return (
    <div lang={language}>
      <ListingHeader kicker={t.kicker} title={t.title}>
        <p className="mt-2 max-w-2xl font-serif text-lg text-muted">{t.description}</p>
        <p className="mt-2 font-sans text-sm">
          <a href={`/feeds/language/${language}`} className="text-accent underline">
            {t.feed}
          </a>
        </p>
      </ListingHeader>
      <Suspense fallback={<p className="py-8 font-sans text-muted">…</p>}>
        <Stories language={language} page={page} />
      </Suspense>
    </div>
  );
}

/** Page 2 on of an edition's front (/ko/page/[n]); the build's placeholder is a 404, as for every route value. */
export async function LaterPage({ language, params }: { language: Language; params: Promise<{ n: string }> }) {
  const page = await findOr404((await params).n, async (n) => pageNumber(n));
  return <LanguageFront language={language} page={page} />;
}
