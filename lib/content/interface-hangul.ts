import { readerStrings } from "./language";

/**
 * The Hangul an English page shows in its own interface, whatever its stories say: the Korean edition's name in the
 * masthead's list, and the link to an article's Korean edition. Drawn by a face holding only these syllables
 * (app/fonts, made by scripts/hangul-ui-font.ts), so such a page needs no Korean webfont; any other Hangul on a page
 * loads the whole one (components/layout/korean-font.tsx).
 */
export const interfaceHangul: ReadonlySet<string> = new Set(
  [readerStrings.ko.name, readerStrings.ko.readIn].join("").match(/[\uac00-\ud7a3]/gu),
);

// Syllables, conjoining jamo (and their extensions) and compatibility jamo.
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7a3\ud7b0-\ud7ff]/gu;

/** Whether this text holds Hangul beyond the interface's own syllables (which the small face draws). */
export function needsKoreanWebfont(text: string): boolean {
  for (const [c] of text.matchAll(HANGUL)) if (!interfaceHangul.has(c)) return true;
  return false;
}
