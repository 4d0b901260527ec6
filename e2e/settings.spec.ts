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

test("the newsroom's languages: the main one writes the site's own words, the others get a link to their front", async ({
  page,
  browser,
}) => {
  await signInAs(page, "admin");
  const reader = await browser.newPage();
  const languages = async (main: string, others: Record<string, boolean>) => {
    await page.goto("/admin/settings");
    await page.getByLabel("Main language").selectOption(main);
    for (const [name, on] of Object.entries(others)) await page.getByRole("checkbox", { name }).setChecked(on);
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  };
  try {
    // Korean's box left unticked: the main language is published in all the same.
    await languages("ko", { English: true, Korean: false });
    await reader.goto("/");
    const header = reader.getByRole("banner");
    await expect(header).toHaveAttribute("lang", "ko");
    await expect(header.getByTestId("today")).toHaveText(/^\d{4}년 \d{1,2}월 \d{1,2}일 [일월화수목금토]요일$/);
    const menu = header.getByRole("navigation", { name: "섹션" });
    await expect(menu.getByRole("link", { name: "검색" })).toHaveAttribute("href", "/search");
    await expect(menu.getByRole("link", { name: "English" })).toHaveAttribute("href", "/en");
    await expect(menu.getByRole("link", { name: "한국어" })).toHaveCount(0);
    await expect(reader.getByRole("contentinfo")).toContainText("RSS 피드");
    for (const width of [390, 1280]) {
      await reader.setViewportSize({ width, height: 900 });
      await reader.screenshot({ path: `test-results/screens/home-main-korean-${width}.png` });
    }
    // The form shows what was saved.
    await page.reload();
    await expect(page.getByLabel("Main language")).toHaveValue("ko");
    await expect(page.getByRole("checkbox", { name: "English" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Korean" })).toBeChecked();

    await languages("en", { Korean: false });
    await reader.goto("/");
    await expect(header).toHaveAttribute("lang", "en");
    await expect(
      header.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Search" }),
    ).toBeVisible();
    await expect(header.getByRole("link", { name: "한국어" })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("checkbox", { name: "Korean" })).not.toBeChecked();
  } finally {
    await languages("en", { Korean: true });
    await reader.close();
  }
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("link", { name: "한국어" })).toHaveAttribute("href", "/ko");
});
