import { describe, expect, it } from "vitest";
import { hangulStem, searchTerms } from "./search-terms";

describe("searchTerms", () => {
  it("takes a particle off a Korean word, longest first, and keeps a stem of two syllables or more", () => {
    expect(hangulStem("예산안을")).toBe("예산안");
    expect(hangulStem("한인타운에서는")).toBe("한인타운");
    expect(hangulStem("주민의회")).toBe("주민의회");
    expect(hangulStem("나는")).toBe("나는");
  });

  it("splits English words from Korean stems as prefixes, each stem once", () => {
    expect(searchTerms("LA 예산안을 “budget” 예산안이")).toEqual({ words: "LA   “budget”", prefixes: ["예산안:*"] });
    expect(searchTerms("tenants eviction")).toEqual({ words: "tenants eviction", prefixes: [] });
    expect(searchTerms("한인타운의 통과")).toEqual({ words: "", prefixes: ["한인타운:*", "통과:*"] });
  });
});
