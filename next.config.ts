import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  cacheComponents: true,
  // Off on purpose: the first visit to an article renders in full before the response starts, so a story
  // that does not exist (or is not published) answers with a real 404 status, not a streamed soft 404.
  partialPrefetching: false,
  // PGlite ships WASM and extension bundles that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "sharp"],
  images: {
    localPatterns: [{ pathname: "/media/**" }],
  },
  poweredByHeader: false,
};

export default nextConfig;
