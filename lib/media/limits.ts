/** Upload limits and their messages; pure, so the browser can refuse a file before sending it. */

/**
 * The one photo size limit. Every layer follows it: the upload route and the author form (this file), Next.js's
 * server-action and proxy body limits (next.config.ts), and the nginx configurations in deploy/ (limits.test.ts
 * checks that each says BODY_LIMIT_MB).
 */
export const MAX_UPLOAD_MB = 20;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;
/** What a proxy in front must let through: the photo plus a form's other fields and multipart boundaries. */
export const BODY_LIMIT_MB = MAX_UPLOAD_MB + 1;
export const ACCEPTED_LABEL = "JPEG, PNG, WebP, AVIF or GIF";
/** For the file picker's accept attribute: a hint only, the server judges by content. */
export const ACCEPT_ATTR = "image/jpeg,image/png,image/webp,image/avif,image/gif";

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLargeMessage(bytes: number | null): string {
  const size = bytes === null ? "this one is larger" : `this one is ${formatMegabytes(bytes)}`;
  return `Photos can be at most ${MAX_UPLOAD_MB} MB; ${size}. Export a smaller copy and try again.`;
}

/** A proxy in front (nginx's HTML 413) refused a photo the desk itself would take: its limit is set lower. */
export function proxyTooLargeMessage(bytes: number): string {
  return (
    `This photo (${formatMegabytes(bytes)}) is too large for the web server in front of the desk, which ` +
    `accepts less than the desk's limit of ${MAX_UPLOAD_MB} MB. Export a smaller copy and try again, and ask ` +
    `your administrator to raise the server's upload limit to ${BODY_LIMIT_MB} MB.`
  );
}
