/**
 * Addresses of a site this newsroom came from (WordPress's permalinks, `/?p=123`, its category, tag and author
 * archives), as the keys of the legacy_paths table: decoded, NFC, lowercase, without the trailing slash, and for
 * WordPress's query-string addresses on the home page the one parameter that names the thing.
 */

const QUERY_KEYS = ["p", "page_id", "cat", "tag", "author", "attachment_id"] as const;

/** "/a/b///" -> "/a/b" (the lookbehind keeps it linear, as in lib/site-url.ts). */
export const withoutTrailingSlashes = (s: string) => s.replace(/(?<!\/)\/+$/, "");

/** A percent-encoded path or slug as text (NFC); null for a malformed escape. */
export function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path).normalize("NFC");
  } catch {
    return null;
  }
}

/** The key of an address; null when it cannot be one (a malformed escape). */
export function legacyKey(pathname: string, search: URLSearchParams | string = ""): string | null {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const path = decodePath(pathname);
  if (path === null) return null;
  const trimmed = withoutTrailingSlashes(path).toLowerCase();
  if (trimmed === "") {
    for (const key of QUERY_KEYS) {
      const value = params.get(key)?.trim();
      if (value) return `/?${key}=${value.toLowerCase()}`;
    }
    return null;
  }
  return trimmed;
}

/** The key of a whole address as the old site wrote it ("https://old.example/2025/06/07/x/", "/?p=12"). */
export function legacyKeyOf(address: string): string | null {
  try {
    const url = new URL(address, "http://localhost/");
    return legacyKey(url.pathname, url.searchParams);
  } catch {
    return null;
  }
}

// Paths of this site with three or more segments: never an old site's address.
const OWN_PREFIXES = ["/feeds/", "/api/", "/admin/", "/preview/", "/media/", "/sitemaps/", "/_next/"];

/**
 * Whether an address can only be an old site's, so the proxy looks it up before routing: the home page with
 * WordPress's query parameters, and paths deeper than any page of ours (`/2025/06/07/slug`,
 * `/category/news/local`). Shallower old addresses (`/tag/x`, `/%postname%/`) reach the pages, which look them
 * up on a miss; so a reader's normal page view costs no lookup.
 */
export function isLegacyShape(pathname: string, search: URLSearchParams): boolean {
  if (pathname === "/") return QUERY_KEYS.some((k) => search.has(k));
  if (OWN_PREFIXES.some((p) => pathname.startsWith(p)) || pathname.endsWith("/updates.json")) return false;
  // WordPress's own archive bases: a story of ours with the slug "news" must not answer /category/news.
  if (/^\/(?:category|tag|author)\/[^/]/.test(pathname)) return true;
  return withoutTrailingSlashes(pathname).split("/").length > 3;
}
