import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/** Fails the test with a readable list when axe finds any violation on the page as it stands. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // React reveals streamed Suspense content (and Next.js its streamed <title>) a moment after "load", in batches:
  // wait until no boundary is pending, so axe sees the page a reader sees. Times out quietly into the scan.
  await page
    .waitForFunction(() => !document.querySelector('template[id^="B:"], div[hidden][id^="S:"]') && document.title !== "", null, { timeout: 3000 })
    .catch(() => {});
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
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
