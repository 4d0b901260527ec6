import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  cacheComponents: true,
  // PGlite ships WASM and extension bundles that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "sharp"],
  images: {
    localPatterns: [{ pathname: "/media/**" }],
  },
  poweredByHeader: false,
};

export default nextConfig;
