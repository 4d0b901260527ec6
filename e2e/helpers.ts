import type { Locator, Page } from "@playwright/test";
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

/** The faces Chromium drew an element's text with (DevTools' "Rendered fonts"): a face without Hangul draws boxes. */
export async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    return fonts.map((f) => f.familyName);
  } finally {
    await cdp.detach();
  }
}
