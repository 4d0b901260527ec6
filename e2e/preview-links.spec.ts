import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import sharp from "sharp";
import { saved, signInAs } from "./desk-helpers";
import { expect, test } from "./fixtures";

// Unpublished material stays unpublished: a draft's photo is a 404 to readers, a share link opens the draft and its
// photo to someone without an account, and once revoked both are 404 again (review H3). The query level is in
// db/queries/media-access.int.test.ts; this is the same promise over HTTP, through the desk's own buttons.

async function photoFile(): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "preview-photo-")), "secret.jpg");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="1200" height="800" fill="#2a6"/></svg>`;
  await sharp(Buffer.from(svg)).jpeg().toFile(file);
  return file;
}

/** Every photo URL the page loads (src and each srcset entry), as paths. */
async function photoUrls(page: Page): Promise<string[]> {
  const urls = await page
    .locator("img")
    .evaluateAll((imgs) =>
      imgs.flatMap((i) => [
        i.getAttribute("src") ?? "",
        ...(i.getAttribute("srcset") ?? "").split(",").map((s) => s.trim().split(" ")[0] ?? ""),
      ]),
    );
  return [...new Set(urls.filter((u) => u.includes("/media/")))];
}

async function statusOf(request: APIRequestContext, url: string) {
  const res = await request.get(url, { maxRedirects: 0 });
  return {
    url,
    status: res.status(),
    type: res.headers()["content-type"] ?? "",
    cache: res.headers()["cache-control"] ?? "",
  };
}

test("a share link opens a draft and its photo to anyone; revoked, both are 404; the photo alone is 404 to readers", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const desk = await browser.newContext();
  const page = await desk.newPage();
  await signInAs(page, "editor");
  await page.getByRole("button", { name: "New story" }).first().click();
  await expect(page).toHaveURL(/\/admin\/stories\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  const headline = `Embargoed: council budget figures ${Date.now() % 100000}`;
  await page.getByLabel("Headline").fill(headline);
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Upload photo" }).click();
  await (await chooser).setFiles(await photoFile());
  const hero = page.locator("#field-hero img");
  await expect(hero).toBeVisible({ timeout: 30_000 });
  await saved(page);
  const deskPhoto = (await hero.getAttribute("src"))!;
  expect(deskPhoto).toContain("/media/");

  const reader = await browser.newContext();
  const anonymous = reader.request;
  // The draft's photo, asked for by a reader without a link: the same 404 as a missing file.
  expect(await statusOf(anonymous, deskPhoto)).toMatchObject({ status: 404 });
  // Staff see it, and no shared cache may keep it.
  expect(await statusOf(desk.request, deskPhoto)).toMatchObject({
    status: 200,
    type: expect.stringMatching(/^image\//),
    cache: "private, no-store",
  });

  await page.getByRole("button", { name: "Create share link" }).click();
  const link = await page.locator("#share-url").inputValue();
  expect(link).toMatch(/\/preview\/[\w-]{20,}$/);
  const shared = new URL(link).pathname;

  const readerPage = await reader.newPage();
  const opened = await readerPage.goto(shared);
  expect(opened?.status()).toBe(200);
  await expect(readerPage.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await expect(readerPage.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();
  const photos = await photoUrls(readerPage);
  expect(photos.length, "the preview shows the draft's photo").toBeGreaterThan(0);
  for (const url of photos) {
    expect(url, "photos of a preview carry its token").toContain("preview=");
    expect(await statusOf(anonymous, url)).toMatchObject({
      status: 200,
      type: expect.stringMatching(/^image\//),
      cache: "private, no-store",
    });
  }

  // Revoke it from the desk: the link and the photos it opened are closed at once.
  await page.reload();
  await page.getByRole("button", { name: /^Revoke link made/ }).click();
  await expect(page.getByRole("list", { name: "Share links" })).toContainText("revoked");
  const closed = await anonymous.get(shared);
  const text = await closed.text();
  expect(closed.status()).toBe(404);
  expect(text).not.toContain(headline);
  expect(text).toContain("Page not found");
  expect(text).toMatch(/<meta name="robots" content="[^"]*noindex/);
  // A link that never was, and one that is not even token-shaped, are 404 too.
  for (const made of ["/preview/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/preview/x"])
    expect((await anonymous.get(made)).status(), made).toBe(404);
  for (const url of photos) expect(await statusOf(anonymous, url)).toMatchObject({ status: 404 });
  expect(await statusOf(anonymous, deskPhoto)).toMatchObject({ status: 404 });
  await reader.close();
  await desk.close();
});
