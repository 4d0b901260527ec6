"use client";
import { useEffect, useRef, type ReactNode } from "react";

const LATER = "fonts-later";
const SEEN = "masthead-webfonts";
// Set on the frame by the script, so hydration leaves the class to it.
const MARK = "mastheadFontScript";

// Run while the page is parsed, so a reader's first frame does not wait for hydration. On a first visit the webfonts
// (Newsreader, the interface's Hangul face) are asked for after that frame: on a slow phone they no longer share the
// connection with the stylesheet and the lead photo before anything shows (asked for once the first paint is
// reported: after the frame is on screen, not merely drawn). Once they have loaded, later pages use
// them from the first frame (they come from the browser's cache).
const SCRIPT = `(function(){var e=document.currentScript.parentElement,done;e.${MARK}=1;function on(){if(done)return;done=1;e.classList.remove("${LATER}");requestAnimationFrame(function(){document.fonts.ready.then(function(){try{localStorage.setItem("${SEEN}","1")}catch(_){}})})}
try{if(localStorage.getItem("${SEEN}")){on();return}}catch(_){}
try{var o=new PerformanceObserver(function(l){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();on()}});o.observe({type:"paint",buffered:true})}
catch(_){requestAnimationFrame(function(){setTimeout(on)})}})()`;

/** The reader pages' frame, drawn in local faces until the first frame is on screen (app/globals.css, `.fonts-later`). */
export function FontsAfterFirstPaint({ children }: { children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  // Mounted by a client-side navigation (or with the script refused), the script above has not run here.
  useEffect(() => {
    const el = frame.current as (HTMLDivElement & { [MARK]?: number }) | null;
    if (el && !el[MARK]) el.classList.remove(LATER);
  }, []);
  return (
    <div ref={frame} className={`contents font-sans ${LATER}`} suppressHydrationWarning>
      {children}
      <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />
    </div>
  );
}
