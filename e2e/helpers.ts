import { execFileSync } from "node:child_process";
import { expect, type Locator, type Page } from "@playwright/test";
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
function localHangulFamilies(): string[] {
  try {
    return execFileSync("fc-list", [":lang=ko", "family"], { encoding: "utf8" })
      .split(/[\n,]/)
      .map((family) => family.trim())
      .filter(Boolean);
  } catch {
    return []; // no fontconfig: Chromium finds no local face through it either
  }
}

type DomNode = {
  nodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
};
const hangulText = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

/**
 * Every element on the page whose own text, a form field's value or a select's choice holds Hangul is drawn by a face
 * that has Hangul: the Noto Serif KR webfont, or a Korean face of the machine's where it has one (CI's has none).
 * Asked of Chromium itself (DevTools' "Rendered fonts"), because a face without Hangul draws empty boxes while
 * `document.fonts` still says the webfont loads. Returns how many elements it checked.
 */
export async function expectHangulDrawn(page: Page): Promise<number> {
  const hangulFaces = ["Noto Serif KR", ...localHangulFamilies()];
  const ownText = (n: DomNode) =>
    (n.children ?? [])
      .filter((c) => c.nodeType === 3)
      .map((c) => c.nodeValue)
      .join("");
  // A field's text is laid out inside its user-agent shadow tree: the element there that holds it is what was drawn.
  const drawn = (n: DomNode): DomNode | undefined => {
    const inside = (list: DomNode[] = []) => list.map(drawn).find(Boolean);
    return inside(n.shadowRoots) ?? (hangulText.test(ownText(n)) ? n : inside(n.children));
  };
  let count = 0;
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    await expect
      .poll(
        async () => {
          // Marked again on each try: the desk re-renders, and an element marked on an earlier try may be gone.
          await page.evaluate((source) => {
            const hangul = new RegExp(source);
            for (const el of document.querySelectorAll("body *:not(script, style, template, noscript, option)")) {
              const own = [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && hangul.test(c.textContent!));
              const value =
                ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && hangul.test(el.value)) ||
                (el instanceof HTMLSelectElement && hangul.test(el.selectedOptions[0]?.text ?? ""));
              el.toggleAttribute("data-hangul-check", own || value);
            }
          }, hangulText.source);
          const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: DomNode };
          const marked: DomNode[] = [];
          const walk = (n: DomNode) => {
            if (n.attributes?.includes("data-hangul-check")) marked.push(n);
            for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
          };
          walk(root);
          count = marked.length;
          const boxes: string[] = [];
          for (const element of marked) {
            const holder = drawn(element) ?? element;
            const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId: holder.nodeId });
            const names = fonts.map((f) => f.familyName);
            if (!names.some((f) => hangulFaces.some((h) => f.startsWith(h)))) {
              boxes.push(
                `<${element.localName}> ${ownText(holder).trim().slice(0, 30)}: ${names.join(", ") || "no face"}`,
              );
            }
          }
          return boxes;
        },
        { message: "elements whose Hangul is drawn by a face without it", timeout: 10_000 },
      )
      .toEqual([]);
  } finally {
    await cdp.detach();
  }
  return count;
}
