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
    expect([...interfaceHangul].sort().join("")).toBe([..."한국어이기사로읽"].sort().join(""));
  });

  it("asks for the whole Korean webfont only for Hangul the face lacks", () => {
    expect(needsKoreanWebfont("Sections · 한국어 · Search")).toBe(false);
    expect(needsKoreanWebfont("이 기사 한국어로 읽기")).toBe(false);
    expect(needsKoreanWebfont("Koreatown's 한인 market")).toBe(true);
    expect(needsKoreanWebfont("ㅋㅋ")).toBe(true); // compatibility jamo
    expect(needsKoreanWebfont("\u1112\u1161\u11ab")).toBe(true); // conjoining jamo
    expect(needsKoreanWebfont("Plain English, 東京, café")).toBe(false);
  });
});
