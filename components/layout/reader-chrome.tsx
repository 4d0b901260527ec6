import type { ReactNode } from "react";
import { Suspense } from "react";
import { SiteFooter } from "./site-footer";
import { KoreanFont } from "./korean-font";
import { SiteHeader } from "./site-header";
import { BreakingBanner } from "./breaking-banner";
import { mainLanguage, stringsFor } from "@/lib/content/language";
import { readSettings } from "@/lib/reads";

/** The reader site's frame: skip link, masthead, main column, footer. Previews wear it too, to look exactly alike. */
export function ReaderChrome({ children, banner }: { children: ReactNode; banner?: ReactNode }) {
  return (
    <>
      <Suspense>
        <SkipLink />
      </Suspense>
      {banner}
      <Suspense>
        <BreakingBanner />
      </Suspense>
      {/* The masthead's own height (146 px, 186 px from the sm breakpoint), so main does not move when it replaces
          this: React sends a finished boundary after the rest of the page once the HTML before it passes a size,
          and Lighthouse measured the shift. e2e/article.spec.ts compares the two. */}
      <Suspense
        fallback={
          <div data-masthead-placeholder className="h-[146px] border-b-4 border-double border-ink sm:h-[186px]" />
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
    </>
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
