import { describe, expect, it } from "vitest";
import { isPagedListingPath, pagedListingPath } from "./listing-bounds";

const at = (path: string) => new URL(path, "http://news.test");

describe("pagedListingPath", () => {
  it("sends page 2 on of a section, tag, author or edition to its own route", () => {
    expect(pagedListingPath(at("/local?page=2"))).toBe("/local/page/2");
    expect(pagedListingPath(at("/tags/koreatown?page=3"))).toBe("/tags/koreatown/page/3");
    expect(pagedListingPath(at("/authors/sarah-kim?page=12"))).toBe("/authors/sarah-kim/page/12");
    expect(pagedListingPath(at("/ko?page=2"))).toBe("/ko/page/2");
    // Hangul stays as the browser sent it, percent-encoded.
    expect(pagedListingPath(at("/tags/%ED%95%9C%EC%9D%B8?page=2"))).toBe("/tags/%ED%95%9C%EC%9D%B8/page/2");
  });

  it("leaves page 1, nonsense numbers, search and other paths to their own page", () => {
    for (const path of ["/local", "/local?page=1", "/local?page=-3", "/local?page=abc", "/search?q=k&page=2"])
      expect(pagedListingPath(at(path)), path).toBeNull();
    for (const path of ["/local/some-story?page=2", "/feeds/section/local?page=2", "/?page=2"])
      expect(pagedListingPath(at(path)), path).toBeNull();
  });
});

describe("isPagedListingPath", () => {
  it("knows those routes asked for directly", () => {
    for (const path of ["/local/page/2", "/tags/koreatown/page/2", "/authors/sarah-kim/page/x", "/en/page/2"])
      expect(isPagedListingPath(path), path).toBe(true);
  });

  it("leaves a story whose slug is page, search and deeper paths alone", () => {
    for (const path of ["/local/page", "/search/page/2", "/local/a-story/page/2", "/page/2"])
      expect(isPagedListingPath(path), path).toBe(false);
  });
});
