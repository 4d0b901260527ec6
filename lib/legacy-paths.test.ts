import { describe, expect, it } from "vitest";
import { isLegacyShape, legacyKey } from "./legacy-paths";

describe("an old site's addresses", () => {
  it("are keyed decoded, lowercase and without the trailing slash", () => {
    expect(legacyKey("/2025/06/07/City-Council/")).toBe("/2025/06/07/city-council");
    expect(legacyKey("/tag/%ED%95%9C%EC%9D%B8%ED%83%80%EC%9A%B4/")).toBe("/tag/한인타운");
    expect(legacyKey("/", "?p=123&utm_source=x")).toBe("/?p=123");
    expect(legacyKey("/", "?page_id=7")).toBe("/?page_id=7");
    expect(legacyKey("/", "?utm_source=x")).toBeNull();
    expect(legacyKey("/%E0%A4%A")).toBeNull();
  });

  it("are looked up early only where no page of ours could answer", () => {
    const q = (s: string) => new URLSearchParams(s);
    expect(isLegacyShape("/", q("p=1"))).toBe(true);
    expect(isLegacyShape("/", q("page=2"))).toBe(false);
    expect(isLegacyShape("/2025/06/07/slug", q(""))).toBe(true);
    expect(isLegacyShape("/category/news", q(""))).toBe(true);
    expect(isLegacyShape("/news/some-story", q(""))).toBe(false);
    expect(isLegacyShape("/news", q(""))).toBe(false);
    expect(isLegacyShape("/feeds/section/news", q(""))).toBe(false);
    expect(isLegacyShape("/news/some-story/updates.json", q(""))).toBe(false);
    expect(isLegacyShape("/api/v1/stories/x", q(""))).toBe(false);
    expect(isLegacyShape("/" + "/".repeat(50_000) + "x", q(""))).toBe(true);
  });
});
