import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pathsForStory, refreshProxyCache } from "./proxy-cache";

const seen: { path: string; refresh: string | undefined }[] = [];
const proxy = http.createServer((req, res) => {
  seen.push({ path: req.url ?? "", refresh: req.headers["x-masthead-refresh"] as string | undefined });
  res.end("ok");
});
beforeAll(() => new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r)));
afterAll(() => proxy.close());

describe("proxy cache refresh", () => {
  const story = { slug: "water-main", sectionSlug: "local", tagSlugs: ["city-hall"], authorSlugs: ["sarah-kim"] };

  it("lists the article first, then every page and feed that shows the story", () => {
    expect(pathsForStory(story)).toEqual([
      "/local/water-main", "/", "/local", "/feed.xml", "/feeds/section/local", "/tags/city-hall", "/authors/sarah-kim", "/feeds/author/sarah-kim",
    ]);
  });

  it("asks the proxy to refetch each path with the refresh header, and does nothing without PROXY_CACHE_URL", async () => {
    delete process.env.PROXY_CACHE_URL;
    refreshProxyCache(["/"]);
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toEqual([]);
    process.env.PROXY_CACHE_URL = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`;
    refreshProxyCache(pathsForStory(story));
    await expect.poll(() => seen.length).toBe(8);
    expect(seen[0]).toEqual({ path: "/local/water-main", refresh: "1" });
    expect(new Set(seen.map((s) => s.path))).toEqual(new Set(pathsForStory(story)));
    delete process.env.PROXY_CACHE_URL;
  });
});
