import { createHash } from "node:crypto";
import fs from "node:fs";
import { test as base, expect, type Page } from "@playwright/test";
import type { AxeResults, RunOptions } from "axe-core";

// The minified build: a fresh page evaluates it in about 290 ms, the 1.4 MB axe.js that @axe-core/playwright
// injected on every scan in about 420.
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
type AxeWindow = { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } };

/**
 * axe's violations on the page as it stands. axe is put into each frame that lacks it, once per document: a test
 * that scans one page again after using it does not pay for it twice.
 */
async function axeViolations(page: Page): Promise<AxeResults["violations"]> {
  for (const frame of page.frames()) {
    // Not `"axe" in window`: an element with id="axe" would be found there.
    const present = await frame
      .evaluate(() => typeof (window as unknown as Partial<AxeWindow>).axe?.run === "function")
      .catch(() => true);
    // A child frame that cannot take it (the error page of an embed that did not load) is left out, as before.
    if (!present) await frame.evaluate(axeSource).catch((e) => (frame === page.mainFrame() ? Promise.reject(e) : 0));
  }
  // Only violations are read: axe then details one node of each passing rule instead of all (about 10% faster).
  return page.evaluate(
    async () => (await (window as unknown as AxeWindow).axe.run(document, { resultTypes: ["violations"] })).violations,
  );
}

/**
 * Streamed Suspense content is revealed by React shortly after it arrives, sometimes after the load event:
 * wait until no boundary placeholder is left, so checks see the finished page.
 */
export async function waitForStreamedContent(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const pending = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT);
      while (pending.nextNode()) if (pending.currentNode.nodeValue === "$?") return false;
      // Next.js streams the <title> too.
      return !document.querySelector('template[id^="B:"]') && document.title !== "";
    },
    undefined,
    { timeout: 10_000 },
  );
}

/**
 * What axe's answer depends on: the document as it stands, the viewport and the media the page is drawn for (not
 * the address: the desk's 403 page is the same document at every path). Reader pages come from a cache, so the
 * suite meets the same page many times over.
 */
async function pageState(page: Page): Promise<string> {
  const state = await page.evaluate(() => {
    // Scripts are left out: axe never reads them, and the desk's inline payload carries a nonce new on every request,
    // which made every visit to a desk page a page never seen.
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const script of copy.querySelectorAll("script")) script.textContent = "";
    const media = ["(prefers-color-scheme: dark)", "print"].map((m) => matchMedia(m).matches);
    return [innerWidth, innerHeight, ...media, copy.outerHTML].join(" ");
  });
  return createHash("sha1").update(state).digest("base64");
}

/** Page states this worker has already scanned without a violation. */
const scanned = new Set<string>();
const stats = { scans: 0, skipped: 0, ms: 0 };
process.on("exit", () => {
  if (process.env.E2E_AXE_STATS)
    console.log(`axe: ${stats.scans} scans (${stats.ms} ms), ${stats.skipped} repeats skipped`);
});

/**
 * Fails the test with a readable list when axe finds any violation on the page as it stands. A state of a page
 * already scanned clean in this worker (the same document at the same size and media) is not scanned again.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await waitForStreamedContent(page);
  const state = await pageState(page);
  if (scanned.has(state)) {
    stats.skipped++;
    return;
  }
  const t0 = Date.now();
  const violations = await axeViolations(page);
  stats.scans++;
  stats.ms += Date.now() - t0;
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  scanned.add(state);
}

// Every page the suite visits is scanned: after each goto, and the page a test ends on.
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (...args: Parameters<Page["goto"]>) => {
      const response = await goto(...args);
      if (response && response.headers()["content-type"]?.includes("text/html")) await expectNoAxeViolations(page);
      return response;
    };
    await use(page);
    if (page.url().startsWith("http") && !page.isClosed()) await expectNoAxeViolations(page);
  },
});

export { expect };
