import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshProxyCache } from "@/lib/proxy-cache";
import { startNginx, type RunningNginx } from "@/scripts/nginx";

// The shipped masthead.conf, run by a real nginx in front of a stand-in app that counts what reaches it.
const PORT = Number(process.env.NGINX_TEST_PORT ?? 3500);
const hits: string[] = [];
let page = "first";
const app = http.createServer((req, res) => {
  hits.push(req.url ?? "");
  const cache =
    req.url!.startsWith("/media/") || req.url!.startsWith("/_next/image")
      ? "public, max-age=31536000, immutable"
      : "public, s-maxage=60";
  res.writeHead(200, { "Content-Type": "text/plain", "Cache-Control": cache });
  res.end(req.url!.startsWith("/media/") ? "photo" : page);
});
let nginx: RunningNginx;

beforeAll(async () => {
  await new Promise<void>((r) => app.listen(0, "127.0.0.1", r));
  nginx = await startNginx({
    port: PORT,
    upstreams: [`127.0.0.1:${(app.address() as AddressInfo).port}`],
    appDir: process.cwd(),
  });
});
afterAll(async () => {
  await nginx?.stop();
  app.close();
});

/** A GET through nginx as a reader of news.example.com (the Host nginx keys on). */
function get(path: string): Promise<{ body: string; cache: string | undefined }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${nginx.url}${path}`, { headers: { Host: "news.example.com" } }, (res) => {
        let body = "";
        res
          .on("data", (c) => (body += c))
          .on("end", () => resolve({ body, cache: res.headers["x-cache-status"] as string | undefined }));
      })
      .on("error", reject);
  });
}

describe("nginx in front of the app", () => {
  it("keys photos on the path (and preview) only: a random query string is no way past the media cache", async () => {
    const photo = "/media/2026/01/x-1a2b3c4d.jpg";
    for (const q of ["", "?r=1", "?r=2&s=3"]) await get(`${photo}${q}`);
    expect(hits.filter((h) => h.startsWith(photo))).toHaveLength(1);
    await get(`${photo}?preview=abc`);
    expect(hits.filter((h) => h.startsWith(photo))).toHaveLength(2);
    const optimized = "/_next/image?url=%2Fmedia%2F2026%2F01%2Fx-1a2b3c4d.jpg&w=640&q=75";
    for (const q of ["", "&r=1", "&r=2"]) await get(`${optimized}${q}`);
    await get(optimized.replace("w=640", "w=1080"));
    expect(hits.filter((h) => h.startsWith("/_next/image"))).toHaveLength(2);
  });

  it("a refresh from the app replaces the page readers of the public host are served", async () => {
    expect((await get("/")).body).toBe("first");
    expect(await get("/")).toEqual({ body: "first", cache: "HIT" });
    page = "second";
    process.env.SITE_URL = "http://news.example.com";
    process.env.PROXY_CACHE_URL = nginx.url;
    try {
      const before = hits.length;
      refreshProxyCache(["/"]);
      await expect.poll(() => hits.length).toBe(before + 1);
      await expect.poll(async () => (await get("/")).body).toBe("second");
    } finally {
      delete process.env.SITE_URL;
      delete process.env.PROXY_CACHE_URL;
    }
  });
});
