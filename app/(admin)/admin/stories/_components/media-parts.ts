// The media helper's components, in one place: the editor's only coupling to components/desk/media.
import type { MediaSummary } from "@/components/desk/media";
import type { DeskPhoto } from "@/lib/story/desk-types";

export { MediaLibraryDialog, PhotoPlacementFields, PhotoUploader, type MediaSummary } from "@/components/desk/media";

/** A picked or uploaded photo as the story's photo map keeps it. */
export function toDeskPhoto(m: MediaSummary): DeskPhoto {
  return {
    id: m.id,
    url: m.url,
    thumbUrl: m.thumbUrl,
    width: m.width,
    height: m.height,
    alt: m.alt,
    caption: m.caption,
    credit: m.credit,
  };
}
