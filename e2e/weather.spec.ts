import { expect, test } from "./fixtures";
import { weatherUrl } from "./helpers";

// The server under test keeps a reading for WEATHER_CACHE_SECONDS=1 (playwright.config.ts), so a change of the
// stub's mode shows within a second or two, as it would after 15 minutes in production. The stub counts the
// forecast requests it gets, so each step can tell "the server asked and fell back" from "the cache answered".
async function stub(mode: "ok" | "fail" | "slow", t?: number) {
  const res = await fetch(`${weatherUrl}/mode?m=${mode}${t === undefined ? "" : `&t=${t}`}`, { method: "POST" });
  expect(await res.text()).toBe(mode);
}
const asked = async () => Number(await (await fetch(`${weatherUrl}/count`)).text());

test.afterEach(async () => {
  await stub("ok", 60.4);
});

test("the header shows the current reading, then the last good one when the source fails or is slow", async ({ page }) => {
  test.setTimeout(60_000);
  await stub("ok", 71.3);
  await page.goto("/");
  // A reading fetched just before the switch may still be served once; the next page has the new one.
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("weather")).toHaveText("71.3 °F Los Angeles", { timeout: 1000 });
  }).toPass({ timeout: 10_000 });

  // The source fails: pages keep coming until the server has asked it again (the cached reading expired), and
  // what they show then is the last good reading, which only the fallback can give.
  await stub("fail", 12.3);
  const beforeFail = await asked();
  await expect(async () => {
    await page.reload();
    expect(await asked()).toBeGreaterThan(beforeFail);
  }).toPass({ timeout: 10_000 });
  await page.reload();
  await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  await expect(page.getByTestId("weather")).toHaveText("71.3 °F Los Angeles");

  // The source hangs for 5 s: the weather is a cached component refreshed in the background
  // (components/layout/weather.tsx), so no page waits for the source. Pages keep coming until the server has asked
  // the slow source, and each is complete in well under the source's 2-second timeout, with the last reading.
  await stub("slow", 45.6);
  const beforeSlow = await asked();
  await expect(async () => {
    const started = Date.now();
    await page.reload();
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    await expect(page.getByTestId("weather")).toHaveText("71.3 °F Los Angeles");
    // When the browser received the end of the document.
    const streamEnd = await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).responseEnd);
    expect(streamEnd, `page took ${Date.now() - started} ms`).toBeLessThan(1500);
    expect(await asked(), "the server asked the slow source").toBeGreaterThan(beforeSlow);
  }).toPass({ timeout: 30_000 });
});
