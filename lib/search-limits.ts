import "server-only";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { writer } from "@/db/mutations/writer";

/** The longest search query served; the form caps typing at this too, and the proxy refuses longer ones with 400. */
export const MAX_QUERY = 200;
/** Searches a minute per client address; without a declared proxy all clients share one, larger, bucket. */
export const SEARCHES_PER_MINUTE = 30;
export const SEARCHES_PER_MINUTE_SHARED = 600;

/** One query spelled one way, so variants of a popular query share a cache entry. */
export function normaliseQuery(q: string): string {
  return q.normalize("NFC").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY);
}

/**
 * The bucket an address counts in: an IPv6 client is given a whole /64 (it can pick any address inside it), so
 * rotating addresses buys no more searches; an IPv4 address is its own.
 */
export function addressBucket(ip: string): string {
  if (!ip.includes(":")) return ip;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1]!;
  const [head = "", tail = ""] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = ip.includes("::")
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export async function allowSearch(ip: string): Promise<boolean> {
  return ip === "unknown"
    ? hitRateLimit(await writer(), "search:*", SEARCHES_PER_MINUTE_SHARED, 60_000)
    : hitRateLimit(await writer(), `search:${addressBucket(ip)}`, SEARCHES_PER_MINUTE, 60_000);
}
