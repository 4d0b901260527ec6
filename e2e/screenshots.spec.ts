import type { Page } from "@playwright/test";
import { signInAs } from "./desk-helpers";
import { expect, test } from "./fixtures";

/** Scrolls through the page so lazy images load, then waits for them: a full-page screenshot shows them all. */
async function loadAllImages(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 500) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 40));
    }
    window.scrollTo(0, 0);
  });
  // Images hidden by CSS (list thumbnails on a phone) never load, so only visible ones are awaited.
  await page.waitForFunction(() => [...document.images].every((i) => i.complete || i.getClientRects().length === 0));
}

// Screenshots of the reader pages at a phone's and a desktop's width, kept in test-results/screens to look at.
const widths = [390, 1280];
const pages = [
  { name: "home", path: "/" },
  { name: "article", path: "/local/wilshire-night-market-returns-koreatown" },
  { name: "article-desk", path: "/local/heat-advisory-cooling-centers-koreatown" },
  { name: "section", path: "/local" },
  { name: "tag", path: "/tags/koreatown?page=2" },
  { name: "author", path: "/authors/sarah-kim" },
  { name: "search", path: "/search?q=koreatown+housing" },
  { name: "not-found", path: "/local/no-such-story" },
];

for (const width of widths) {
  for (const { name, path } of pages) {
    test(`${name} at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      // Nothing may overflow sideways on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await loadAllImages(page);
      await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
    });
  }
}

for (const { name, path } of pages.slice(0, 2)) {
  test(`${name} in dark mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    // The dark palette is really applied: a dark page behind light text.
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    };
    const colours = await page.evaluate(() => ({
      bg: getComputedStyle(document.body).backgroundColor,
      fg: getComputedStyle(document.body).color,
    }));
    expect(luminance(colours.bg), colours.bg).toBeLessThan(0.25);
    expect(luminance(colours.fg), colours.fg).toBeGreaterThan(0.6);
    await loadAllImages(page);
    await page.screenshot({ path: `test-results/screens/${name}-dark-1280.png`, fullPage: true });
  });
}

test("the print stylesheet hides navigation, ads and share links", async ({ page }) => {
  await page.goto("/local/wilshire-night-market-returns-koreatown");
  // Present on screen first, so "hidden in print" cannot pass because an element is missing.
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeVisible();
  await expect(page.locator("[data-ad-slot]").first()).toBeVisible();
  await expect(page.getByTestId("share")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeHidden();
  await expect(page.locator("[data-ad-slot]").first()).toBeHidden();
  await expect(page.getByTestId("share")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

// The desk, signed in as the admin (who sees every page), at both widths.
const deskPages = [
  "/admin",
  "/admin/stories",
  "/admin/media",
  "/admin/audit",
  "/admin/staff",
  "/admin/settings",
  "/admin/authors",
  "/admin/account",
];
for (const width of widths) {
  test(`desk pages at ${width}px`, async ({ page }) => {
    test.setTimeout(120_000); // seven pages, each scanned by axe
    await page.setViewportSize({ width, height: 900 });
    await signInAs(page, "admin");
    const shots = [...deskPages];
    await page.goto("/admin/stories");
    shots.push((await page.locator("main a[href^='/admin/stories/']").first().getAttribute("href"))!);
    for (const path of shots) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      const name = path === shots.at(-1) ? "admin-story" : path.slice(1).replaceAll("/", "-");
      await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
    }
  });
}
