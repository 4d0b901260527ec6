// What reader pages show: the types the public queries return and the components render. Pure and client-safe.
import type { Language } from "./language";
import type { RichTextDoc } from "./rich-text/types";

/** variants: the reader sizes stored as their own files (empty until upload makes them), narrowest first. */
export type Photo = {
  id: string;
  url: string;
  alt: string;
  caption: string;
  credit: string;
  width: number;
  height: number;
  variants: { url: string; width: number }[];
};
export type Byline = { name: string; slug: string; kind: "person" | "desk"; publicEmail: string | null };
export type StoryCard = {
  id: string;
  slug: string;
  headline: string;
  dek: string;
  featured: boolean;
  language: Language;
  section: { slug: string; name: string };
  publishedAt: Date;
  updatedAt: Date | null;
  hero: Photo | null;
  authors: Byline[];
};

export type Article = StoryCard & {
  seoTitle: string | null;
  seoDescription: string | null;
  body: RichTextDoc;
  bodyText: string;
  sectionId: string;
  tags: { slug: string; name: string }[];
  authorProfiles: (Byline & { bio: string; photo: Photo | null })[];
  corrections: { kind: "correction" | "update"; text: string; createdAt: Date }[];
  photos: Photo[];
  /** The same story's published editions in other languages, for the links and hreflang alternates. */
  editions: { language: Language; path: string }[];
};

/** One page of a listing. */
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** The newsroom's settings (db/schema/settings.ts holds the row; db/queries/settings.ts checks it fits). */
export type SiteSettings = {
  id: number;
  siteName: string;
  tagline: string;
  timeZone: string;
  weatherLatitude: number;
  weatherLongitude: number;
  weatherCity: string;
  weatherUnits: "fahrenheit" | "celsius";
  adPlacement: "after_paragraph" | "sidebar" | "none";
  adAfterParagraph: number;
  adScriptUrl: string | null;
  requireTwoFactor: "off" | "editors" | "everyone";
  ssoOnly: boolean;
  languages: Language[];
  updatedAt: Date;
};

/** A placement's own words over the library's, for what readers see. */
export function withOverrides<P extends Photo | null>(
  photo: P,
  own: { alt?: string | null; caption?: string | null; credit?: string | null },
): P {
  if (!photo) return photo;
  return {
    ...photo,
    alt: own.alt?.trim() || photo.alt,
    caption: own.caption?.trim() || photo.caption,
    credit: own.credit?.trim() || photo.credit,
  };
}

// Search snippets mark the matched words with these control characters; the snippet component turns them into <mark>.
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

/** One update of a live story as readers get it (dates as ISO strings: the same shape in the page and the JSON). */
export type LiveUpdate = {
  id: string;
  body: string;
  photo: Photo | null;
  linkUrl: string | null;
  key: boolean;
  createdAt: string;
  editedAt: string | null;
};
/** A live story's coverage: when it started and ended, and its updates newest first. */
export type LiveCoverage = { startedAt: string; endedAt: string | null; updates: LiveUpdate[] };
