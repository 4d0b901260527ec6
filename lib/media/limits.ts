/** Upload limits and their messages; pure, so the browser can refuse a file before sending it. */

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const ACCEPTED_LABEL = "JPEG, PNG, WebP, AVIF or GIF";
/** For the file picker's accept attribute: a hint only, the server judges by content. */
export const ACCEPT_ATTR = "image/jpeg,image/png,image/webp,image/avif,image/gif";

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLargeMessage(bytes: number | null): string {
  const size = bytes === null ? "this one is larger" : `this one is ${formatMegabytes(bytes)}`;
  return `Photos can be at most 20 MB; ${size}. Export a smaller copy and try again.`;
}
