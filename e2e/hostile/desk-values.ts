import { deskPayloads, valueFor, type Coverage } from "./desk-plan";
import { hostileHrefs } from "./payloads";

const noBreak = (p: string) => /[\n\t]/.test(p);
// Photo tools' metadata: EXIF text is ASCII by its standard, and the upload route folds whitespace runs.
const nonAscii = (p: string) => /[^\x20-\x7e]/.test(p);
// The body is typed: TipTap's own shortcuts turn **x** into bold (the editor's formatting, not an attack).
const markdown = (p: string) => p.includes("**");
const comma = (p: string) => p.includes(",") || p.length > 52;

/** What each desk field gets, built once so the steps that type and the checks that read agree. */
export function deskValues(coverage: Coverage) {
  const v = (field: string, start: number, max: number, skip?: (p: string) => boolean) => {
    const out = valueFor(start, max, { skip: (p) => noBreak(p) || (skip?.(p) ?? false) });
    coverage.add(field, out.used);
    return out.text;
  };
  // Each tag is one payload and a word of its own, so no two tags share a slug (twins become one tag).
  const tags = deskPayloads
    .filter((p) => !comma(p.text) && !noBreak(p.text))
    .slice(0, 8)
    .map((p, i) => `${p.text} t${i}`);
  coverage.add(
    "tags",
    deskPayloads.filter((p) => tags.some((t) => t.startsWith(p.text))),
  );
  return {
    siteName: v("site name", 0, 120),
    city: v("city", 3, 120),
    authorName: v("author name", 6, 120),
    bio: v("author bio", 9, 2000),
    staffName: v("staff name", 12, 120),
    profileName: v("own profile name", 15, 120),
    firstHeadline: v("headline (first save)", 11, 300),
    headline: v("headline", 0, 300),
    dek: v("dek", 4, 600),
    seoTitle: v("SEO title", 8, 120),
    seoDescription: v("SEO description", 13, 300),
    tags,
    bodyTyped: v("body (typed)", 2, 700, markdown),
    linkText: v("link words", 17, 120, markdown),
    note: v("note", 5, 5000),
    hero: { alt: v("hero alt", 1, 1000), caption: v("hero caption", 7, 1000), credit: v("hero credit", 10, 1000) },
    bodyPhoto: {
      alt: v("body photo alt", 14, 1000),
      caption: v("body photo caption", 16, 1000),
      credit: v("body photo credit", 18, 1000),
    },
    library: {
      alt: v("library alt", 19, 1000),
      caption: v("library caption", 20, 2000),
      credit: v("library credit", 21, 300),
    },
    xmp: {
      description: v("XMP dc:description", 2, 2000),
      creator: v("XMP dc:creator", 5, 200),
      credit: v("XMP photoshop:Credit", 8, 200),
      alt: v("XMP alt text", 11, 500),
    },
    exif: {
      description: v("EXIF ImageDescription", 0, 2000, nonAscii),
      artist: v("EXIF Artist", 3, 200, nonAscii),
      copyright: v("EXIF Copyright", 6, 200, nonAscii),
    },
    fileName: `"><img src=x onerror=__xss()>.jpg`,
    refusedSlug: "<script>__xss()</script>",
    refusedAdUrl: "javascript:__xss()",
    refusedHrefs: hostileHrefs.filter((h) => !/[\n]/.test(h)),
    // Allowed (https), with hostile words in its query: stored as the URL parser writes it.
    href: `https://example.com/?q="><script>__xss()</script>&t={{7*7}}`,
  };
}
