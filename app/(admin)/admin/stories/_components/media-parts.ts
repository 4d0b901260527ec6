// The media helper's components, in one place: the editor's only coupling to components/desk/media.
// Until the media branch lands these come from ./media-fallback (same props).
import type { DeskPhoto } from "@/lib/story-desk-types";
import type { MediaSummary } from "./media-fallback";

export { MediaLibraryDialog, PhotoPlacementFields, PhotoUploader, type MediaSummary } from "./media-fallback";

/** A picked or uploaded photo as the story's photo map keeps it. */
export function toDeskPhoto(m: MediaSummary): DeskPhoto {
  return { id: m.id, url: m.url, thumbUrl: m.thumbUrl, width: m.width, height: m.height, alt: m.alt, caption: m.caption, credit: m.credit };
}
