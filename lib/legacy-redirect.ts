import "server-only";
import { findLegacyTarget } from "@/db/queries/legacy-paths";
import { isLegacyShape, legacyKey } from "./legacy-paths";

/**
 * For the proxy: the new address of a request that can only be an old site's (lib/legacy-paths.ts), or null.
 * Asked only for those shapes, so readers' own pages never wait on it.
 */
export async function legacyRedirectFor(url: URL): Promise<string | null> {
  if (!isLegacyShape(url.pathname, url.searchParams)) return null;
  const key = legacyKey(url.pathname, url.searchParams);
  if (!key) return null;
  try {
    return (await findLegacyTarget(key))?.path ?? null;
  } catch (error) {
    // The database being away must not turn an old address into an error page: it becomes a plain 404.
    console.error("legacy address lookup failed", error);
    return null;
  }
}
