import type { LiveCoverage, LiveUpdate } from "./types";

/** Open reader pages poll this every few seconds; it goes through the micro-cache like the page itself. */
export const LIVE_POLL_MS = 5000;

/** The feed of a live story's updates, beside its article. */
export const liveFeedPath = (articlePath: string) => `${articlePath}/updates.json`;

/** Key updates, newest first: the summary pinned above the list. */
export const keyUpdates = (live: LiveCoverage): LiveUpdate[] => live.updates.filter((u) => u.key);

export type TextPiece = { text: string } | { href: string; text: string };

// An http(s) address in an update's text, up to a space or a closing bracket/quote; trailing punctuation stays text.
const URL_IN_TEXT = /https?:\/\/[^\s<>"'()[\]]+/gi;

/** An update's plain text as paragraphs (split on blank lines) of text and links; nothing else becomes markup. */
export function updateParagraphs(body: string): TextPiece[][] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const out: TextPiece[] = [];
      let last = 0;
      for (const m of p.matchAll(URL_IN_TEXT)) {
        const href = m[0].replace(/(?<![.,;:!?])[.,;:!?]+$/, "");
        if (m.index > last) out.push({ text: p.slice(last, m.index) });
        out.push({ href, text: href });
        last = m.index + href.length;
      }
      if (last < p.length) out.push({ text: p.slice(last) });
      return out;
    });
}
