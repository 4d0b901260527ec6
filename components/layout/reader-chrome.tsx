import type { ReactNode } from "react";
import { Suspense } from "react";
import { SiteFooter } from "./site-footer";
import { KoreanFont } from "./korean-font";
import { FontsAfterFirstPaint } from "./fonts-after-first-paint";
import { SiteHeader } from "./site-header";
import { BreakingBanner } from "./breaking-banner";
import { mainLanguage, stringsFor } from "@/lib/content/language";
import { readSettings } from "@/lib/reads";

/** The reader site's frame: skip link, masthead, main column, footer. Previews wear it too, to look exactly alike. */
export function ReaderChrome({ children, banner }: { children: ReactNode; banner?: ReactNode }) {
  return (
    <FontsAfterFirstPaint>
      <Suspense>
        <SkipLink />
      </Suspense>
      {banner}
      <Suspense>
        <BreakingBanner />
      </Suspense>
      {/* The masthead's own height (rem-based rows and paddings plus 6 px of rules: 146 px, 186 px from the sm
          breakpoint at the default font size), so main does not move when it replaces this: React sends a finished
          boundary over 500 bytes after the rest of the page once 12.8 KB have gone before it, and reveals it a
          moment later (Lighthouse measured the shift). Not for a site name long enough to wrap, or a desktop
          scrollbar under the section list. e2e/article.spec.ts compares the two. */}
      <Suspense
        fallback={
          <div
            data-masthead-placeholder
            className="h-[calc(8.75rem+6px)] border-b-4 border-double border-ink sm:h-[calc(11.25rem+6px)]"
          />
        }
      >
        <SiteHeader />
      </Suspense>
      {/* At least a screen tall, so the footer starts below the fold: parts that stream in (a listing's page)
          then never push visible content down (Lighthouse measured a 0.17 layout shift of the footer). */}
      <main id="main" className="mx-auto min-h-svh max-w-6xl px-4">
        {children}
      </main>
      <Suspense>
        <SiteFooter />
      </Suspense>
      <KoreanFont />
    </FontsAfterFirstPaint>
  );
}

/** In the site's main language, like the masthead and the footer (each reads the settings inside its own boundary). */
async function SkipLink() {
  const language = mainLanguage(await readSettings());
  return (
    <a
      href="#main"
      lang={language}
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-paper focus:p-2"
    >
      {stringsFor(language).site.skipToContent}
    </a>
  );
}
