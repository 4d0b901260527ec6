import { execFileSync } from "node:child_process";
import { expect, type Locator, type Page } from "@playwright/test";
import { waitForStreamedContent } from "./fixtures";
import { seedAuthors, seedPhotos, seedStories } from "../db/seed/content";

export const published = seedStories.filter((s) => s.status === "published");
export const hidden = seedStories.filter((s) => s.status !== "published");
export const newestFirst = <T extends { hoursAgo: number }>(list: T[]) =>
  [...list].sort((a, b) => a.hoursAgo - b.hoursAgo);
export const story = (slug: string) => seedStories.find((s) => s.slug === slug)!;
export const author = (slug: string) => seedAuthors.find((a) => a.slug === slug)!;
export const photo = (key: string) => seedPhotos.find((p) => p.key === key)!;
export const path = (s: { section: string; slug: string }) => `/${s.section}/${s.slug}`;
export const weatherUrl = `http://127.0.0.1:${process.env.E2E_WEATHER_PORT ?? 3199}`;

/** Clicks once the button is there and returns the moment of the click: "within a second" counts from it. */
export async function clickAt(target: Locator): Promise<number> {
  await target.waitFor();
  const clickedAt = Date.now();
  await target.click();
  return clickedAt;
}

/** The families fontconfig has for Korean on this machine (none on CI's). */
export function localHangulFamilies(): string[] {
  try {
    return execFileSync("fc-list", [":lang=ko", "family"], { encoding: "utf8" })
      .split(/[\n,]/)
      .map((family) => family.trim())
      .filter(Boolean);
  } catch {
    return []; // no fontconfig: Chromium finds no local face through it either
  }
}

type DomNode = { nodeId: number; nodeType: number; nodeValue?: string; children?: DomNode[]; shadowRoots?: DomNode[] };
// Hangul syllables: one glyph each in a face that has them. Hanja and the jamo blocks are not counted.
const hangulSyllable = /[\uac00-\ud7a3]/g;

/**
 * Every Hangul syllable in the page's visible text, form fields included, is drawn by a face that has Hangul: the
 * Noto Serif KR webfont, or a Korean face of the machine's where it has one (CI's has none). Asked of Chromium itself
 * (DevTools' "Rendered fonts", per text node: a field's value is a text node in its user-agent shadow tree), because a
 * face without Hangul draws empty boxes while `document.fonts` still says the webfont loads. Returns how many text
 * nodes with Hangul it checked; finding none fails.
 */
export async function expectHangulDrawn(page: Page): Promise<number> {
  await waitForStreamedContent(page);
  const hangulFaces = ["Noto Serif KR", ...localHangulFamilies()];
  let checked = 0;
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    await expect
      .poll(
        async () => {
          const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: DomNode };
          const texts: DomNode[] = [];
          const walk = (n: DomNode) => {
            if (n.nodeType === 3 && n.nodeValue?.match(hangulSyllable)) texts.push(n);
            for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
          };
          walk(root);
          const boxes: string[] = [];
          checked = 0;
          for (const text of texts) {
            // A node the page replaced since the walk: the next try sees its successor.
            const fonts = await cdp.send("CSS.getPlatformFontsForNode", { nodeId: text.nodeId }).then(
              (r) => r.fonts,
              () => null,
            );
            if (fonts === null) return ["the page changed while it was read"];
            if (fonts.length === 0) continue; // not drawn: hidden, or a field's initial text
            checked++;
            const syllables = text.nodeValue!.match(hangulSyllable)!.length;
            const drawnInHangul = fonts
              .filter((f) => hangulFaces.some((h) => f.familyName.startsWith(h)))
              .reduce((sum, f) => sum + f.glyphCount, 0);
            if (drawnInHangul < syllables) {
              const faces = fonts.map((f) => `${f.familyName} ${f.glyphCount}`).join(", ");
              boxes.push(`"${text.nodeValue!.trim().slice(0, 30)}": ${syllables} syllables, drawn by ${faces}`);
            }
          }
          return checked === 0 ? ["no drawn text with Hangul on the page"] : boxes;
        },
        { message: "text whose Hangul is drawn by a face without it", timeout: 10_000 },
      )
      .toEqual([]);
  } finally {
    await cdp.detach();
  }
  return checked;
}
