import { expect, test } from "./fixtures";

// Screenshots of the reader pages at a phone's and a desktop's width, kept in test-results/screens to look at.
const widths = [390, 1280];
const pages = [
  { name: "home", path: "/" },
  { name: "article", path: "/local/wilshire-night-market-returns-koreatown" },
];

for (const width of widths) {
  for (const { name, path } of pages) {
    test(`${name} at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      // Nothing may overflow sideways on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
    });
  }
}
