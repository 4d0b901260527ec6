import path from "node:path";
import type { NextConfig } from "next";
import { BODY_LIMIT_MB } from "./lib/media/limits";
import { commonHeaders } from "./lib/security-headers";

// With REDIS_URL, both Next.js caches live in Redis, shared by every instance (cache-handlers/). Read when the
// server starts, so one build serves with or without it; without it, Next.js's own per-process caches.
const handler = (file: string) => path.join(process.cwd(), "cache-handlers", file);
const sharedCache: Partial<NextConfig> = process.env.REDIS_URL
  ? {
      cacheHandler: handler("incremental.mjs"),
      cacheHandlers: { default: handler("use-cache.mjs"), remote: handler("use-cache.mjs") },
    }
  : {};

const nextConfig: NextConfig = {
  ...sharedCache,
  cacheComponents: true,
  // Off on purpose: the first visit to an article renders in full before the response starts, so a story
  // that does not exist (or is not published) answers with a real 404 status, not a streamed soft 404.
  partialPrefetching: false,
  // forbidden() gives a signed-in user without the capability a plain 403 page; the author form carries a photo
  // (lib/media/limits.ts), which must reach the action whole through proxy.ts too.
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: `${BODY_LIMIT_MB}mb` },
    proxyClientMaxBodySize: `${BODY_LIMIT_MB}mb`,
  },
  // PGlite ships WASM and extension bundles that must be loaded from node_modules at run time.
  // exifr imports fs and zlib lazily; bundled, it logs "Couldn't load fs" on every upload.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "sharp", "exifr"],
  images: {
    localPatterns: [{ pathname: "/media/**" }],
    // A short srcset (next/image's default lists 16 widths): phone, tablet, desktop column, wide screen, plus the
    // thumbnail sizes the listings use. Each width is one more resize and one more cached file.
    deviceSizes: [640, 828, 1200, 1920],
    imageSizes: [96, 160, 320],
  },
  poweredByHeader: false,
  // The Content-Security-Policy is set per request in proxy.ts (the desk needs a nonce).
  async headers() {
    return [
      { source: "/:path*", headers: commonHeaders(process.env.NODE_ENV === "production") },
      // A mailed link's token is in the address: no Referer carries it away, and no search engine keeps it.
      {
        source: "/login/:page(join|reset)/:token",
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
        ],
      },
    ];
  },
};

export default nextConfig;
