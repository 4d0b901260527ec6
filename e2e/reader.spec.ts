import { seedPhotos, seedStories } from "../db/seed/content";
import { expect, test } from "./fixtures";

const published = seedStories.filter((s) => s.status === "published");
const withPhotos = published.find((s) => s.hero && s.body.some((b) => "photo" in b))!;

test("an article shows headline, byline, hero photo with caption and credit, and body", async ({ page }) => {
  const response = await page.goto(`/${withPhotos.section}/${withPhotos.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(withPhotos.headline);
  await expect(page.getByTestId("byline")).toContainText(/^By /i);
  const hero = seedPhotos.find((p) => p.key === withPhotos.hero)!;
  const figure = page.locator("article figure").first();
  await expect(figure.locator("img")).toHaveAttribute("alt", hero.alt);
  await expect(figure.locator("figcaption")).toContainText(hero.caption);
  await expect(figure.locator("figcaption")).toContainText(`[${hero.credit}]`);
  // The image is served through next/image from the stored file.
  const src = await figure.locator("img").getAttribute("src");
  const image = await page.request.get(src!);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toMatch(/^image\//);
  const inline = withPhotos.body.filter((b) => "photo" in b).length;
  await expect(page.locator("article figure")).toHaveCount(1 + inline);
  expect(await page.locator(".article-body > p").count()).toBeGreaterThanOrEqual(3);
});

test("unknown and unpublished stories are a 404", async ({ page }) => {
  const unknown = await page.goto("/local/no-such-story-anywhere");
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  for (const hidden of seedStories.filter((s) => s.status !== "published")) {
    const res = await page.goto(`/${hidden.section}/${hidden.slug}`);
    expect(res?.status(), hidden.slug).toBe(404);
  }
});
