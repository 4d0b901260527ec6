// What the desk's photo components exchange. No server imports: client components use these types.
import { mediaUrl } from "./media-url";

/** One library photo as the desk shows and places it; alt, caption and credit are the library defaults. */
export type MediaSummary = {
  id: string;
  url: string;
  /** A small reader size (about 480 px wide) for grids and pickers; the photo itself when it is smaller. */
  thumbUrl: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  originalName: string;
};

/** A page of the library search (GET /admin/media/search). */
export type MediaPage = { items: MediaSummary[]; page: number; hasMore: boolean };

/** What the upload route answers: the stored photo, or a message for people with a 4xx status. */
export type UploadAnswer = { media: MediaSummary } | { error: string };

type Row = {
  id: string;
  storageKey: string;
  width: number;
  height: number;
  altText: string;
  caption: string;
  credit: string;
  originalName: string;
  variants: { width: number; key: string }[];
};

export function toMediaSummary(r: Row): MediaSummary {
  const thumb = [...r.variants].sort((a, b) => a.width - b.width).find((v) => v.width >= 400);
  return {
    id: r.id,
    url: mediaUrl(r.storageKey),
    thumbUrl: mediaUrl(thumb?.key ?? r.storageKey),
    width: r.width,
    height: r.height,
    alt: r.altText,
    caption: r.caption,
    credit: r.credit,
    originalName: r.originalName,
  };
}
