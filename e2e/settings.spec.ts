import { signInAs } from "./desk-helpers";
import { expect, test } from "./fixtures";
import { path, published } from "./helpers";

// Site settings an admin saves reach the reader pages at once: ad placement, time zone and weather city.
const article = path(published.find((s) => s.body.filter((b) => "p" in b).length >= 4)!);

async function saveSettings(page: import("@playwright/test").Page, fields: Record<string, string>) {
  await page.goto("/admin/settings");
  for (const [label, value] of Object.entries(fields)) {
    const field = page.getByLabel(label, { exact: true });
    if ((await field.evaluate((el) => el.tagName)) === "SELECT") await field.selectOption(value);
    else await field.fill(value);
  }
  await page.getByRole("button", { name: "Save settings" }).click();
}

test("ad placement, time zone and weather city follow the site settings", async ({ page, browser }) => {
  await signInAs(page, "admin");
  const reader = await browser.newPage();
  try {
    await saveSettings(page, { "Ad placement": "sidebar", "Time zone": "Asia/Seoul", City: "Seoul" });
    await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
    await reader.setViewportSize({ width: 1280, height: 900 });
    await reader.goto(article);
    await expect(reader.locator('[data-ad-slot="article-sidebar"]')).toContainText("Advertisement");
    await expect(reader.locator('[data-ad-slot="article-inline"]')).toHaveCount(0);
    const seoulToday = new Intl.DateTimeFormat("en-US", {
      weekday: "long",
      year: "numeric",
      month: "long",
      day: "numeric",
      timeZone: "Asia/Seoul",
    }).format(new Date());
    await expect(reader.getByRole("banner")).toContainText(seoulToday);
    await expect(reader.getByRole("banner")).toContainText(/°F Seoul/);

    await saveSettings(page, { "Ad placement": "none" });
    await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
    await reader.goto(article);
    await expect(reader.locator("[data-ad-slot]")).toHaveCount(0);

    // A script the reader pages' CSP would block is refused, and what was typed stays.
    await saveSettings(page, { "Ad script URL": "https://ads.elsewhere.example/tag.js" });
    await expect(page.getByText("is not in AD_HOSTS")).toBeVisible();
    await expect(page.getByLabel("Ad script URL")).toHaveValue("https://ads.elsewhere.example/tag.js");
  } finally {
    await saveSettings(page, {
      "Ad placement": "after_paragraph",
      "Time zone": "America/Los_Angeles",
      City: "Los Angeles",
      "Ad script URL": "",
    });
    await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
    await reader.close();
  }
  await page.goto(article);
  await expect(page.locator('[data-ad-slot="article-inline"]')).toContainText("Advertisement");
});
