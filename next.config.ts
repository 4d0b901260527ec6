import type { NextConfig } from "next";
import { commonHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  cacheComponents: true,
  // Off on purpose: the first visit to an article renders in full before the response starts, so a story
  // that does not exist (or is not published) answers with a real 404 status, not a streamed soft 404.
  partialPrefetching: false,
  // forbidden() gives a signed-in user without the capability a plain 403 page; author photos need a larger body.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "10mb" } },
  // PGlite ships WASM and extension bundles that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "sharp"],
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
    return [{ source: "/:path*", headers: commonHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default nextConfig;
