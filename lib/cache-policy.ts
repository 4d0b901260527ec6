/**
 * Cache-Control for every document the app serves, by path. proxy.ts sets it on the response before the page
 * renders, and Next.js keeps a header that is already there (it would otherwise send `s-maxage=<cacheLife>` for a
 * prerendered page, up to a year, which a shared cache could not be told to drop on publish).
 *
 * Reader pages: `public, max-age=0, s-maxage=1, stale-while-revalidate=30, stale-if-error=86400`.
 * - max-age=0: a browser asks again every time, so a correction or an unpublished story reaches it at once;
 * - s-maxage=1: a shared cache (our nginx, a CDN) keeps a page one second. A hot story then costs the origin
 *   about one render a second however many readers arrive, and a change is visible within a second of publish
 *   (the app also asks the proxy to refetch the story's pages on publish: lib/proxy-cache.ts);
 * - stale-while-revalidate=30: for that refetch the cache may answer with the copy it has (only shared caches
 *   act on it for documents), so no reader waits on a render;
 * - stale-if-error=86400: if the origin is down or failing, readers get yesterday's page instead of an error.
 * The desk, sign-in, previews and Auth.js are personal: `private, no-store`, never kept anywhere.
 * The content API (/api/v1) answers per key: a client may keep an answer half a minute, then asks again with its
 * ETag (a 304 costs no body); shared caches never keep it (the key is the Authorization header).
 */
export const READER_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=30, stale-if-error=86400";
export const PRIVATE_CACHE_CONTROL = "private, no-store";
export const API_CACHE_CONTROL = "private, max-age=30";

const PRIVATE_PREFIXES = ["/admin", "/login", "/preview", "/api"];

export function isPrivatePath(path: string): boolean {
  return PRIVATE_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

export function cacheControlFor(path: string): string {
  if (path.startsWith("/api/v1/")) return API_CACHE_CONTROL;
  return isPrivatePath(path) ? PRIVATE_CACHE_CONTROL : READER_CACHE_CONTROL;
}
