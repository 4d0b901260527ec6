import "server-only";
import { cacheLife } from "next/cache";
import { connection } from "next/server";

/**
 * `next build` must never open the database (PGlite allows one process per folder, and the build may run
 * beside a server). During the build a read turns its component into a request-time hole instead, and marks the
 * page shell as good for one second: the server's first request after that renders the whole page again in the
 * background, now with cached data and no holes, and from then on the page is served whole from the cache
 * (a shell with holes would be resumed, a render, on every request).
 */
export async function deferDuringBuild(): Promise<void> {
  if (isBuild()) await connection();
}

const isBuild = () => process.env.NEXT_PHASE === "phase-production-build";

/** Rendered outside any <Suspense> by the reader layout: gives the build-time shell a one-second life. */
export async function BuildShellLife() {
  if (!isBuild()) return null;
  await shortLife();
  return null;
}

async function shortLife() {
  "use cache";
  // stale and expire of at least 5 minutes, or Next.js would leave this entry out of the shell as a hole itself.
  cacheLife({ stale: 300, revalidate: 1, expire: 300 });
  return null;
}

/**
 * Listings change when a story is published or unpublished; the desk's action or the scheduler
 * (app/api/scheduler) expires their tags at once. The five-minute background refresh is only a backstop.
 * stale is how long a browser's router may reuse an entry (readers follow plain links). Under 5 minutes Next.js
 * also keeps the entry out of the shell it gives client navigations ('delaying entry ... due to short stale value'
 * in its cache debug log); the HTML page keeps it either way (a front with an hour's pin, stale 30, was whole).
 */
export const LISTING_LIFE = { stale: 300, revalidate: 300, expire: 86_400 };
