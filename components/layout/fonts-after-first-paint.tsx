"use client";
import { useLayoutEffect, useRef, type ReactNode } from "react";
import { FONTS_LATER, FONTS_SCRIPT, FONTS_SCRIPT_MARK } from "@/lib/webfonts-after-paint";

/** The reader pages' frame, drawn in local faces until the first frame is on screen (lib/webfonts-after-paint.ts). */
export function FontsAfterFirstPaint({ children }: { children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  // Mounted by a client-side navigation (or with the script refused), the script has not run in this frame.
  useLayoutEffect(() => {
    const el = frame.current as (HTMLDivElement & { [FONTS_SCRIPT_MARK]?: number }) | null;
    if (el && !el[FONTS_SCRIPT_MARK]) el.classList.remove(FONTS_LATER);
  }, []);
  // font-sans again here: <body>'s stack was resolved at <body>, so text inheriting it would not see `.fonts-later`.
  return (
    <div ref={frame} className={`contents font-sans ${FONTS_LATER}`} suppressHydrationWarning>
      <script dangerouslySetInnerHTML={{ __html: FONTS_SCRIPT }} />
      {children}
    </div>
  );
}
