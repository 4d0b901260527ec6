import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import sharp from "sharp";
import { callServerAction } from "./desk-actions";
import { heartbeatAnswered, leaveForStoryList, restoringSeedStory, saved, signInAs, staff } from "./desk-helpers";
import { expect, test } from "./fixtures";
import { path as storyPath, story } from "./helpers";

test.describe.configure({ mode: "serial" });

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });
/** A real photo file, made here: a gradient JPEG of the given size. */
async function photoFile(name: string, hue: number): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "desk-photo-")), name);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><defs><linearGradient id="g"><stop offset="0" stop-color="hsl(${hue},60%,40%)"/><stop offset="1" stop-color="hsl(${hue + 40},60%,70%)"/></linearGradient></defs><rect width="1200" height="800" fill="url(#g)"/></svg>`;
  await sharp(Buffer.from(svg)).jpeg().toFile(file);
  return file;
}

async function as(browser: Browser, who: "journalist" | "editor" | "admin", url?: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, who);
  if (url) await page.goto(url);
  return { context, page };
}

async function fillPlacement(page: Page, scope: string, words: PhotoWords) {
  const box = page.locator(scope);
  await box.getByLabel("Alt text").fill(words.alt);
  await box.getByLabel("Caption").fill(words.caption);
  await box.getByLabel("Credit").fill(words.credit);
}

type PhotoWords = { alt: string; caption: string; credit: string };

/** Uploads a made photo as the hero and writes its words for this story. */
async function uploadHero(page: Page, file: string, hue: number, words: PhotoWords) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Upload photo" }).click();
  await (await chooser).setFiles(await photoFile(file, hue));
  await expect(page.locator("#field-hero img")).toBeVisible({ timeout: 30_000 });
  await fillPlacement(page, "#field-hero", words);
}

/** Inserts an uploaded photo at the body's cursor as its first inline photo, with its words. */
async function uploadInlinePhoto(page: Page, file: string, hue: number, words: PhotoWords) {
  await page.getByRole("button", { name: "Insert photo" }).click();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("dialog").getByRole("button", { name: "Upload a new photo" }).click();
  await (await chooser).setFiles(await photoFile(file, hue));
  await expect(page.locator("#body-photo-0 img")).toBeVisible({ timeout: 30_000 });
  await fillPlacement(page, "#body-photo-0", words);
}

let editorUrl = "";
const madeHere: string[] = [];

// The other specs count the seed's published stories: take back what this file published.
// Checked: a story left live here would be counted by the specs that follow.
test.afterAll(async ({ browser }) => {
  const { context, page } = await as(browser, "editor");
  for (const url of madeHere) {
    const id = url.split("/").pop();
    const beat = await callServerAction(context.request, url, "heartbeatAction", { id });
    const version = Number(/"version":(\d+)/.exec(beat.text)?.[1]);
    await callServerAction(context.request, url, "transitionStoryAction", { id, version, transition: "unpublish" });
    await page.goto(url);
    await expect(page.getByRole("heading", { name: "Workflow" }), url).toBeVisible();
    await expect(page.getByRole("button", { name: "Unpublish", exact: true }), `${url} is still live`).toHaveCount(0);
  }
  await context.close();
});
const headline = `Koreatown night market wins a permanent home ${Date.now() % 100000}`;

test("a journalist writes a story with a hero and an inline photo, and submits it; they cannot publish it", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { context, page } = await as(browser, "journalist");
  await page.getByRole("button", { name: "New story" }).first().click();
  await expect(page).toHaveURL(/\/admin\/stories\/[0-9a-f-]{36}$/);
  editorUrl = page.url();
  madeHere.push(editorUrl);
  await page.getByLabel("Headline").fill(headline);
  await page
    .getByLabel("Dek")
    .fill("After two summers in a parking lot, the market moves to a plaza on Western Avenue.");
  await page.getByLabel("Section").selectOption({ label: "Local" });
  await uploadHero(page, "market.jpg", 20, {
    alt: "Food stalls under string lights at dusk",
    caption: "Vendors set up on the plaza on Friday.",
    credit: "Hannah Yoo / The Pacific Ledger",
  });
  await body(page).click();
  await page.keyboard.type("The night market that drew thousands to a Koreatown parking lot has a permanent home.");
  await page.keyboard.press("Enter");
  await uploadInlinePhoto(page, "stall.jpg", 200, {
    alt: "A cook turns skewers over charcoal",
    caption: "Skewers at the Kim family stall.",
    credit: "Daniel Cho / The Pacific Ledger",
  });
  await saved(page);
  // A journalist is offered Submit, never Publish.
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Submitted for review")).toBeVisible();
  // Calling the publish action directly is refused on the server, and nothing goes out.
  const id = editorUrl.split("/").pop()!;
  const refused = await callServerAction(context.request, editorUrl, "transitionStoryAction", {
    id,
    version: 1,
    transition: "publish",
  });
  expect(refused.text).toContain("Your role cannot do that.");
  await context.close();
});

test("an editor returns it with a note; the journalist fixes it and resubmits; the editor publishes", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const editor = await as(browser, "editor", editorUrl);
  await editor.page.getByRole("button", { name: "Return to reporter" }).click();
  await editor.page.getByLabel("Note for the reporter").fill("Please add the opening date in the first paragraph.");
  await editor.page.getByRole("button", { name: "Send back with note" }).click();
  await expect(editor.page.getByText("Returned to the reporter")).toBeVisible();
  // Done with it for now: back to the dashboard, which lets go of the story's lock for the reporter.
  await leaveForStoryList(editor.page);

  const writer = await as(browser, "journalist");
  const returned = writer.page.locator("section", {
    has: writer.page.getByRole("heading", { name: "Returned to me" }),
  });
  await expect(returned.getByText("Please add the opening date in the first paragraph.")).toBeVisible();
  await returned.getByRole("link", { name: headline }).click();
  await expect(body(writer.page)).toBeVisible();
  await body(writer.page).click();
  await writer.page.keyboard.press("Control+End");
  await writer.page.keyboard.press("Enter");
  await writer.page.keyboard.type("It opens on March 6.");
  await saved(writer.page);
  await writer.page.getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.page.getByText("Submitted for review")).toBeVisible();
  // The reporter leaves the story too, which lets go of its lock (closing a browser may send nothing).
  await leaveForStoryList(writer.page);
  await writer.context.close();

  await editor.page.goto(editorUrl);
  await editor.page.getByRole("button", { name: "Publish", exact: true }).click();
  await editor.page.getByRole("button", { name: "Publish now" }).click();
  await expect(editor.page.getByText("Published.")).toBeVisible();
  await editor.context.close();
});

test("a reader sees every part of the article at 390 and 1280 pixels", async ({ browser }) => {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto("/local");
    await page.getByRole("link", { name: headline }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();
    const article = page.locator("main article").first();
    await expect(article.getByText("After two summers in a parking lot")).toBeVisible();
    await expect(article.getByText("BY SARAH KIM", { exact: false })).toBeVisible();
    await expect(article.getByRole("img", { name: "Food stalls under string lights at dusk" })).toBeVisible();
    await expect(article.getByText("Vendors set up on the plaza on Friday.")).toBeVisible();
    await expect(article.getByText("[Hannah Yoo / The Pacific Ledger]")).toBeVisible();
    await expect(article.getByRole("img", { name: "A cook turns skewers over charcoal" })).toBeVisible();
    await expect(article.getByText("[Daniel Cho / The Pacific Ledger]")).toBeVisible();
    await expect(article.getByText("It opens on March 6.")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `test-results/screens/desk-published-article-${width}.png`, fullPage: true });
    await context.close();
  }
});

test("autosave of a published story changes nothing a reader sees until Publish", async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const live = story("koreatown-tenants-eviction-delay-hearing");
  const updated = `${live.headline} (updated)`;
  const editor = await as(browser, "editor");
  const readsAsSeeded = (html: string) => html.includes(live.headline) && !html.includes(updated);
  await restoringSeedStory(browser, request, live, readsAsSeeded, async () => {
    await editor.page.goto("/admin/stories");
    await editor.page.getByRole("link", { name: live.headline }).click();
    await editor.page.getByLabel("Headline").fill(updated);
    await saved(editor.page);
    await page.goto(storyPath(live));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(live.headline);
    await editor.page.getByRole("button", { name: "Publish", exact: true }).click();
    await editor.page.getByRole("button", { name: "Publish changes now" }).click();
    await expect(editor.page.getByText("Published.")).toBeVisible();
    await expect
      .poll(
        async () => {
          await page.goto(storyPath(live));
          return page.getByRole("heading", { level: 1 }).textContent();
        },
        // Not a timing claim (publishing.spec makes that one): room for page loads on a busy machine.
        { timeout: 15_000 },
      )
      .toBe(updated);
    await editor.context.close();
  });
});

test("an Unpublish from a tab opened before someone else's change is refused", async ({ browser }) => {
  const first = await as(browser, "editor");
  // The first tab holds the story once its first heartbeat is answered.
  const holding = heartbeatAnswered(first.page);
  await first.page.goto(editorUrl);
  await holding;
  await expect(first.page.getByRole("button", { name: "Unpublish", exact: true })).toBeVisible();
  // A colleague takes the story over and changes it after the first tab loaded it.
  const second = await as(browser, "admin", editorUrl);
  await expect(second.page.getByText(`${staff.editor.name} is editing`)).toBeVisible();
  await second.page.getByRole("button", { name: "Take over" }).click();
  await second.page.getByLabel("Dek").fill("A dek changed in another tab.");
  await saved(second.page);
  await first.page.getByRole("button", { name: "Unpublish", exact: true }).click();
  await first.page.getByRole("button", { name: "Unpublish now" }).click();
  await expect(first.page.getByText(/changed after you opened it/)).toBeVisible();
  await first.context.close();
  await second.context.close();
});

test("restoring a revision from the revisions page brings back its hero and inline photos with their words", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const { context, page } = await as(browser, "editor");
  await page.getByRole("button", { name: "New story" }).first().click();
  await expect(page).toHaveURL(/\/admin\/stories\/[0-9a-f-]{36}$/);
  const url = page.url();
  const first = `Pico Boulevard bike lane opens ${Date.now() % 100000}`;
  await page.getByLabel("Headline").fill(first);
  const heroWords = {
    alt: "Cyclists ride a green-painted lane past parked cars",
    caption: "The new lane on its first morning.",
    credit: "Grace Lee / The Pacific Ledger",
  };
  await uploadHero(page, "lane.jpg", 120, heroWords);
  await body(page).click();
  await page.keyboard.type("The lane runs two miles from Vermont to Western.");
  await page.keyboard.press("Enter");
  const inlineWords = {
    alt: "Plastic bollards separate the lane from traffic",
    caption: "Bollards went in overnight.",
    credit: "Min Jung / The Pacific Ledger",
  };
  await uploadInlinePhoto(page, "bollards.jpg", 300, inlineWords);
  // "Save draft" keeps this version as a revision of its own (one person's autosaves collapse into one).
  await page.getByRole("button", { name: "Save draft" }).click();
  await saved(page);
  const heroSrc = await page.locator("#field-hero img").getAttribute("src");
  const inlineSrc = await page.locator("#body-photo-0 img").getAttribute("src");

  // A later version drops both photos and changes the headline.
  await page.getByLabel("Headline").fill(`${first} (photos removed)`);
  await page.getByRole("button", { name: "Remove hero photo" }).click();
  await page.getByRole("button", { name: "Remove photo 1" }).click();
  await page.getByRole("button", { name: "Save draft" }).click();
  await saved(page);
  await expect(page.locator("#field-hero img")).toHaveCount(0);
  await expect(page.locator("#body-photo-0")).toHaveCount(0);

  await page.goto(`${url}/revisions`);
  const restore = page.getByRole("button", { name: /^Restore version \d+$/ });
  await expect(restore.first()).toBeVisible();
  const versions = await restore.count();
  await page.waitForLoadState("networkidle"); // hydrated: each Restore posts through React
  // The version saved with the photos (its row names the first headline, not the later one).
  const withPhotos = page
    .getByRole("row")
    .filter({ hasText: "Saved · Draft" })
    .filter({ hasText: first })
    .filter({ hasNotText: "(photos removed)" })
    .first();
  await withPhotos.getByRole("button", { name: /^Restore version \d+$/ }).click();
  await expect(page).toHaveURL(new RegExp(`^${url}\\?restored=\\d+$`));
  await expect(page.getByLabel("Headline")).toHaveValue(first);
  await expect(page.locator("#field-hero img")).toHaveAttribute("src", heroSrc!);
  await expect(page.locator("#body-photo-0 img")).toHaveAttribute("src", inlineSrc!);
  for (const [scope, words] of [
    ["#field-hero", heroWords],
    ["#body-photo-0", inlineWords],
  ] as const) {
    await expect(page.locator(scope).getByLabel("Alt text")).toHaveValue(words.alt);
    await expect(page.locator(scope).getByLabel("Caption")).toHaveValue(words.caption);
    await expect(page.locator(scope).getByLabel("Credit")).toHaveValue(words.credit);
  }
  await expect(body(page)).toContainText("The lane runs two miles from Vermont to Western.");
  // Nothing is lost by restoring: the version without photos is still listed, and the restore is one more.
  await page.goto(`${url}/revisions`);
  await expect(page.getByText(`${first} (photos removed)`).first()).toBeVisible();
  await expect(page.getByRole("button", { name: /^Restore version \d+$/ })).toHaveCount(versions + 1);
  for (const src of [heroSrc!, inlineSrc!]) {
    const res = await page.request.get(new URL(src, url).toString());
    expect(res.status(), src).toBe(200);
    expect(res.headers()["content-type"]).toMatch(/^image\//);
  }
  await context.close();
});

test("screenshots of the dashboard, the editor with photos, the review notes and a revision diff, at 1280 and 390", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, "editor");
    await page.screenshot({ path: `test-results/screens/desk-dashboard-${width}.png`, fullPage: true });
    await page.goto(editorUrl);
    await expect(page.locator("#body-photo-0 img")).toBeVisible();
    await page.screenshot({ path: `test-results/screens/desk-editor-${width}.png`, fullPage: true });
    await page.goto(`${editorUrl}/revisions`);
    await expect(page.getByRole("heading", { name: /compared with version/ })).toBeVisible();
    await expect(page.locator("ins").first()).toBeVisible();
    await page.screenshot({ path: `test-results/screens/desk-revisions-${width}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await context.close();
  }
});
