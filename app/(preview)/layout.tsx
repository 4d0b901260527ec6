import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ReaderChrome } from "@/components/layout/reader-chrome";

// Previews look exactly like the reader site, but are never indexed (and never cached: lib/cache-policy.ts).
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function PreviewLayout({ children }: { children: ReactNode }) {
  const banner = (
    <p role="note" className="bg-accent px-4 py-2 text-center font-sans text-sm font-semibold text-paper">
      Preview of an unpublished version. Readers do not see this page.
    </p>
  );
  return <ReaderChrome banner={banner}>{children}</ReaderChrome>;
}
