/** The public path of a stored file; next/image optimises from it. */
export function mediaUrl(storageKey: string): string {
  return `/media/${storageKey}`;
}

// Every key lib/media/storage.ts makes: a photo "2026/11/council-meeting-1a2b3c4d.jpg" and its reader sizes beside
// it, "…-1a2b3c4d-960w.jpg" (same extension). Bounded parts, so a test costs nothing whatever the input.
const MEDIA_KEY = /^(\d{4}\/\d{2}\/[a-z0-9-]{1,40}-[0-9a-f]{8})(?:-\d{1,5}w)?\.(jpg|webp)$/;

/**
 * The key of the photo a stored file belongs to (itself, or the photo a reader size was made from), or null for
 * a path that cannot be one of ours: the media route finds any file through the photo's unique key, and turns
 * anything else away before a query.
 */
export function photoKeyOf(key: string): string | null {
  const m = MEDIA_KEY.exec(key);
  return m ? `${m[1]}.${m[2]}` : null;
}
