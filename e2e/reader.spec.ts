import { expect, test } from "./fixtures";

test("the home page lists the latest published stories", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  const links = page.locator("main article h2 a, main article h3 a");
  expect(await links.count()).toBeGreaterThanOrEqual(10);
  // No draft reaches the front page.
  await expect(page.getByText("DRAFT ONLY", { exact: false })).toHaveCount(0);
});

test("an article shows headline, byline, hero photo with caption and credit, and body", async ({ page }) => {
  await page.goto("/");
  const first = page.locator("main article h2 a").first();
  const headline = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(page.getByTestId("byline")).toContainText(/^By /i);
  const figure = page.locator("article figure").first();
  await expect(figure.locator("img")).toHaveAttribute("alt", /.+/);
  await expect(figure.locator("figcaption")).toContainText(/\[[A-Z0-9 .,'&/-]+\]/);
  expect(await page.locator(".article-body p").count()).toBeGreaterThanOrEqual(3);
});

test("unknown and unpublished stories are a 404", async ({ page }) => {
  const unknown = await page.goto("/local/no-such-story-anywhere");
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
