/** The public path of a stored file; next/image optimises from it. */
export function mediaUrl(storageKey: string): string {
  return `/media/${storageKey}`;
}
