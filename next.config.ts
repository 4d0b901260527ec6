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
  // exifr imports fs and zlib lazily; bundled, it logs "Couldn't load fs" on every upload.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "sharp", "exifr"],
  images: {
    localPatterns: [{ pathname: "/media/**" }],
  },
  poweredByHeader: false,
  // The Content-Security-Policy is set per request in proxy.ts (the desk needs a nonce).
  async headers() {
    return [{ source: "/:path*", headers: commonHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default nextConfig;
