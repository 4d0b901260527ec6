import type { ReactNode } from "react";
import { Suspense } from "react";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The reader site's frame: skip link, masthead, main column, footer. Previews wear it too, to look exactly alike. */
export function ReaderChrome({ children, banner }: { children: ReactNode; banner?: ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-paper focus:p-2">
        Skip to content
      </a>
      {banner}
      <Suspense fallback={<div className="h-40 border-b-4 border-double border-ink" />}>
        <SiteHeader />
      </Suspense>
      <main id="main" className="mx-auto max-w-6xl px-4">{children}</main>
      <Suspense>
        <SiteFooter />
      </Suspense>
    </>
  );
}
