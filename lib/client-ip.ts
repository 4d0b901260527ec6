import { isIP } from "node:net";

/**
 * The client's address, from the proxies the deployment declares. Each proxy appends the address it saw to
 * X-Forwarded-For, so the trustworthy entry is TRUSTED_PROXY_HOPS from the right; anything left of it was written
 * by the client. With no proxy declared (the default, 0: `next start` facing the internet) the header is the
 * client's own words and is ignored: every client is "unknown", the per-address limits are off and the
 * per-account ones hold. X-Real-IP is used only without X-Forwarded-For, and only behind a declared proxy.
 */
export function clientIp(headers: Headers, hops = trustedProxyHops()): string {
  if (hops < 1) return "unknown";
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // Fewer entries than hops: the leftmost was still written by one of our proxies.
  const picked = chain.length ? chain[Math.max(0, chain.length - hops)] : headers.get("x-real-ip")?.trim();
  // Only an address: anything else (a direct client's forged header, say "device:…") must not name a bucket.
  return picked && isIP(picked) ? picked.slice(0, 64) : "unknown";
}

export function trustedProxyHops(): number {
  const n = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}
