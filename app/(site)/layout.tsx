import type { ReactNode } from "react";
import { Suspense } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { BuildShellLife } from "@/lib/reads/defer";

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-paper focus:p-2">
        Skip to content
      </a>
      <Suspense fallback={<div className="h-40 border-b-4 border-double border-ink" />}>
        <SiteHeader />
      </Suspense>
      <main id="main" className="mx-auto max-w-6xl px-4">{children}</main>
      <Suspense>
        <SiteFooter />
      </Suspense>
      <BuildShellLife />
    </>
  );
}
