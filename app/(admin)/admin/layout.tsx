import type { Metadata } from "next";
import type { ReactNode } from "react";
import { KoreanFont } from "@/components/layout/korean-font";
import { DeskHeader } from "./desk-header";

export const metadata: Metadata = {
  title: { default: "Desk · Masthead", template: "%s · Desk" },
  robots: { index: false },
};

// The desk reads the session on every request and has nothing worth prerendering: no static shell, so every
// page arrives whole (and every inline script carries the request's CSP nonce).
export const instant = false;

export default function DeskLayout({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen bg-paper font-sans">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-paper focus:p-2"
      >
        Skip to content
      </a>
      <DeskHeader />
      {/* Korean headlines, names and bodies are typed here: the readers' Hangul webfont, so no machine shows boxes. */}
      <KoreanFont always />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
