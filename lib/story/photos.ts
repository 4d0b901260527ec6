import type { RichTextDoc, RichTextNode } from "../content/rich-text/types";
import type { PhotoOverrides, PhotoText, WorkingCopy } from "./model";

export type PhotoPlacement = { mediaId: string; own: PhotoOverrides };

/** The photos placed in a body, in reading order: the one walk of a document's photos. */
export function inlinePhotos(doc: RichTextDoc): PhotoPlacement[] {
  const out: PhotoPlacement[] = [];
  const walk = (n: RichTextNode) => {
    if (n.type === "photo" && typeof n.attrs?.mediaId === "string") {
      const { alt, caption, credit } = n.attrs as PhotoOverrides;
      out.push({ mediaId: n.attrs.mediaId, own: { alt, caption, credit } });
    }
    n.content?.forEach(walk);
  };
  doc.content.forEach(walk);
  return out;
}

/** Every photo a working copy uses (hero first), once each. */
export function photoIds(w: Pick<WorkingCopy, "heroMediaId" | "body">): string[] {
  return [...new Set([w.heroMediaId, ...inlinePhotos(w.body).map((p) => p.mediaId)].filter((x): x is string => !!x))];
}

/** What a placement shows readers: its own words, else the library's. */
export function effectivePhotoText(library: PhotoText | undefined, own: PhotoOverrides): PhotoText {
  const pick = (k: keyof PhotoText) => (own[k]?.trim() ? own[k]!.trim() : (library?.[k] ?? "").trim());
  return { alt: pick("alt"), caption: pick("caption"), credit: pick("credit") };
}
