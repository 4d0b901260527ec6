import type { RichTextDoc } from "../content/rich-text/types";
import { SLUG_PATTERN } from "../content/slug";
import type { PhotoOverrides, PhotoText } from "./model";
import { effectivePhotoText, inlinePhotos } from "./photos";

export type ChecklistInput = {
  headline: string;
  slug: string;
  sectionId: string | null;
  authorIds: string[];
  heroMediaId: string | null;
  hero: PhotoOverrides;
  body: RichTextDoc;
};

/** One thing missing before a story may go out; `field` is the id of the control that fixes it. */
export type ChecklistItem = { field: string; message: string };

function photoProblems(label: string, field: string, text: PhotoText | null): ChecklistItem[] {
  if (!text) return [{ field, message: `${label}: the photo is missing from the library.` }];
  const missing = (["alt", "caption", "credit"] as const).filter((k) => !text[k]);
  const names = { alt: "alt text", caption: "a caption", credit: "a credit" };
  return missing.length ? [{ field, message: `${label} needs ${missing.map((k) => names[k]).join(", ")}.` }] : [];
}

/**
 * The pre-publish checklist: headline, section, an author, a hero photo, alt text, caption and credit on every
 * photo, and a free, well-formed slug. Approve, Schedule and Publish are blocked while anything is listed.
 */
export function storyChecklist(s: ChecklistInput, photos: Map<string, PhotoText>, slugTaken: boolean): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  if (!s.headline.trim()) items.push({ field: "field-headline", message: "Write a headline." });
  if (!s.slug || !SLUG_PATTERN.test(s.slug))
    items.push({ field: "field-slug", message: "Give the story a slug (lowercase letters, digits and hyphens)." });
  else if (slugTaken)
    items.push({ field: "field-slug", message: `The slug “${s.slug}” is used by another story; choose another.` });
  if (!s.sectionId) items.push({ field: "field-section", message: "Choose a section." });
  if (s.authorIds.length === 0) items.push({ field: "field-authors", message: "Add at least one author." });
  if (!s.heroMediaId) items.push({ field: "field-hero", message: "Add a hero photo." });
  else {
    const d = photos.get(s.heroMediaId);
    items.push(...photoProblems("The hero photo", "field-hero", d ? effectivePhotoText(d, s.hero) : null));
  }
  inlinePhotos(s.body).forEach((p, i) => {
    const d = photos.get(p.mediaId);
    items.push(
      ...photoProblems(`Photo ${i + 1} in the body`, `body-photo-${i}`, d ? effectivePhotoText(d, p.own) : null),
    );
  });
  return items;
}
