import "server-only";
import { hitRateLimit } from "@/db/mutations/rate-limits";

/** The longest search query served; the form caps typing at this too, and the proxy refuses longer ones with 400. */
export const MAX_QUERY = 200;
/** Searches a minute per client address; without a declared proxy all clients share one, larger, bucket. */
export const SEARCHES_PER_MINUTE = 30;
export const SEARCHES_PER_MINUTE_SHARED = 600;

/** One query spelled one way, so variants of a popular query share a cache entry. */
export function normaliseQuery(q: string): string {
  return q.normalize("NFC").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY);
}

export function allowSearch(ip: string): Promise<boolean> {
  return ip === "unknown"
    ? hitRateLimit("search:*", SEARCHES_PER_MINUTE_SHARED, 60_000)
    : hitRateLimit(`search:${ip}`, SEARCHES_PER_MINUTE, 60_000);
}
