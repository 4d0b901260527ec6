import "server-only";
import { countListing, LISTING_PAGE_SIZE, type Listing } from "@/db/queries/listings";
import { SEARCH_PAGE_SIZE, searchStories } from "@/db/queries/search";
import { isLanguage } from "./content/language";
import { allowSearch, normaliseQuery } from "./search-limits";
import { isSafeText, pageNumber } from "./route-input";

/** The listing a reader path pages through (`?page=N`), or null for any other path. */
export function listingOf(pathname: string): Listing | { kind: "search" } | null {
  let parts: string[];
  try {
    parts = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
  if (!parts.every((p) => isSafeText(p))) return null;
  const [first, second] = parts;
  if (parts.length === 1 && first === "search") return { kind: "search" };
  if (parts.length === 1 && isLanguage(first)) return { kind: "language", language: first };
  if (parts.length === 1) return { kind: "section", slug: first! };
  if (parts.length === 2 && first === "tags") return { kind: "tag", slug: second! };
  if (parts.length === 2 && first === "authors") return { kind: "author", slug: second! };
  return null;
}

/** Listings whose later pages have a route of their own (`./page/[n]`); search reads its query anyway. */
function hasPageRoute(pathname: string): boolean {
  const listing = listingOf(pathname);
  return listing !== null && listing.kind !== "search";
}

/**
 * For the proxy: where a listing's `?page=N` (N > 1) is rendered, `/local/page/N`, or null. Page 1 has no route
 * value to read, so it is prerendered and cached whole with its stories (a page reading the query string would be
 * a shell whose stories stream in after hydration); each later page is cached on its own first visit.
 */
export function pagedListingPath(url: URL): string | null {
  const page = pageNumber(url.searchParams.get("page"));
  return page > 1 && hasPageRoute(url.pathname) ? `${url.pathname.replace(/\/$/, "")}/page/${page}` : null;
}

/** Whether a path is one of those, asked for directly: a second address for a page, and one that skips the bounds. */
export function isPagedListingPath(pathname: string): boolean {
  const match = /^(.+)\/page\/[^/]+$/.exec(pathname);
  return match !== null && hasPageRoute(match[1]!);
}

/**
 * For the proxy: whether a listing's `?page=N` lies past its last page. The page itself cannot say so with a 404
 * status, since its shell streams with a 200 before the listing is read; asked only for N > 1, so first pages,
 * nearly every listing request, never wait on it. A paged search counts against the client's search allowance
 * (the page counts it again); over it, the page answers as it does for any search.
 */
export async function pastLastPage(url: URL, clientIp: string): Promise<boolean> {
  const page = pageNumber(url.searchParams.get("page"));
  if (page <= 1) return false;
  const listing = listingOf(url.pathname);
  if (!listing) return false;
  try {
    if (listing.kind === "search") {
      const q = normaliseQuery(url.searchParams.get("q") ?? "");
      if (!q || !(await allowSearch(clientIp))) return false;
      const { total } = await searchStories(q, 1, 1);
      return page > Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
    }
    const total = await countListing(listing);
    return total !== null && page > Math.max(1, Math.ceil(total / LISTING_PAGE_SIZE));
  } catch (error) {
    // The database away: the page answers as it would have (its own not-found for an empty page).
    console.error("listing bounds check failed", error);
    return false;
  }
}
