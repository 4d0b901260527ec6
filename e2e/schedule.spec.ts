import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test as base, expect, type Browser } from "@playwright/test";
import sharp from "sharp";
import { callServerAction } from "./desk-actions";
import { saved, signInAs } from "./desk-helpers";
import { startOwnServer, type OwnServer } from "./own-server";

// The desk's day after the first publish, on a server of its own (its stories are its own, and the one-server,
// embedded-database scheduler timer runs every two seconds): the Schedule form, a correction published from the
// desk, the old address redirecting after a slug change, the audit log's filters, and a server action posted
// from another origin.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 12;
const ZONE = "America/Los_Angeles"; // the demo newsroom's
const INTERVAL_MS = 2_000;
let server: OwnServer;
const test = base.extend<object, { own: OwnServer }>({
  own: [
    async ({}, use) => {
      server = await startOwnServer({ port: PORT, env: { SCHEDULER_INTERVAL_SECONDS: String(INTERVAL_MS / 1000) } });
      await use(server);
      await server.stop();
    },
    { scope: "worker", timeout: 180_000 },
  ],
});
test.describe.configure({ mode: "serial" });

const headline = `Wilshire bus lanes open to riders ${Date.now() % 100000}`;
let editorUrl = "";
let storyId = "";
let firstPath = "";
let livePath = "";

async function as(browser: Browser, own: OwnServer, who: "editor" | "journalist" | "admin") {
  const context = await browser.newContext({ baseURL: own.url });
  const page = await context.newPage();
  await signInAs(page, who);
  return { context, page };
}

async function photoFile(): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "schedule-photo-")), "bus.jpg");
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 200, g: 60, b: 40 } } })
    .jpeg()
    .toFile(file);
  return file;
}

/** The newsroom's wall clock for an instant: the Schedule form's date and time fields. */
function wallClock(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: ZONE,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

test("an editor schedules a story with the form; the server's timer puts it live at that minute, not before", async ({
  browser,
  own,
}) => {
  test.setTimeout(180_000);
  const { context, page } = await as(browser, own, "editor");
  await page.getByRole("button", { name: "New story" }).first().click();
  await expect(page).toHaveURL(/\/admin\/stories\/[0-9a-f-]{36}$/);
  editorUrl = page.url();
  storyId = editorUrl.split("/").pop()!;
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Dek").fill("Buses get their own lanes from Western to Fairfax, seven days a week.");
  await page.getByLabel("Section").selectOption({ label: "Local" });
  const byline = page.getByLabel("Authors");
  await byline.selectOption({
    label: (await byline.locator("option", { hasText: "Sarah Kim" }).first().textContent())!,
  });
  await page.getByRole("button", { name: "Add author" }).click();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Upload photo" }).click();
  await (await chooser).setFiles(await photoFile());
  await expect(page.locator("#field-hero img")).toBeVisible({ timeout: 30_000 });
  const hero = page.locator("#field-hero");
  await hero.getByLabel("Alt text").fill("A red bus in a painted lane");
  await hero.getByLabel("Caption").fill("The first bus in the new lane on Monday.");
  await hero.getByLabel("Credit").fill("Metro");
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.type("The lanes run from 6 a.m. to 8 p.m. and cut the trip by nine minutes.");
  await saved(page);
  firstPath = `/local/${await page.getByLabel("Slug").inputValue()}`;

  // Scheduled for tomorrow, then unscheduled from the desk: approved and waiting, and still not on the site.
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  const tomorrow = wallClock(new Date(Date.now() + 86_400_000));
  await page.getByLabel("Date").fill(tomorrow.date);
  await page.getByLabel("Time").fill(tomorrow.time);
  await page.getByRole("button", { name: "Schedule for this time" }).click();
  await expect(page.getByText("Scheduled.", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Unschedule", exact: true }).click();
  await expect(page.getByText("Unscheduled; the story is approved and waiting.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Unschedule", exact: true })).toHaveCount(0);
  expect((await context.request.get(own.url + firstPath)).status()).toBe(404);

  // The first whole minute at least 15 seconds away (the form takes minutes, as a newsroom does).
  const at = new Date(Math.ceil((Date.now() + 15_000) / 60_000) * 60_000);
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByText(/Times are in the newsroom’s zone/)).toBeVisible();
  const when = wallClock(at);
  await page.getByLabel("Date").fill(when.date);
  await page.getByLabel("Time").fill(when.time);
  await page.getByRole("button", { name: "Schedule for this time" }).click();
  await expect(page.getByText("Scheduled.", { exact: true })).toBeVisible();

  // Not before its time: readers get a 404 until the minute comes.
  expect((await context.request.get(own.url + firstPath)).status()).toBe(404);
  let liveAt = 0;
  while (Date.now() < at.getTime() + 30_000) {
    const res = await context.request.get(own.url + firstPath, { maxRedirects: 0 });
    if (res.status() === 200) {
      liveAt = Date.now();
      break;
    }
    expect(res.status()).toBe(404);
    await new Promise((r) => setTimeout(r, 250));
  }
  expect(liveAt, "the story went live").toBeGreaterThan(0);
  console.log(`scheduled story live ${liveAt - at.getTime()} ms after its minute`);
  expect(liveAt).toBeGreaterThanOrEqual(at.getTime());
  // Within one timer interval, plus the render and the poll's own step.
  expect(liveAt - at.getTime()).toBeLessThanOrEqual(INTERVAL_MS + 3_000);
  await context.close();
});

test("a correction published from the desk shows on the article with its time; the old address redirects after a slug change", async ({
  browser,
  own,
}) => {
  test.setTimeout(90_000);
  const { context, page } = await as(browser, own, "editor");
  await page.goto(editorUrl);
  const newSlug = `wilshire-bus-lanes-open-${Date.now() % 100000}`;
  await page.getByLabel("Slug").fill(newSlug);
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" The lanes are enforced by cameras on the buses.");
  await saved(page);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("radio", { name: "Correction" }).check();
  const correction = "An earlier version of this story misstated the hours of the lanes.";
  await page.getByLabel("Notice text").fill(correction);
  await page.getByRole("button", { name: "Publish changes now" }).click();
  await expect(page.getByText("Published.", { exact: true })).toBeVisible();
  livePath = `/local/${newSlug}`;

  // Asked twice: the second answer is the cached one, where Next.js doubled the Location header (one header, and
  // the right address, each time; scripts/server.mjs appendOnce).
  for (let i = 0; i < 2; i++) {
    const moved = await context.request.get(own.url + firstPath, { maxRedirects: 0 });
    expect(moved.status()).toBe(308);
    const location = moved.headersArray().filter((h) => h.name.toLowerCase() === "location");
    expect(location.map((h) => new URL(h.value, own.url).pathname)).toEqual([`/local/${newSlug}`]);
  }

  const reader = await browser.newPage({ baseURL: own.url });
  await reader.goto(`/local/${newSlug}`);
  const notice = reader.getByTestId("notice-correction");
  await expect(notice).toContainText("Correction");
  await expect(notice).toContainText(correction);
  await expect(notice.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
  await expect(reader.getByText("The lanes are enforced by cameras on the buses.")).toBeVisible();
  await reader.close();
  await context.close();
});

test("the audit log filters by story, kind and person; a story id that is no id finds nothing; a journalist is refused", async ({
  browser,
  own,
}) => {
  const { context, page } = await as(browser, own, "admin");
  await page.goto(`/admin/audit?story=${storyId}`);
  const rows = page.getByRole("listitem").filter({ hasText: headline });
  // Scheduled for tomorrow and unscheduled, scheduled again by the editor, put live by the timer (no person),
  // published again with the correction.
  await expect(rows.filter({ hasText: "story.schedule" })).toHaveCount(2);
  await expect(rows.filter({ hasText: "story.unschedule" })).toHaveCount(1);
  await expect(rows.filter({ hasText: /story\.publish.*System/ })).toHaveCount(1);
  await expect(rows.filter({ hasText: /story\.publish.*Erin Editor/ })).toHaveCount(1);

  await page.getByLabel("Kind").selectOption("story.schedule");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/kind=story\.schedule/);
  await expect(page.getByRole("listitem").filter({ hasText: "story.publish" })).toHaveCount(0);
  await expect(rows).toHaveCount(2);

  await page.goto(`/admin/audit?story=${storyId}&kind=story.publish`);
  await page.getByLabel("Person").selectOption({ label: "Erin Editor" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(rows).toHaveCount(1);

  // The desk address pasted whole works as its id; what is no id is said to be none, not ignored.
  await page.goto(`/admin/audit?story=${encodeURIComponent(editorUrl)}`);
  await expect(rows.filter({ hasText: "story.schedule" })).toHaveCount(2);
  await expect(page.getByRole("main").getByRole("listitem").filter({ hasNotText: headline })).toHaveCount(0);
  const odd = await page.goto(`/admin/audit?story=${encodeURIComponent("1' or '1'='1")}`);
  expect(odd?.status()).toBe(200);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("“1' or '1'='1” is not a story id.");
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(0);
  await context.close();

  const writer = await as(browser, own, "journalist");
  const refused = await writer.page.goto("/admin/audit");
  expect(refused?.status()).toBe(403);
  await writer.context.close();
});

test("a server action posted from another origin with an editor's cookie is refused and changes nothing", async ({
  browser,
  own,
}) => {
  const { context } = await as(browser, own, "editor");
  const beat = await callServerAction(context.request, editorUrl, "heartbeatAction", { id: storyId });
  const version = Number(/"version":(\d+)/.exec(beat.text)?.[1]);
  expect(version).toBeGreaterThan(0);
  const forged = await callServerAction(
    context.request,
    editorUrl,
    "transitionStoryAction",
    { id: storyId, version, transition: "unpublish" },
    { Origin: "https://attacker.example" },
  );
  expect(forged.status).toBeGreaterThanOrEqual(400);
  expect(forged.text).not.toMatch(/"ok":true/);
  expect((await context.request.get(own.url + livePath)).status()).toBe(200);
  // The same call from the desk's own origin goes through: the refusal above was the origin's.
  const same = await callServerAction(context.request, editorUrl, "transitionStoryAction", {
    id: storyId,
    version,
    transition: "unpublish",
  });
  expect(same.text).toMatch(/"ok":true/);
  await context.close();
});
