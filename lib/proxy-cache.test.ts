import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pathsForStory, refreshProxyCache } from "./proxy-cache";

const seen: { path: string; refresh: string | undefined; host: string | undefined }[] = [];
const proxy = http.createServer((req, res) => {
  seen.push({
    path: req.url ?? "",
    refresh: req.headers["x-masthead-refresh"] as string | undefined,
    host: req.headers.host,
  });
  res.end("ok");
});
beforeAll(() => new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r)));
afterAll(() => proxy.close());

describe("proxy cache refresh", () => {
  const story = { slug: "water-main", sectionSlug: "local", tagSlugs: ["city-hall"], authorSlugs: ["sarah-kim"] };

  it("lists the article first, then every page and feed that shows the story", () => {
    expect(pathsForStory(story)).toEqual([
      "/local/water-main",
      "/",
      "/local",
      "/feed.xml",
      "/feeds/section/local",
      "/tags/city-hall",
      "/authors/sarah-kim",
      "/feeds/author/sarah-kim",
    ]);
  });

  it("adds the language front and the pages of the story's other editions, which link to it", () => {
    const edition = { ...story, language: "ko", editions: [{ slug: "water-main-en", sectionSlug: "local" }] };
    expect(pathsForStory(edition).slice(-3)).toEqual(["/ko", "/feeds/language/ko", "/local/water-main-en"]);
  });

  it("asks the proxy to refetch each path with the refresh header, and does nothing without PROXY_CACHE_URL", async () => {
    delete process.env.PROXY_CACHE_URL;
    delete process.env.SITE_URL;
    refreshProxyCache(["/"]);
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toEqual([]);
    process.env.PROXY_CACHE_URL = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`;
    refreshProxyCache(pathsForStory(story));
    await expect.poll(() => seen.length).toBe(8);
    // nginx keys pages on the reader's host: a refresh sent as Host 127.0.0.1 would fill an entry nobody reads.
    expect(seen[0]).toEqual({ path: "/local/water-main", refresh: "1", host: "localhost:3000" });
    expect(new Set(seen.map((s) => s.path))).toEqual(new Set(pathsForStory(story)));
    seen.length = 0;
    process.env.SITE_URL = "https://news.example.com/";
    refreshProxyCache(["/"]);
    await expect.poll(() => seen).toEqual([{ path: "/", refresh: "1", host: "news.example.com" }]);
    delete process.env.SITE_URL;
    delete process.env.PROXY_CACHE_URL;
  });
});
