import { createHash } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

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
  // Legacy mode runs axe in the page itself; the default opens a blank page per scan to merge the frames' results,
  // which took twice as long (1.3-2.4 s against 0.6-1.2 s a scan here). Reader and desk pages carry no iframes.
  // Only violations are read: axe then details one node of each passing rule instead of all (about 10% faster).
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"] })
    .analyze();
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
