import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { weatherUrl } from "./helpers";
import { startOwnServer, type OwnServer } from "./own-server";

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

test("the header shows the current reading, then the last good one when the source fails or is slow", async ({
  page,
}) => {
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

  await stub("slow", 45.6);
  const beforeSlow = await asked();
  const started = Date.now();
  // Not awaited yet (the fixture's accessibility scan runs inside goto). With a reading in hand the header never
  // waits on the source; it is refreshed in the background.
  const navigation = page.goto("/local");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Local");
  expect(Date.now() - started).toBeLessThan(1500);
  await navigation;
  // The front page (a whole cached page, refreshed in the background once stale) keeps the last good reading while
  // the slow source times out after 2 seconds, and the server does ask that source behind the pages it serves: the
  // stub counts it. A failed source is left alone for WEATHER_RETRY_SECONDS (1 s here), so the first loads may not
  // ask it. (Not the section page: its shell, with its request-time listing, was not refreshed within ten seconds
  // once the settings spec had run before it; reported.)
  await page.goto("/");
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("weather")).toHaveText("71.3 °F Los Angeles", { timeout: 1000 });
    expect(await asked()).toBeGreaterThan(beforeSlow);
  }).toPass({ timeout: 10_000 });
});

test("a section page shows a new reading by its second load once the cached one has expired", async ({ request }) => {
  // Three caches stand between the source and a section page: the reading kept in memory (lib/weather/current.ts),
  // the header's cached weather and the page's shell, each kept WEATHER_CACHE_SECONDS=1 here. The first load after
  // they expire may get the page as it was while it is refreshed (stale-while-revalidate); the next has the new
  // reading. Before the memory cache waited for the source, it handed its old reading to the refresh as well, and
  // a new reading took a third load (sections fell behind the weather spec's window after the settings spec).
  const loadsUntil = async (text: string, max: number) => {
    for (let load = 1; load <= max; load++) {
      await new Promise((resolve) => setTimeout(resolve, 1100));
      if ((await (await request.get("/local")).text()).includes(text)) return load;
    }
    return null;
  };
  await stub("ok", 61.1);
  expect(await loadsUntil("61.1 °F", 10)).not.toBeNull();
  await stub("ok", 62.2);
  expect(await loadsUntil("62.2 °F", 3)).toBeLessThanOrEqual(2);
});

/**
 * A server of its own with production's 15-minute reading and a 2-second retry (a minute by default), started while
 * the suite's stub fails; `run` is given the temperature a page of it shows (null for none). Stopped afterwards.
 */
async function withServerStartedWhileSourceFails(
  request: APIRequestContext,
  run: (reading: (path: string) => Promise<string | null>) => Promise<void>,
  extra: { env?: Record<string, string>; extraSeed?: string } = {},
) {
  await stub("fail", 47.5);
  let own: OwnServer | undefined;
  try {
    own = await startOwnServer({
      port: Number(process.env.E2E_PORT ?? 3100) + 16, // the other own servers use +1 to +14, +17 and +40
      env: { WEATHER_CACHE_SECONDS: "900", WEATHER_RETRY_SECONDS: "2", ...extra.env },
      extraSeed: extra.extraSeed,
    });
    const url = own.url;
    await run(
      async (path) => /(-?\d+\.\d) °F Los Angeles/.exec(await (await request.get(`${url}${path}`)).text())?.[1] ?? null,
    );
  } finally {
    await own?.stop();
  }
}

/** Loads the page every second until it shows `expected` (30 s at most). */
const showsSoon = (reading: (path: string) => Promise<string | null>, path: string, expected: string, what: string) =>
  expect
    .poll(() => reading(path), { message: `${path} shows ${what}`, intervals: [1000], timeout: 30_000 })
    .toBe(expected);

test("a page made while the source gave no reading shows the weather once the source is asked again", async ({
  request,
}) => {
  test.setTimeout(180_000);
  // Its first pages are made with no reading at all (the demo seed stores none), as at a start on a loaded machine.
  // Before the fix those pages kept their weatherless header for the reading's 15 minutes.
  const before = await asked();
  await withServerStartedWhileSourceFails(request, async (reading) => {
    // The first pages come from this server or from the build, which had no reading either (no source was reachable).
    for (const path of ["/", "/local"]) expect(await reading(path), path).toBeNull();
    await expect.poll(asked).toBeGreaterThan(before);
    await stub("ok", 47.5);
    // A load after the retry may still get the page as it was, the next not.
    for (const path of ["/", "/local"]) await showsSoon(reading, path, "47.5", "the weather");
  });
});

test("a page showing the last good reading after a failure shows a new one once the source is back", async ({
  request,
}) => {
  test.setTimeout(180_000);
  // With a last good reading an hour old stored (the source has failed since). Pages made with it were kept the
  // reading's whole 15 minutes, so the header went on showing the hour-old reading after the source was back.
  await withServerStartedWhileSourceFails(
    request,
    async (reading) => {
      // The build's pages had no reading (no source was reachable); this server's show the stored one.
      for (const path of ["/", "/local"]) await showsSoon(reading, path, "33.3", "the last good reading");
      await stub("ok", 47.5);
      for (const path of ["/", "/local"]) await showsSoon(reading, path, "47.5", "the new reading");
    },
    { env: { E2E_OLD_READING: "33.3" }, extraSeed: "e2e/weather/old-reading-seed.ts" },
  );
});
