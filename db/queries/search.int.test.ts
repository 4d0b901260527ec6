import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/db";
import { seedDemo } from "../seed";
import { seedStories } from "../seed/content";
import { searchStories } from "./search";
import { MARK_END, MARK_START } from "@/lib/content/types";

const testDb = withTestDatabase();
const publishedSlugs = new Set(seedStories.filter((s) => s.status === "published").map((s) => s.slug));
const marked = (snippet: string) =>
  [...snippet.matchAll(new RegExp(`${MARK_START}(.*?)${MARK_END}`, "g"))].map((m) => m[1]);

beforeAll(async () => {
  await seedDemo(testDb().db, { withStaff: false });
});

describe("search", () => {
  it("ranks a headline match first and highlights the words in the snippet", async () => {
    const result = await searchStories("calligraphy");
    expect(result.mode).toBe("fulltext");
    expect(result.hits[0]?.slug).toBe("koreatown-hangul-day-calligraphy-afternoon");
    expect(marked(result.hits[0]!.snippet).map((w) => w?.toLowerCase())).toContain("calligraphy");
  });

  it("stems English words and ranks by weight", async () => {
    const result = await searchStories("evictions hearing");
    expect(result.hits[0]?.slug).toBe("koreatown-tenants-eviction-delay-hearing");
  });

  it("falls back to trigram similarity for a typo", async () => {
    const result = await searchStories("caligraphy");
    expect(result.mode).toBe("fuzzy");
    expect(result.hits[0]?.slug).toBe("koreatown-hangul-day-calligraphy-afternoon");
  });

  it("finds Korean words in the headline and inside the body", async () => {
    const day = await searchStories("한글날");
    expect(day.hits.map((h) => h.slug)).toContain("koreatown-hangul-day-calligraphy-afternoon");
    // "장사" appears only at the start of longer words in a quote ("장사도", "장사지만"): found as a prefix, and the
    // whole word marked.
    const business = await searchStories("장사");
    expect(business.mode).toBe("fulltext");
    expect(business.hits.map((h) => h.slug)).toContain("wilshire-night-market-returns-koreatown");
    expect(marked(business.hits[0]!.snippet)).toContain("장사도");
    // "의회" appears only inside a compound ("주민의회"): the substring pass finds it.
    const council = await searchStories("의회");
    expect(council.mode).toBe("fuzzy");
    expect(council.hits.map((h) => h.slug)).toContain("la-hanintaun-juminuihoe-sae-yesanan-tonggwa");
  });

  it("finds a Korean story by a word's stem whatever its particle, and the English edition by an English word", async () => {
    const korean = "la-hanintaun-juminuihoe-sae-yesanan-tonggwa";
    // The story writes "예산안을" and "예산안에서"; "예산안이" appears nowhere, so only its stem finds the story.
    for (const q of ["예산안", "예산안이", "통과", "한인타운의 주민의회"]) {
      const result = await searchStories(q);
      expect(result.mode, q).toBe("fulltext");
      expect(result.hits[0]?.slug, q).toBe(korean);
      expect(marked(result.hits[0]!.snippet).length, q).toBeGreaterThan(0);
    }
    const english = await searchStories("budget lunches");
    expect(english.hits[0]?.slug).toBe("koreatown-neighborhood-council-passes-new-budget");
    expect(english.hits.map((h) => h.slug)).not.toContain(korean);
  });

  it("ranks only the newest matches when there are more than the window holds, and says so", async () => {
    const all = await searchStories("koreatown", 1, 100);
    expect(all.capped).toBe(false);
    const newest = [...all.hits]
      .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || (a.id < b.id ? 1 : -1))
      .slice(0, 3);
    const capped = await searchStories("koreatown", 1, 100, 3);
    expect(capped).toMatchObject({ capped: true, total: 3 });
    expect(capped.hits.map((h) => h.id).sort()).toEqual(newest.map((h) => h.id).sort());
  });

  it("pages through many results without repeats", async () => {
    const first = await searchStories("koreatown", 1, 5);
    const second = await searchStories("koreatown", 2, 5);
    expect(first.total).toBeGreaterThan(10);
    expect(first.hits).toHaveLength(5);
    expect(second.hits).toHaveLength(5);
    expect(new Set([...first.hits, ...second.hits].map((h) => h.id)).size).toBe(10);
  });

  it("never returns drafts or stories in review", async () => {
    expect((await searchStories("pojangmacha")).hits).toEqual([]);
    expect((await searchStories("union election")).hits.map((h) => h.slug)).not.toContain(
      "hanil-market-workers-file-for-union-election",
    );
    const all = await searchStories("koreatown", 1, 100);
    for (const h of all.hits) expect(publishedSlugs.has(h.slug), h.slug).toBe(true);
  });

  it("treats punctuation and markup in a query as text", async () => {
    // Markup around a word is read as that word (an error or an empty page would fail here).
    const wrapped = await searchStories("<b>calligraphy</b> & | !");
    expect(wrapped.hits.map((h) => h.slug)).toContain("koreatown-hangul-day-calligraphy-afternoon");
    expect((await searchStories("<script>alert(1)</script>")).hits).toEqual([]);
    // Operators and markup around a real word neither break the query nor hide its matches.
    const plain = await searchStories("koreatown", 1, 100);
    const noisy = await searchStories("koreatown & | ! ( ) :*", 1, 100);
    expect(plain.total).toBeGreaterThan(0);
    expect(noisy.hits.map((h) => h.slug).sort()).toEqual(plain.hits.map((h) => h.slug).sort());
    expect((await searchStories("   ")).hits).toEqual([]);
    // LIKE wildcards in a query are literal characters, not "match anything".
    expect((await searchStories("%_%_%")).hits).toEqual([]);
  });
});
