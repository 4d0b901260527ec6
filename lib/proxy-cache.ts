import "server-only";
import http from "node:http";
import https from "node:https";
import { after } from "next/server";
import type { StoryTagSource } from "@/db/queries/invalidation";

/**
 * The reader pages that show a story, as paths: the ones a shared cache in front of us keeps for a second
 * (lib/cache-policy.ts). Later pages of listings are left to that second.
 */
export function pathsForStory(s: StoryTagSource): string[] {
  return [
    `/${s.sectionSlug}/${s.slug}`,
    "/",
    `/${s.sectionSlug}`,
    "/feed.xml",
    `/feeds/section/${s.sectionSlug}`,
    ...s.tagSlugs.map((t) => `/tags/${t}`),
    ...s.authorSlugs.flatMap((a) => [`/authors/${a}`, `/feeds/author/${a}`]),
    ...(s.language ? [`/${s.language}`, `/feeds/language/${s.language}`] : []),
    ...(s.editions ?? []).map((e) => `/${e.sectionSlug}/${e.slug}`),
  ];
}

/**
 * Asks the reverse proxy (PROXY_CACHE_URL, our nginx: deploy/nginx) to fetch these pages again now, so a publish
 * shows at once instead of when the proxy's one-second copy runs out. nginx honours the X-Masthead-Refresh header
 * only from the addresses in its masthead_refresh_from list. Runs after the response, when the action's tag
 * expiry has been applied (a refetch before it would store the old page). Failures only cost that one second.
 * nginx keys pages on the Host readers send, so the refresh sends SITE_URL's host, not PROXY_CACHE_URL's (with it,
 * the refetched page would be stored under a key no reader asks for); PROXY_CACHE_URL's scheme must be the one
 * readers reach nginx on, for the same reason.
 */
export function refreshProxyCache(paths: string[]): void {
  const base = process.env.PROXY_CACHE_URL?.replace(/(?<!\/)\/+$/, "");
  if (!base || paths.length === 0) return;
  let failed = 0;
  let reason = "";
  const warn = (error: unknown) => {
    failed++;
    reason ||=
      error instanceof Error
        ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ""}`
        : String(error);
  };
  const host = publicHost();
  const one = (path: string) => get(new URL(`${base}${path}`), { Host: host, "X-Masthead-Refresh": "1" });
  // The first path (the article) before the rest: it is the page readers of the story are on.
  const [first, ...rest] = paths;
  const refresh = async () => {
    await one(first!).catch(warn);
    await Promise.all(rest.map((p) => one(p).catch(warn)));
    if (failed)
      console.warn(
        `proxy cache refresh: ${failed} of ${paths.length} pages failed (${base}: ${reason}); they expire on their own within seconds`,
      );
  };
  try {
    after(refresh);
  } catch {
    // Outside a request (a script): nothing to wait for.
    void refresh();
  }
}

function publicHost(): string {
  return new URL(process.env.SITE_URL ?? "http://localhost:3000").host;
}

// node:http, not fetch: fetch (undici) drops a Host header and sends PROXY_CACHE_URL's host instead.
function get(url: URL, headers: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const servername = url.protocol === "https:" ? { servername: headers.Host!.replace(/:\d+$/, "") } : {};
    const req = client.get(url, { headers, timeout: 5000, ...servername }, (res) => {
      res.on("error", reject).on("end", resolve).resume();
    });
    req.on("timeout", () => req.destroy(new Error("timed out after 5 s"))).on("error", reject);
  });
}
