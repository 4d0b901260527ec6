import { describe, expect, it } from "vitest";
import { cacheControlFor, PRIVATE_CACHE_CONTROL, READER_CACHE_CONTROL } from "./cache-policy";

describe("cacheControlFor", () => {
  it("keeps the desk, sign-in, previews and the API private", () => {
    for (const p of ["/admin", "/admin/stories/1", "/login", "/preview/abc", "/api/auth/session"]) {
      expect(cacheControlFor(p)).toBe(PRIVATE_CACHE_CONTROL);
    }
  });
  it("lets shared caches keep reader pages for a second, and browsers not at all", () => {
    for (const p of ["/", "/local", "/local/some-story", "/search", "/authors/jane", "/administrative-news"]) {
      expect(cacheControlFor(p)).toBe(READER_CACHE_CONTROL);
    }
    expect(READER_CACHE_CONTROL).toMatch(/max-age=0/);
    expect(READER_CACHE_CONTROL).toMatch(/s-maxage=1\b/);
  });
});
