import type { Page } from "@playwright/test";
import { READER_CACHE_CONTROL } from "../lib/cache-policy";
import { nginxPort } from "../playwright.config";
import { startNginx } from "../scripts/nginx";
import { signInAs } from "./desk-helpers";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { path, story } from "./helpers";

// A developing story covered live: updates posted on the desk reach a reader page that is already open, without a
// reload (it polls the story's cacheable updates feed every 5 s; the micro-cache adds up to a second), and a reader
// without JavaScript sees them on reload.
const lead = story("vermont-avenue-bus-lanes-construction");
const url = path(lead);
const ARRIVES_MS = 10_000; // one poll interval, the cache's second, and room for a busy machine
const updates = [
  "Crews closed the curb lane between Wilshire and 6th Street at 9 a.m.",
  "Metro says the 204 and 754 lines will use the new lanes from Monday.\n\nDetails: https://www.metro.net/projects/",
  "Drivers may turn right from the bus lane only at marked intersections.",
];

async function shoot(page: Page, name: string, locator?: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const target = locator ? page.locator(locator) : page;
    await target.screenshot({
      path: `test-results/screens/live-${name}-${width}.png`,
      ...(locator ? {} : { fullPage: true }),
    });
  }
}

test("an editor covers a story live: updates reach open reader pages, with and without JavaScript", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(150_000);
  await signInAs(page, "editor");
  await page.goto("/admin/stories");
  await page.getByRole("link", { name: lead.headline }).click();
  const panel = page.getByTestId("live-panel");
  await panel.getByRole("button", { name: "Go live" }).click();
  await expect(panel.getByText(/Live since/)).toBeVisible({ timeout: 15_000 });
  // Before any update the feed answers, the same for everyone and cacheable by a shared cache.
  const feed = await request.get(`${url}/updates.json`);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["cache-control"]).toBe(READER_CACHE_CONTROL);
  expect(feed.headers()["set-cookie"]).toBeUndefined();

  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto(url);
  await expect(reader.getByText("No updates yet.", { exact: false })).toBeVisible();

  const form = panel.locator("form", { has: page.getByRole("button", { name: "Post update" }) });
  for (const [i, text] of updates.entries()) {
    await form.getByLabel("Update", { exact: true }).fill(text);
    if (i === 1) await form.getByLabel("Key update").check();
    if (i === 2) await form.getByLabel("Link (optional)").fill("https://ladot.lacity.gov/");
    await form.getByRole("button", { name: "Post update" }).click();
    await expect(panel.getByTestId("desk-live-update")).toHaveCount(i + 1, { timeout: 15_000 });
  }
  await expect(form.getByLabel("Update", { exact: true })).toHaveValue("");

  // The open page, no reload: all three, newest first, announced politely; the key one in the summary.
  const items = reader.getByTestId("live-update");
  await expect(items).toHaveCount(3, { timeout: ARRIVES_MS });
  await expect(items.first()).toContainText(updates[2]!);
  await expect(items.last()).toContainText(updates[0]!);
  await expect(reader.getByTestId("live-announcement")).toHaveText(/^\d new updates?$/);
  const keys = reader.getByRole("navigation", { name: "Key updates" });
  await expect(keys).toContainText("Metro says the 204 and 754 lines");
  await expect(keys).not.toContainText("Crews closed");
  await expect(items.nth(1).getByRole("link", { name: "https://www.metro.net/projects/" })).toBeVisible();
  await expect(items.first().getByRole("link", { name: "https://ladot.lacity.gov/" })).toBeVisible();
  await expectNoAxeViolations(reader);

  // Without JavaScript: a reload shows the server-rendered list.
  const plainContext = await browser.newContext({ javaScriptEnabled: false });
  const plain = await plainContext.newPage();
  await plain.goto(url);
  await expect(plain.getByTestId("live-update")).toHaveCount(3);
  await expect(plain.getByRole("navigation", { name: "Key updates" })).toContainText("Metro says");

  // Search engines get a LiveBlogPosting with the updates.
  const ld = JSON.parse((await plain.locator('script[type="application/ld+json"]').first().textContent())!) as Record<
    string,
    unknown
  >;
  expect(ld["@type"]).toBe("LiveBlogPosting");
  expect(ld.coverageStartTime).toBeTruthy();
  expect((ld.liveBlogUpdate as { "@type": string }[]).map((u) => u["@type"])).toEqual([
    "BlogPosting",
    "BlogPosting",
    "BlogPosting",
  ]);

  await shoot(page, "desk", '[data-testid="live-panel"]');
  await reader.locator("#live-updates").scrollIntoViewIfNeeded();
  await shoot(reader, "reader");

  // A removed update leaves readers' pages; ending the coverage says so, with the time.
  const third = panel.getByTestId("desk-live-update").filter({ hasText: "Drivers may turn right" });
  await third.getByRole("button", { name: "Remove update" }).click();
  await expect(panel.getByTestId("desk-live-update")).toHaveCount(2, { timeout: 15_000 });
  await expect(items).toHaveCount(2, { timeout: ARRIVES_MS });
  await panel.getByRole("button", { name: "End coverage" }).click();
  await expect(panel.getByText(/Coverage ended/)).toBeVisible({ timeout: 15_000 });
  // The feed says so first (what every poll gets), then the open page shows it.
  await expect
    .poll(async () => (await (await request.get(`${url}/updates.json`)).json()).endedAt, { timeout: ARRIVES_MS })
    .toBeTruthy();
  await expect(reader.getByTestId("coverage-ended")).toContainText("Coverage has ended.", { timeout: ARRIVES_MS });
  await plain.reload();
  await expect(plain.getByTestId("coverage-ended")).toContainText(/Coverage has ended\. \w{3} \d+, \d{4}/);
  await expect(plain.getByTestId("live-update")).toHaveCount(2);
  await shoot(plain, "reader-ended");
  await readerContext.close();
  await plainContext.close();
});

test("through nginx, thousands of polling readers cost the app about one request a second", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const other = story("small-business-grant-deadline-friday");
  const feedPath = `${path(other)}/updates.json`;
  await signInAs(page, "editor");
  await page.goto("/admin/stories");
  await page.getByRole("link", { name: other.headline }).click();
  const panel = page.getByTestId("live-panel");
  await panel.getByRole("button", { name: "Go live" }).click();
  await expect(panel.getByText(/Live since/)).toBeVisible({ timeout: 15_000 });
  const nginx = await startNginx({
    port: nginxPort,
    upstreams: [`127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`],
    appDir: process.cwd(),
  });
  try {
    const poll = () => request.get(`${nginx.url}${feedPath}`);
    await poll();
    // 400 polls spread over two seconds, 20 at a time (a crowd of readers on one instance).
    const statuses: string[] = [];
    const started = Date.now();
    while (Date.now() - started < 2_000) {
      const batch = await Promise.all(Array.from({ length: 20 }, poll));
      for (const res of batch) {
        expect(res.status()).toBe(200);
        statuses.push(res.headers()["x-cache-status"] ?? "none");
      }
    }
    const seconds = (Date.now() - started) / 1000;
    // Each of these is (or starts) one request to the app; HIT and UPDATING are answered by nginx alone.
    const toOrigin = statuses.filter((s) =>
      ["MISS", "EXPIRED", "STALE", "REVALIDATED", "BYPASS", "none"].includes(s),
    ).length;
    console.log(
      `live feed through nginx: ${statuses.length} polls in ${seconds.toFixed(1)} s, ${toOrigin} reached the app`,
    );
    expect(toOrigin).toBeLessThanOrEqual(Math.ceil(seconds) + 2);

    // A new update still reaches polling readers through the cache within seconds.
    const form = panel.locator("form", { has: page.getByRole("button", { name: "Post update" }) });
    await form.getByLabel("Update", { exact: true }).fill("The grant portal stays open until midnight.");
    await form.getByRole("button", { name: "Post update" }).click();
    await expect(panel.getByTestId("desk-live-update")).toHaveCount(1);
    await expect
      .poll(async () => (await (await poll()).json()).updates.length, { timeout: ARRIVES_MS, intervals: [200] })
      .toBe(1);
  } finally {
    await nginx.stop();
  }
});
