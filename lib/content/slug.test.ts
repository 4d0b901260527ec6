import { describe, expect, it } from "vitest";
import { romanizeHangul } from "./hangul";
import { SLUG_PATTERN, slugify } from "./slug";

describe("slugify", () => {
  it("cuts a long headline between words, never inside one", () => {
    const headline =
      "City council approves the downtown transit budget after a marathon overnight session of testimony";
    const slug = slugify(headline, 60);
    expect(slug).toBe("city-council-approves-the-downtown-transit-budget-after-a");
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slugify("supercalifragilisticexpialidocious", 10)).toBe("supercalif");
    expect(slugify("exactly ten", 11)).toBe("exactly-ten");
  });

  it("makes a readable slug from an all-Hangul headline (Revised Romanization)", () => {
    expect(slugify("LA 한인타운 주민의회, 새 예산안 통과")).toBe("la-hanintaun-juminuihoe-sae-yesanan-tonggwa");
    expect(slugify("한미 정상회담, 북한 핵 문제 논의")).toBe("hanmi-jeongsanghoedam-bukhan-haek-munje-nonui"); // RR keeps ㄱ+ㅎ as kh in nouns;
    expect(slugify("코리아타운 음식 축제")).toMatch(SLUG_PATTERN);
  });

  it("gives tags and author names the same readable slugs", () => {
    expect(slugify("이민", 60)).toBe("imin");
    expect(slugify("한인 사회", 60)).toBe("hanin-sahoe");
    expect(slugify("김민준", 60)).toBe("gimminjun");
    expect(slugify("박서연 Park", 60)).toBe("bakseoyeon-park");
  });

  it("is empty when nothing readable is left, so callers choose a fallback", () => {
    expect(slugify("🎉🎉")).toBe("");
  });
});

describe("romanizeHangul", () => {
  it.each([
    ["한인", "hanin"],
    ["국민", "gungmin"],
    ["종로", "jongno"],
    ["독립", "dongnip"],
    ["신라", "silla"],
    ["설날", "seollal"],
    ["같이", "gachi"],
    ["좋고", "joko"],
    ["많아", "mana"],
    ["읽어", "ilgeo"],
    ["서울", "seoul"],
    ["부산", "busan"],
    ["대한민국", "daehanminguk"],
    ["값이", "gapsi"],
    ["백마", "baengma"],
  ])("%s -> %s", (hangul, latin) => {
    expect(romanizeHangul(hangul)).toBe(latin);
  });

  it("leaves other text alone and does not join across words", () => {
    expect(romanizeHangul("LA 한인, 2026년")).toBe("LA hanin, 2026nyeon");
    expect(romanizeHangul("국 물")).toBe("guk mul");
  });
});
