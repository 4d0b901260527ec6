import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Suspense } from "react";
import { DeskHeader } from "./desk-header";

export const metadata: Metadata = { title: { default: "Desk · Masthead", template: "%s · Desk" }, robots: { index: false } };

// The desk reads the session on every request: everything below the skip link renders per request.
export default function DeskLayout({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen bg-paper font-sans">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-paper focus:p-2">
        Skip to content
      </a>
      <Suspense fallback={<div className="h-14 border-b border-rule" />}>
        <DeskHeader />
      </Suspense>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <Suspense fallback={<p>Loading…</p>}>{children}</Suspense>
      </main>
    </div>
  );
}
