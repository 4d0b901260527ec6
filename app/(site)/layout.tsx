import type { ReactNode } from "react";
import { ReaderChrome } from "@/components/layout/reader-chrome";
import { BuildShellLife } from "@/lib/reads/defer";

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <ReaderChrome>
      {children}
      <BuildShellLife />
    </ReaderChrome>
  );
}
