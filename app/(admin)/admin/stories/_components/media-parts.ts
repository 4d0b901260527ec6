// The media helper's components, in one place: the editor's only coupling to components/desk/media.
export { PhotoUploader } from "@/components/desk/media/photo-uploader";
export { MediaLibraryDialog } from "@/components/desk/media/media-library-dialog";
export { PhotoPlacementFields } from "@/components/desk/media/photo-placement-fields";
export type { MediaSummary } from "@/components/desk/media/types";
import type { DeskPhoto } from "@/lib/story-desk-types";
import type { MediaSummary } from "@/components/desk/media/types";

/** A picked or uploaded photo as the story's photo map keeps it. */
export function toDeskPhoto(m: MediaSummary): DeskPhoto {
  return { id: m.id, url: m.url, thumbUrl: m.thumbUrl, width: m.width, height: m.height, alt: m.alt, caption: m.caption, credit: m.credit };
}
