/** A reader size of a photo, stored as its own file. */
export type MediaVariant = { width: number; height: number; key: string; mimeType: string; bytes: number };

/** A processed image as the blob store keeps it (lib/media/storage.ts), before it has a library row. */
export type StoredImage = {
  storageKey: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
  variants: MediaVariant[];
};
