"use client";
import { useEffect } from "react";
import { needsKoreanWebfont } from "@/lib/content/interface-hangul";

// The Noto Serif KR webfont's CSS is 124 @font-face slices (24 KB gzip), whose parse and style work Lighthouse counted
// as blocking time on English pages. Loaded after the page, and only once the page holds Korean that the small
// interface face (app/fonts/hangul-ui.css) lacks. Until then Korean text shows in the reader's own Hangul font (and
// stays so where the reader has one); machines with no Hangul font would otherwise show empty boxes.
const loadKoreanWebfont = () => void import("./korean-font-css");

const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT"]);
// React's streamed payload (script text) holds strings the page may never show.
const textNeeds = (t: Node) => needsKoreanWebfont(t.nodeValue ?? "") && !SKIPPED.has(t.parentElement?.tagName ?? "");

function holdsKorean(root: Node): boolean {
  if (root.nodeType === Node.TEXT_NODE) return textNeeds(root);
  if (!(root instanceof Element) || SKIPPED.has(root.tagName)) return false;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (textNeeds(n)) return true;
  return [...root.querySelectorAll("input, textarea")].some(fieldNeeds);
}

// A field's text is not a text node: a search for Korean words, a headline typed at the desk.
function fieldNeeds(f: EventTarget | null): boolean {
  const field = f instanceof HTMLInputElement || f instanceof HTMLTextAreaElement ? f : null;
  return !!field && (needsKoreanWebfont(field.value) || needsKoreanWebfont(field.placeholder));
}

/** `always` where Korean may be typed at any moment (the desk); elsewhere as soon as the page shows Korean the small face lacks. */
export function KoreanFont({ always = false }: { always?: boolean }) {
  useEffect(() => {
    if (always || holdsKorean(document.body)) {
      loadKoreanWebfont();
      return;
    }
    // Later text too: parts streamed after hydration, live updates, a reader typing Korean into search.
    const observer = new MutationObserver((records) => {
      const added = records.flatMap((r) => (r.type === "characterData" ? [r.target] : [...r.addedNodes]));
      if (added.some(holdsKorean)) stop(true);
    });
    const onInput = (e: Event) => {
      if (fieldNeeds(e.target)) stop(true);
    };
    const stop = (load: boolean) => {
      observer.disconnect();
      document.removeEventListener("input", onInput, true);
      if (load) loadKoreanWebfont();
    };
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    document.addEventListener("input", onInput, true);
    return () => stop(false);
  }, [always]);
  return null;
}
