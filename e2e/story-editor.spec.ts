import type { Browser, Page } from "@playwright/test";
import { heartbeatAnswered, saved, signInAs, staff } from "./desk-helpers";
import { story } from "./helpers";
import { expect, test } from "./fixtures";

const SAVED = /Saved \d{2}:\d{2}/;
const body = (page: Page) => page.getByRole("textbox", { name: "Body" });
const status = (page: Page) =>
  page
    .getByRole("status")
    .filter({ hasText: /Saved|Saving|Offline|Not saved|All changes/ })
    .first();

/** Everything typed is on the server: the status says "Saved hh:mm" and nothing is waiting. */
async function expectSaved(page: Page) {
  await saved(page);
  await expect(status(page)).toHaveText(SAVED);
}

/** Signs in and starts a new story; returns its editor URL. */
async function newStory(page: Page, who: "editor" | "journalist" | "admin" = "editor"): Promise<string> {
  await signInAs(page, who);
  await page.getByRole("button", { name: "New story" }).first().click();
  await expect(page).toHaveURL(/\/admin\/stories\/[0-9a-f-]{36}$/);
  await expect(body(page)).toBeVisible();
  return page.url();
}

/** An editor starts a story and writes a paragraph, saved; returns its editor URL. */
async function writeAndSave(page: Page, paragraph: string): Promise<string> {
  const url = await newStory(page, "editor");
  await body(page).click();
  await page.keyboard.type(paragraph);
  await expectSaved(page);
  return url;
}

async function open(browser: Browser, who: "editor" | "admin", url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, who);
  // Open means the lock's first heartbeat is answered: until then the editor cannot know who holds the story.
  const opened = heartbeatAnswered(page);
  await page.goto(url);
  await opened;
  await expect(body(page)).toBeVisible();
  return { context, page };
}

test("typing in the body autosaves, and a reload shows the text", async ({ page }) => {
  await newStory(page);
  await page.getByLabel("Headline").fill("Library opens late on Fridays");
  await expect(page.getByLabel("Slug")).toHaveValue("library-opens-late-on-fridays");
  await body(page).click();
  await page.keyboard.type("The central library will stay open until 10 p.m.");
  await expectSaved(page);
  await page.reload();
  await expect(body(page)).toContainText("The central library will stay open until 10 p.m.");
  await expect(page.getByLabel("Headline")).toHaveValue("Library opens late on Fridays");
});

test("bold, heading, list and link from the toolbar survive a save and reload", async ({ page }) => {
  await newStory(page);
  await body(page).click();
  await page.keyboard.type("Council votes");
  await page.getByRole("button", { name: "Heading 2" }).click();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("A strong word");
  await page.keyboard.press("Shift+Home");
  await page.getByRole("button", { name: "Bold" }).click();
  await expect(page.getByRole("button", { name: "Bold" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Bulleted list" }).click();
  await page.keyboard.type("first point");
  await page.keyboard.press("Shift+Home");
  // An unsafe address is refused; a web address is applied.
  await page.getByRole("button", { name: "Link", exact: true }).click();
  await page.getByLabel("Link address").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Apply link" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Links must start with" })).toBeVisible();
  await page.getByLabel("Link address").fill("https://example.com/budget");
  await page.getByRole("button", { name: "Apply link" }).click();
  await expectSaved(page);
  await page.reload();
  const editor = body(page);
  await expect(editor.locator("h2")).toHaveText("Council votes");
  await expect(editor.locator("strong")).toHaveText("A strong word");
  await expect(editor.locator("ul li")).toHaveText("first point");
  await expect(editor.locator("a")).toHaveAttribute("href", "https://example.com/budget");
});

test("offline: the message shows, and the text comes back from this browser after a reload", async ({
  page,
  context,
  browser,
}) => {
  const url = await newStory(page);
  await body(page).click();
  await page.keyboard.type("Saved first.");
  await expectSaved(page);
  await context.setOffline(true);
  await page.keyboard.type(" Written on the train without a signal.");
  await expect(status(page)).toHaveText("Offline, not saved — your text is kept in this browser", { timeout: 10_000 });
  // The tab closes before the network returns, so only localStorage has the sentence. A page Playwright closes
  // runs on for a few milliseconds, and brought online then its "online" handler saves; so this context stays
  // offline and its storage (cookies and localStorage) opens the story in a fresh one.
  const kept = await context.storageState();
  await page.close();
  const later = await browser.newContext({ storageState: kept });
  const again = await later.newPage();
  await again.goto(url);
  await expect(body(again)).not.toContainText("without a signal");
  await again.getByRole("button", { name: "Restore my text" }).click();
  await expect(body(again)).toContainText("Saved first. Written on the train without a signal.");
  await expectSaved(again);
  await again.reload();
  await expect(body(again)).toContainText("without a signal");
  await later.close();
});

test("soft lock: a second editor sees who is editing, takes over, and the first keeps their text", async ({
  page,
  browser,
}) => {
  const url = await writeAndSave(page, "First editor's paragraph.");

  const second = await open(browser, "admin", url);
  await expect(second.page.getByText(`${staff.editor.name} is editing`)).toBeVisible();
  await expect(body(second.page)).toHaveAttribute("contenteditable", "false");
  await expect(second.page.getByLabel("Headline")).toHaveAttribute("readonly", "");
  await second.page.getByRole("button", { name: "Take over" }).click();
  await expect(body(second.page)).toHaveAttribute("contenteditable", "true");

  // The first editor types on; the save is refused and they are told, with the text still on screen.
  await page.keyboard.type(" Words after the take-over.");
  await expect(
    page.getByText(`${staff.admin.name} took over this story. Your unsaved text is kept in this browser.`),
  ).toBeVisible({ timeout: 10_000 });
  await expect(body(page)).toHaveAttribute("contenteditable", "false");
  await expect(body(page)).toContainText("Words after the take-over.");
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("masthead:draft:"))
      .map((k) => localStorage.getItem(k))
      .join(""),
  );
  expect(kept).toContain("Words after the take-over.");
  await second.context.close();
});

/** Two tabs of one editor open the same version; the first saves a headline, the second a dek. */
async function conflictSetup(page: Page) {
  const url = await newStory(page);
  await page.getByLabel("Headline").fill("Start");
  await expectSaved(page);
  await page.reload();
  const other = await page.context().newPage();
  // The stale tab is open when its first heartbeat is answered: only then does the first tab save.
  const opened = heartbeatAnswered(other);
  await other.goto(url);
  await opened;
  await page.getByLabel("Headline").fill("Their headline wins the race");
  await page.getByLabel("Headline").blur();
  await expectSaved(page);
  await other.getByLabel("Dek").fill("My dek written in the stale tab");
  await other.getByLabel("Dek").blur();
  const conflict = other.getByRole("region", { name: /Someone else saved this story/ });
  await expect(conflict).toBeVisible({ timeout: 10_000 });
  await expect(conflict.getByRole("region", { name: "Their version" })).toContainText("Their headline wins the race");
  await expect(conflict.getByRole("region", { name: "Your version" })).toContainText("My dek written in the stale tab");
  return other;
}

test("conflict: Take theirs puts their text in the editor and keeps mine in this browser", async ({ page }) => {
  const other = await conflictSetup(page);
  // The two texts stack on a phone, with nothing running off the side.
  await other.setViewportSize({ width: 390, height: 900 });
  expect(await other.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await other
    .getByRole("region", { name: /Someone else saved this story/ })
    .screenshot({ path: "test-results/screens/editor-conflict-390.png" });
  await other.getByRole("button", { name: "Take theirs" }).click();
  await expect(other.getByLabel("Headline")).toHaveValue("Their headline wins the race");
  await expect(other.getByLabel("Dek")).toHaveValue("");
  const kept = other.getByRole("region", { name: "Text kept in this browser" });
  await kept.getByRole("button", { name: "Show text" }).click();
  await expect(kept).toContainText("My dek written in the stale tab");
  await other.close();
});

test("conflict: Keep mine saves mine on top of theirs, and keeps no one else's text in this browser", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const other = await conflictSetup(page);
  await other.getByRole("button", { name: "Copy mine" }).click();
  await expect(other.getByText("Your text is on the clipboard")).toBeVisible();
  expect(await other.evaluate(() => navigator.clipboard.readText())).toContain("My dek written in the stale tab");
  await other.screenshot({ path: "test-results/screens/editor-conflict-1280.png", fullPage: true });
  await other.getByRole("button", { name: "Keep mine" }).click();
  await expectSaved(other);
  const kept = await other.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("masthead:draft:"))
      .map((k) => localStorage.getItem(k))
      .join(""),
  );
  expect(kept).not.toContain("Their headline wins the race");
  await page.reload();
  await expect(page.getByLabel("Dek")).toHaveValue("My dek written in the stale tab");
  await other.close();
});

test("a refused Publish lists what is missing; each item focuses its field and nothing typed is lost", async ({
  page,
}) => {
  await newStory(page);
  await body(page).click();
  await page.keyboard.type("Words that must survive the refusal.");
  // The checklist shows what is missing before anyone presses a button.
  await expect(page.getByRole("region", { name: "Checklist" })).toContainText("Write a headline.");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("button", { name: "Publish now" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "Before this can go out:" });
  await expect(refusal).toBeVisible({ timeout: 10_000 });
  await refusal.getByRole("link", { name: "Write a headline." }).click();
  await expect(page.getByLabel("Headline")).toBeFocused();
  await refusal.getByRole("link", { name: "Add a hero photo." }).click();
  await expect(page.getByRole("button", { name: "Upload photo" })).toBeFocused();
  await expect(body(page)).toContainText("Words that must survive the refusal.");
  // (Next keeps earlier pages in the DOM, hidden; only the visible status badge counts.)
  await expect(page.getByText("Draft", { exact: true }).filter({ visible: true })).toHaveCount(1);
});

// The editor on a seeded story with a hero and inline photos, at a phone's and a desktop's width.
for (const width of [1280, 390]) {
  test(`editor with photos at ${width}px: nothing overflows sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signInAs(page, "editor");
    await page.goto("/admin/stories");
    await page.getByRole("link", { name: story("wilshire-night-market-returns-koreatown").headline }).click();
    await expect(body(page).locator("#body-photo-0 img")).toBeVisible();
    await expect(page.locator("#field-hero img")).toBeVisible();
    await expect(page.locator("#body-photo-0").getByLabel("Caption")).toBeVisible();
    await page.waitForFunction(() => [...document.images].every((i) => i.complete));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screens/editor-photos-${width}.png`, fullPage: true });
    // Close-ups a person can read: the top of the form and the first body photo with its fields.
    await page.screenshot({ path: `test-results/screens/editor-top-${width}.png` });
    await page.locator("#body-photo-0").screenshot({ path: `test-results/screens/editor-body-photo-${width}.png` });
  });
}

test("an idle writer is told of a take-over by the heartbeat when their window regains focus, with their text kept", async ({
  page,
  browser,
}) => {
  const url = await writeAndSave(page, "A paragraph written before lunch.");

  const second = await open(browser, "admin", url);
  await second.page.getByRole("button", { name: "Take over" }).click();
  await expect(body(second.page)).toHaveAttribute("contenteditable", "true");

  // The first writer types nothing: coming back to the window asks the desk (the heartbeat on focus).
  const notice = page.getByText(`${staff.admin.name} took over this story. Your unsaved text is kept in this browser.`);
  await expect(notice).toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  await expect(notice).toBeVisible({ timeout: 10_000 });
  await expect(body(page)).toHaveAttribute("contenteditable", "false");
  await expect(body(page)).toContainText("A paragraph written before lunch.");
  await second.context.close();
});

test("leaving the editor lets go of the lock: a colleague opening the story next finds it free", async ({
  page,
  browser,
}) => {
  const url = await writeAndSave(page, "Short brief, nearly done.");
  // Held while the writer is there...
  const first = await open(browser, "admin", url);
  await expect(first.page.getByText(`${staff.editor.name} is editing`)).toBeVisible();
  await first.context.close();

  // ...and free once they go to another desk page (the beacon on leaving), without waiting for it to lapse.
  const released = page.waitForRequest((r) => r.url().includes(`${new URL(url).pathname}/release?tab=`));
  await page.getByRole("link", { name: "Stories", exact: true }).first().click();
  await released;
  const next = await open(browser, "admin", url);
  await expect(body(next.page)).toHaveAttribute("contenteditable", "true");
  await expect(next.page.getByText(`${staff.editor.name} is editing`)).toHaveCount(0);

  // Leaving the site does the same (the page goes away: pagehide). The beacon may land a moment after; the lock
  // itself would hold for two minutes.
  await next.page.goto("about:blank");
  await expect(async () => {
    await page.goto(url);
    await expect(body(page)).toHaveAttribute("contenteditable", "true", { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(page.getByText(`${staff.admin.name} is editing`)).toHaveCount(0);
  await next.context.close();
});

test("a reload keeps the lock, even when the old page's leaving beacon lands after the new page took it", async ({
  page,
  browser,
}) => {
  const firstBeat = heartbeatAnswered(page);
  const url = await writeAndSave(page, "A paragraph before the reload.");
  const oldTab = /"tab":"([\w-]+)"/.exec((await firstBeat).request().postData() ?? "")?.[1];
  expect(oldTab).toBeTruthy();
  const newBeat = heartbeatAnswered(page);
  await page.reload();
  await newBeat;
  // The old page's beacon arriving now, after the new page's first heartbeat (as it can, on a busy desk).
  expect((await page.request.post(`${url}/release?tab=${oldTab}`)).status()).toBe(204);
  const colleague = await open(browser, "admin", url);
  await expect(colleague.page.getByText(`${staff.editor.name} is editing`)).toBeVisible();
  await expect(body(colleague.page)).toHaveAttribute("contenteditable", "false");
  await colleague.context.close();
});

test("two tabs autosaving at the same moment: one save wins whole, the other tab gets the conflict with its text", async ({
  page,
}) => {
  const url = await newStory(page);
  await page.getByLabel("Headline").fill("Start");
  await expectSaved(page);
  await page.reload();
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(body(other)).toHaveAttribute("contenteditable", "true");
  await page.getByLabel("Headline").fill("Headline from the first tab");
  await other.getByLabel("Dek").fill("Dek from the second tab");
  // Both leave their field at once: two saves of the same version in flight together.
  await Promise.all([page.getByLabel("Headline").blur(), other.getByLabel("Dek").blur()]);

  const conflictIn = (p: Page) => p.getByRole("region", { name: /Someone else saved this story/ });
  await expect
    .poll(async () => (await conflictIn(page).count()) + (await conflictIn(other).count()), { timeout: 15_000 })
    .toBe(1);
  const [winner, loser] = (await conflictIn(page).count()) ? [other, page] : [page, other];
  await expectSaved(winner);
  const mine = loser === other ? "Dek from the second tab" : "Headline from the first tab";
  await expect(conflictIn(loser).getByRole("region", { name: "Your version" })).toContainText(mine);

  // What is stored is the winner's whole version, never a mix of the two.
  const fresh = await page.context().newPage();
  await fresh.goto(url);
  const stored = {
    headline: await fresh.getByLabel("Headline").inputValue(),
    dek: await fresh.getByLabel("Dek").inputValue(),
  };
  expect([
    { headline: "Headline from the first tab", dek: "" },
    { headline: "Start", dek: "Dek from the second tab" },
  ]).toContainEqual(stored);
  expect(stored.headline === "Start").toBe(winner === other);
  await Promise.all([other.close(), fresh.close()]);
});

const CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

/**
 * Types Hangul as a Korean input method does: each syllable is composed on screen (its first consonant, then the
 * syllable) and then committed, through Chromium's own IME events (CDP), not as pasted text.
 */
async function typeWithIme(page: Page, text: string) {
  const cdp = await page.context().newCDPSession(page);
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xac00 && code <= 0xd7a3) {
      const first = CHOSEONG[Math.floor((code - 0xac00) / 588)]!;
      for (const step of [first, ch])
        await cdp.send("Input.imeSetComposition", { text: step, selectionStart: 1, selectionEnd: 1 });
    }
    await cdp.send("Input.insertText", { text: ch });
  }
  await cdp.detach();
}

/** Exactly one tag on the story, with exactly this name (its remove button names it). */
async function expectOneTag(page: Page, name: string) {
  const list = page.getByRole("list", { name: "Tags on this story" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByRole("button", { name: `Remove tag ${name}`, exact: true })).toBeVisible();
}

test("Korean typed through an input method: headline, body and tag keep every syllable; the slug is readable", async ({
  page,
}) => {
  const url = await newStory(page, "journalist");
  const headline = "한인타운 주민의회, 새 예산안 통과";
  const paragraph = "주민의회는 3일 회의에서 예산안을 통과시켰다.";
  await page.getByLabel("Headline").click();
  await typeWithIme(page, headline);
  await expect(page.getByLabel("Headline")).toHaveValue(headline);
  // The slug follows the headline, romanized (Revised Romanization), not emptied.
  await expect(page.getByLabel("Slug")).toHaveValue("hanintaun-juminuihoe-sae-yesanan-tonggwa");
  await body(page).click();
  await typeWithIme(page, paragraph);
  await expect(body(page)).toHaveText(paragraph);
  const tags = page.getByRole("combobox", { name: "Tags" });
  await tags.click();
  await typeWithIme(page, "한인타");
  // As on a Mac: the last syllable still being composed when Enter is pressed, whose keydown comes first (marked
  // isComposing), before the input method commits the syllable.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.imeSetComposition", { text: "운", selectionStart: 1, selectionEnd: 1 });
  await tags.dispatchEvent("keydown", { key: "Enter", code: "Enter", isComposing: true, bubbles: true });
  await cdp.send("Input.insertText", { text: "운" });
  await cdp.detach();
  await tags.press("Enter");
  await expectOneTag(page, "한인타운");
  await expect(tags).toHaveValue("");
  await expectSaved(page);

  await page.reload();
  await expect(page.getByLabel("Headline")).toHaveValue(headline);
  await expect(body(page)).toHaveText(paragraph);
  await expectOneTag(page, "한인타운");
  expect(page.url()).toBe(url);
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: "test-results/screens/editor-korean-390.png", fullPage: true });
});
