// The desk's photo parts, for the story editor and the media library page. All client-safe.
export { PhotoUploader, type PhotoUploaderProps } from "./photo-uploader";
export { MediaLibraryDialog, type MediaLibraryDialogProps } from "./media-library-dialog";
export { PhotoPlacementFields, type PhotoOverrides, type PhotoPlacementFieldsProps } from "./photo-placement-fields";
export type { MediaPage, MediaSummary } from "@/lib/content/media-summary";
