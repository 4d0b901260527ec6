import { HANGUL_SYLLABLE, readerStrings } from "./language";

// What the Noto Serif KR webfont draws that a reader's machine may lack: Hangul syllables, compatibility jamo,
// parenthesized and circled Hangul (㈜), and the Hanja (CJK ideographs, with their compatibility forms).
const KOREAN = /[\u3131-\u318e\u3200-\u321e\u3260-\u327e\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]/gu;

/**
 * The Hangul an English page shows in its own interface, whatever its stories say: the Korean edition's name in the
 * masthead's list, and the link to an article's Korean edition. Drawn by a face holding only these syllables
 * (app/fonts, made by scripts/hangul-ui-font.ts), so such a page needs no Korean webfont; anything else it draws
 * loads the whole one (components/layout/korean-font.tsx).
 */
export const interfaceHangul: ReadonlySet<string> = new Set(
  [readerStrings.ko.name, readerStrings.ko.readIn].join("").match(HANGUL_SYLLABLE),
);

/** Whether this text holds characters of the Korean webfont beyond the interface's own syllables. */
export function needsKoreanWebfont(text: string): boolean {
  for (const [c] of text.matchAll(KOREAN)) if (!interfaceHangul.has(c)) return true;
  return false;
}
