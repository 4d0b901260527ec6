import "server-only";
import { connection } from "next/server";

/**
 * `next build` must never open the database (PGlite allows one process per folder, and the build may run
 * beside a server). During the build a read turns its component into a request-time hole instead; at run
 * time the same component is prerendered with cached data.
 */
export async function deferDuringBuild(): Promise<void> {
  if (process.env.NEXT_PHASE === "phase-production-build") await connection();
}

/**
 * Listings change when a story is published (an action expires their tags at once) and when an embargoed
 * story's time comes (nobody acts then), so they are also refreshed in the background every five minutes.
 */
export const LISTING_LIFE = { stale: 60, revalidate: 300, expire: 86_400 };
