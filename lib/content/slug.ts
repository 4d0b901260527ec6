import { romanizeHangul } from "./hangul";

/**
 * A URL slug from any text: ASCII letters and digits joined by hyphens, at most `max` characters, cut between
 * words. Hangul is romanized first (lib/hangul.ts), so a Korean headline, tag or name gets a readable slug too.
 * Empty when nothing is left (only emoji or other scripts): callers pick a fallback.
 */
export function slugify(text: string, max = 80): string {
  const full = romanizeHangul(text.normalize("NFC"))
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  if (full.length <= max) return full;
  const cut = full.slice(0, max);
  // Cut inside a word: back to the last whole word, unless the first word alone is longer than max.
  if (full[max] === "-") return cut;
  const lastBreak = cut.lastIndexOf("-");
  return lastBreak > 0 ? cut.slice(0, lastBreak) : cut;
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
