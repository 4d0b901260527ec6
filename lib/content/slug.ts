/** A URL slug from any text: ASCII letters and digits joined by hyphens; empty when nothing is left (e.g. Hangul). */
export function slugify(text: string, max = 80): string {
  return text.normalize("NFKD").toLowerCase().replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "").slice(0, max).replace(/-$/, "");
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
