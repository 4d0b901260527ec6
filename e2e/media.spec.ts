import fs from "node:fs";
import nodePath from "node:path";
import { request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import { baseURL, e2eDataDir } from "../playwright.config";
import { bigFile, noisy, scene, svgWithScript, truncatedJpeg, windowsProgram, withIptc } from "../test/photos";
import { signInAs } from "./desk-helpers";
import { expect, test } from "./fixtures";

const UPLOAD = "/admin/media/upload";
const mediaDir = nodePath.join(e2eDataDir, "media");
const filesIn = (dir: string): number => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).length : 0);
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const post = (api: APIRequestContext, name: string, data: Buffer) =>
  api.post(UPLOAD, {
    data,
    headers: { "Content-Type": "application/octet-stream", "X-File-Name": encodeURIComponent(name) },
  });

/** The newest photo's id in the library: anything stored by a request would show up first. */
async function newestId(api: APIRequestContext): Promise<string | undefined> {
  const res = await api.get("/admin/media/search");
  expect(res.status()).toBe(200);
  return ((await res.json()) as { items: { id: string }[] }).items[0]?.id;
}

async function badFiles() {
  return [
    {
      name: "holiday.jpg",
      buffer: windowsProgram(),
      status: 415,
      message:
        "This file is not a photo (it looks like a Windows program). Upload a JPEG, PNG, WebP, AVIF or GIF photo.",
    },
    {
      name: "logo.svg",
      buffer: svgWithScript(),
      status: 415,
      message:
        "SVG drawings are not accepted, because an SVG file can carry script. Export it as a PNG and upload that.",
    },
    {
      name: "huge.jpg",
      buffer: bigFile(),
      status: 413,
      message: "Photos can be at most 20 MB; this one is 25.0 MB. Export a smaller copy and try again.",
    },
    {
      name: "cut-off.jpg",
      buffer: await truncatedJpeg(),
      status: 422,
      message:
        "This photo is damaged or incomplete (truncated JPEG). Export or download it again, then upload the new copy.",
    },
  ];
}

async function openLibrary(page: Page) {
  await signInAs(page, "journalist");
  await page.goto("/admin/media");
  await page.waitForLoadState("networkidle"); // hydrated: the upload button works
}

test.describe("the photo library", () => {
  // Uploads are re-encoded on a shared 2-core machine, and one test throttles its connection on purpose.
  test.describe.configure({ timeout: 90_000 });

  test("a journalist uploads a photo with a progress bar; its IPTC caption and credit are prefilled; they edit its alt text", async ({
    page,
  }) => {
    await openLibrary(page);
    const id = stamp();
    const name = `rally-${id}.jpg`;
    const photo = withIptc(await noisy(1100, 800).jpeg({ quality: 95 }).toBuffer(), {
      caption: `Marchers on Wilshire ${id}`,
      credit: "Jiwon Park / The Pacific Ledger",
    });
    // A slow connection, so the upload is watched while it runs.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 300 * 1024,
    });
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Upload photos" }).click();
    await (await chooser).setFiles({ name, mimeType: "image/jpeg", buffer: photo });
    const bar = page.getByRole("progressbar", { name: `Uploading ${name}` });
    await expect(bar).toBeVisible();
    await expect
      .poll(async () => Number((await bar.getAttribute("value")) ?? 0), { timeout: 15_000 })
      .toBeGreaterThan(10);
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await expect(page.getByRole("status").filter({ hasText: `${name}uploaded.` })).toBeVisible({ timeout: 20_000 });

    const card = page.getByRole("listitem").filter({ hasText: `Marchers on Wilshire ${id}` });
    await expect(card).toContainText("Credit: Jiwon Park / The Pacific Ledger");
    await expect(card).toContainText("Alt text: missing");
    const thumb = card.locator("img"); // alt="" until someone writes alt text
    await thumb.scrollIntoViewIfNeeded(); // lazy-loaded
    await expect.poll(() => thumb.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(480);

    await card.getByText("Edit details").click();
    await card.getByLabel("Alt text").fill("Marchers with banners fill a wide avenue");
    await card.getByRole("button", { name: "Save details" }).click();
    await expect(card.getByRole("status")).toHaveText("Photo details saved.");
    await page.reload();
    await expect(
      page
        .getByRole("listitem")
        .filter({ hasText: `Marchers on Wilshire ${id}` })
        .getByRole("img", { name: "Marchers with banners fill a wide avenue" }),
    ).toBeVisible();
    // Search finds it by its credit and by its file name.
    await page.getByLabel("Search photos").fill(name);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: name })).toHaveCount(1);
  });

  test("an upload cut off by the network mid-way says so, stores nothing, and the same file goes up on retry", async ({
    page,
  }) => {
    await openLibrary(page);
    const before = await newestId(page.request);
    const files = filesIn(mediaDir);
    const name = `cut-off-${stamp()}.jpg`;
    const photo = await noisy(1600, 1200).jpeg({ quality: 98 }).toBuffer();
    // Slow enough to be cut mid-way: the connection drops once a fifth of the file has gone.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    const network = (offline: boolean, uploadThroughput: number) =>
      cdp.send("Network.emulateNetworkConditions", { offline, latency: 0, downloadThroughput: -1, uploadThroughput });
    await network(false, 200 * 1024);
    const choose = async () => {
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Upload photos" }).click();
      await (await chooser).setFiles({ name, mimeType: "image/jpeg", buffer: photo });
    };
    await choose();
    const bar = page.getByRole("progressbar", { name: `Uploading ${name}` });
    await expect
      .poll(async () => Number((await bar.getAttribute("value")) ?? 0), { timeout: 15_000 })
      .toBeGreaterThan(20);
    await network(true, 0);
    await expect(page.getByRole("alert").filter({ hasText: name })).toContainText(
      "The upload stopped: check your connection and try again.",
      { timeout: 15_000 },
    );
    await network(false, -1);
    // Nothing half-stored: no library row and no file, once the server has seen the connection go.
    await expect.poll(() => filesIn(mediaDir), { timeout: 5_000 }).toBe(files);
    expect(await newestId(page.request)).toBe(before);

    await choose();
    await expect(page.getByRole("status").filter({ hasText: `${name}uploaded.` })).toBeVisible({ timeout: 30_000 });
    expect(await newestId(page.request)).not.toBe(before);
    expect(filesIn(mediaDir)).toBeGreaterThan(files);
  });

  test("the four bad files are refused in plain words, one alert each, and nothing is stored", async ({ page }) => {
    await openLibrary(page);
    const before = await newestId(page.request);
    const files = await badFiles();
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Upload photos" }).click();
    await (await chooser).setFiles(files.map((f) => ({ name: f.name, mimeType: "image/jpeg", buffer: f.buffer })));
    for (const f of files)
      await expect(page.getByRole("alert").filter({ hasText: `${f.name}: ${f.message}` })).toBeVisible({
        timeout: 20_000,
      });
    expect(await newestId(page.request)).toBe(before);
  });

  test("the upload route answers each bad file with its status and message, and stores nothing", async ({ page }) => {
    await signInAs(page, "journalist");
    const before = await newestId(page.request);
    for (const f of await badFiles()) {
      const res = await post(page.request, f.name, f.buffer);
      expect(res.status(), f.name).toBe(f.status);
      expect(await res.json()).toEqual({ error: f.message });
    }
    expect(await newestId(page.request)).toBe(before);
  });

  test("a 12 MB photo goes through whole (the proxy's 10 MB body cut does not apply to uploads)", async ({ page }) => {
    await signInAs(page, "journalist");
    const png = await noisy(2048, 2048).png({ compressionLevel: 0 }).toBuffer();
    expect(png.length).toBeGreaterThan(12 * 1024 * 1024);
    const res = await post(page.request, "big-scan.png", png);
    expect(res.status()).toBe(201);
    expect((await res.json()).media).toMatchObject({ width: 2048, height: 2048, originalName: "big-scan.png" });
  });

  test("signed out, the upload route refuses with 401 and stores nothing; search is refused too", async ({ page }) => {
    await signInAs(page, "journalist");
    const before = await newestId(page.request);
    const anonymous = await playwrightRequest.newContext({ baseURL });
    const res = await post(anonymous, "sneaky.jpg", await (await scene(300, 200)).jpeg().toBuffer());
    expect(res.status()).toBe(401);
    expect(await res.json()).toEqual({ error: "Sign in to upload photos." });
    expect((await anonymous.get("/admin/media/search", { maxRedirects: 0 })).status()).not.toBe(200);
    await anonymous.dispose();
    expect(await newestId(page.request)).toBe(before);
  });

  for (const width of [390, 1280]) {
    test(`the library at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openLibrary(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Scroll through so the lazy thumbnails load, then wait for them: the screenshot shows them all.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 30));
        }
        window.scrollTo(0, 0);
      });
      await page.waitForFunction(() => [...document.images].every((i) => i.complete));
      await page.screenshot({ path: `test-results/screens/media-library-uploads-${width}.png`, fullPage: true });
    });
  }
});

test.describe("the photo picker in the story editor", () => {
  test.describe.configure({ timeout: 90_000 });

  test("Insert photo opens the library as a modal: search narrows it, Escape returns focus, a pick places the photo", async ({
    page,
  }) => {
    await signInAs(page, "journalist");
    await page.goto("/admin/stories");
    await page.getByRole("button", { name: "New story" }).click();
    await expect(page).toHaveURL(/\/admin\/stories\/[0-9a-f-]{36}$/);
    await page.waitForLoadState("networkidle");
    const insert = page.getByRole("button", { name: "Insert photo" });
    await insert.click();
    const dialog = page.getByRole("dialog", { name: "Choose a photo" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel("Search photos")).toBeFocused();
    await dialog.getByLabel("Search photos").fill("Wilshire Striders");
    const choices = dialog.getByRole("button", { name: /Choose this photo/ });
    await expect(choices).toHaveCount(1);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(insert).toBeFocused();

    await insert.click();
    await dialog.getByLabel("Search photos").fill("Wilshire Striders");
    await expect(choices).toHaveCount(1);
    await choices.first().click();
    await expect(dialog).toBeHidden();
    // The placement shows the library's words as placeholders, ready to override for this story.
    await expect(page.getByLabel("Alt text").last()).toHaveAttribute("placeholder", /older walkers/);
  });
});
