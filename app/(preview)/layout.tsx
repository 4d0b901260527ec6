import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Suspense } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";

// Previews look exactly like the reader site, but are never indexed (and never cached: proxy.ts).
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function PreviewLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <p role="note" className="bg-accent px-4 py-2 text-center font-sans text-sm font-semibold text-paper">
        Preview of an unpublished version. Readers do not see this page.
      </p>
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
