import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { interfaceHangul, needsKoreanWebfont } from "@/lib/content/interface-hangul";
import { facesFor, fontFaceCss, OUT, outputName } from "@/scripts/hangul-ui-font";

describe("the interface's Hangul face", () => {
  it("covers the interface's strings as they are now (else: npm run fonts:hangul-ui)", () => {
    const faces = facesFor(interfaceHangul);
    expect(readFileSync(path.join(OUT, "hangul-ui.css"), "utf8")).toBe(fontFaceCss(faces));
    for (const { file } of faces) expect(existsSync(path.join(OUT, outputName(file)))).toBe(true);
  });

  it("asks for the whole Korean webfont only for what the small face lacks", () => {
    expect(needsKoreanWebfont("Sections · 한국어 · Search")).toBe(false);
    expect(needsKoreanWebfont("이 기사 한국어로 읽기")).toBe(false);
    expect(needsKoreanWebfont("Koreatown's 한인 market")).toBe(true);
    expect(needsKoreanWebfont("ㅋㅋ")).toBe(true); // compatibility jamo
    expect(needsKoreanWebfont("㈜한국")).toBe(true); // parenthesized Hangul
    expect(needsKoreanWebfont("大韓民國")).toBe(true); // Hanja
    expect(needsKoreanWebfont("Plain English, café, “quotes” — 12°")).toBe(false);
  });
});
