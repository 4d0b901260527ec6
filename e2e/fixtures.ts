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

/** Fails the test with a readable list when axe finds any violation on the page as it stands. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await waitForStreamedContent(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
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
