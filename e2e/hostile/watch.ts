import { expect, type Page } from "@playwright/test";

/**
 * What proves a payload never ran: every page a hostile spec opens exposes window.__xss (each payload calls it if it
 * ever runs), and dialogs and script errors are counted too. Shared by e2e/hostile.spec.ts and hostile-desk.spec.ts.
 */
const watched = new WeakMap<Page, string[]>();

/** Everything that ran on this page: calls to __xss, dialogs and script errors (set up once per page). */
export async function watch(page: Page): Promise<string[]> {
  let ran = watched.get(page);
  if (ran) return ran;
  const list: string[] = [];
  watched.set(page, list);
  await page.exposeFunction("__xss", () => list.push(`__xss on ${page.url()}`));
  page.on("dialog", (d) => {
    list.push(`dialog on ${page.url()}`);
    void d.dismiss();
  });
  page.on("pageerror", (e) => list.push(`error on ${page.url()}: ${e.message}`));
  return (ran = list);
}

/**
 * Gives every payload its chance to run: waits for each image, lazy ones too, to load or fail (onload, onerror),
 * then sends every element the events a reader's pointer and keyboard would (an inline onmouseover or onfocus runs
 * on a synthetic event too). Clicks are left out: they would navigate away.
 */
export async function provoke(page: Page): Promise<void> {
  await page.evaluate(() => [...document.images].forEach((i) => (i.loading = "eager")));
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  await page.evaluate(() => {
    // Not bubbling: each element's own inline handler is what is tried.
    const kinds = ["mouseover", "mouseenter", "mousemove", "pointerover", "focus", "blur", "animationstart"];
    for (const el of document.querySelectorAll("body *")) for (const kind of kinds) el.dispatchEvent(new Event(kind));
  });
  // A round trip: a payload's call to __xss, sent before it, has reached the test by the time this answers.
  await page.evaluate(() => 0);
}

/** Opens a URL (absolute) and fails if any payload ran there; counts each page opened. */
export async function openWatched(page: Page, url: string, opened?: Set<string>): Promise<void> {
  const ran = await watch(page);
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(200);
  await page.waitForLoadState("load");
  await provoke(page);
  expect(ran, url).toEqual([]);
  opened?.add(new URL(url).pathname + new URL(url).search);
}

export const norm = (s: string) => s.replace(/\s+/g, " ").trim();

/** Parses a feed or sitemap in the page's own XML parser: the parse error (or null) and each item's texts. */
export async function readXml(page: Page, url: string) {
  return page.evaluate(async (u) => {
    const xml = new DOMParser().parseFromString(await (await fetch(u)).text(), "application/xml");
    const items = [...xml.querySelectorAll("item, url, sitemap")].map((i) => ({
      link: i.querySelector("link, loc")?.textContent ?? "",
      title: i.querySelector("title")?.textContent ?? i.getElementsByTagName("news:title")[0]?.textContent ?? null,
      description: i.querySelector("description")?.textContent ?? null,
    }));
    return {
      error: xml.querySelector("parsererror")?.textContent ?? null,
      items,
      channel: xml.querySelector("channel > title")?.textContent ?? null,
    };
  }, url);
}
