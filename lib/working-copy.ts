import type { RichTextDoc } from "./rich-text/types";

/** A photo placement's own words; a field left undefined falls back to the media library's default. */
export type PhotoOverrides = { alt?: string; caption?: string; credit?: string };

/**
 * The story as the desk edits it. Saves and autosaves write only this; readers see the live columns, which
 * publishing copies from here. So a published story changes for readers only when an editor publishes.
 */
export type WorkingCopy = {
  headline: string;
  dek: string;
  slug: string;
  sectionId: string;
  authorIds: string[];
  // Tag names as typed; publishing finds or makes the tags, so half-typed ones never become tag pages.
  tags: string[];
  heroMediaId: string | null;
  hero: PhotoOverrides;
  body: RichTextDoc;
  seoTitle: string;
  seoDescription: string;
  featured: boolean;
};
