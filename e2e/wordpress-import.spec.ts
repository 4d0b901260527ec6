import { request as http, type APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { startOwnServer, type OwnServer } from "./own-server";

// A WordPress export brought in with `npm run import:wordpress` (e2e/wordpress/seed.ts) on a server of its own:
// the old site's addresses answer 308 to the new pages, and the imported story reads as a story of ours.
let server: OwnServer;
let api: APIRequestContext;
const PORT = Number(process.env.E2E_PORT ?? 3100) + 6;

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startOwnServer({ port: PORT, extraSeed: "e2e/wordpress/seed.ts" });
  api = await http.newContext({ baseURL: server.url });
});
test.afterAll(async () => {
  await api?.dispose();
  await server?.stop();
});

/** Every hop of a redirect chain: [status, location] pairs, then the final status. */
async function hops(path: string): Promise<{ chain: [number, string][]; final: number; finalPath: string }> {
  const chain: [number, string][] = [];
  let url = path;
  for (let i = 0; i < 5; i++) {
    const res = await api.get(url, { maxRedirects: 0 });
    // One Location header: Next.js adds a cached page's redirect twice, which proxies join into "/a, /a" and
    // crawlers refuse (scripts/server.mjs, appendOnce).
    const copies = res
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "location")
      .map((h) => h.value);
    expect(copies.length, `${url}: ${copies.join(" | ")}`).toBeLessThanOrEqual(1);
    const location = copies[0];
    if (!location || res.status() < 300 || res.status() >= 400) return { chain, final: res.status(), finalPath: url };
    chain.push([res.status(), location]);
    url = new URL(location, server.url).pathname + new URL(location, server.url).search;
  }
  throw new Error(`too many redirects from ${path}`);
}

test("the old site's addresses answer 308 to the new pages", async () => {
  const cases: [string, string][] = [
    ["/2025/06/07/city-council-passes-budget/", "/local/city-council-passes-budget"],
    ["/?p=100", "/local/city-council-passes-budget"],
    ["/2025/06/08/dodgers-rookie-no-hitter/", "/sports/dodgers-rookie-no-hitter"],
    [
      "/2025/06/09/la-%ed%95%9c%ec%9d%b8%ed%83%80%ec%9a%b4-%ec%a3%bc%eb%af%bc%ec%9d%98%ed%9a%8c/",
      "/culture/la-hanintaun-juminuihoe",
    ],
    ["/category/news/local/city-hall/", "/local"],
    ["/category/sports/", "/sports"],
    ["/tag/budget/", "/tags/budget"],
    ["/author/skim/", "/authors/sarah-kim"],
    ["/about/", "/local/about"],
  ];
  for (const [old, now] of cases) {
    const { chain, final, finalPath } = await hops(old);
    expect(chain.length, old).toBeGreaterThan(0);
    expect(
      chain.every(([status]) => status === 308),
      `${old}: ${JSON.stringify(chain)}`,
    ).toBe(true);
    expect(decodeURI(finalPath), old).toBe(now);
    expect(final, old).toBe(200);
  }
  // Not public: a draft's old address leads nowhere (the home page, as any unknown query), and an address the old
  // site never had is a plain 404.
  expect(await hops("/?p=104")).toEqual({ chain: [], final: 200, finalPath: "/?p=104" });
  expect((await hops("/2025/01/01/never-was/")).final).toBe(404);
});

for (const width of [390, 1280]) {
  test(`the imported story reads as ours at ${width} px: photo credit, byline, dates, inline photo`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${server.url}/2025/06/07/city-council-passes-budget/`);
    await expect(page).toHaveURL(`${server.url}/local/city-council-passes-budget`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "City council passes $13 billion budget after a late-night session",
    );
    // A category named like one of the newsroom's sections ("Politics") joined it: no second one in the menu.
    const menu = await page.locator("header nav a").allTextContents();
    expect(menu.filter((name, i) => menu.indexOf(name) !== i)).toEqual([]);
    const article = page.locator("article");
    await expect(article).toContainText("Council members vote on the budget on Friday.");
    await expect(article).toContainText("[CITY OF LOS ANGELES]");
    await expect(article).toContainText("[KOREATOWN DAILY]");
    await expect(article).toContainText(/Sarah Kim/i);
    await expect(article).toContainText("Published Jun 7, 2025, 3:04 PM PDT");
    await expect(article.getByRole("link", { name: "https://www.youtube.com/embed/abc123" })).toBeVisible();
    // The featured image and the [caption] photo, each drawn from the file the import processed.
    for (const caption of ["Council members vote on the budget", "Vendors at the Saturday market"]) {
      const img = article.locator("figure", { hasText: caption }).locator("img");
      await expect(img).toHaveCount(1);
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
    }
    await page.screenshot({ path: `test-results/wordpress-import-${width}.png`, fullPage: true });
  });
}
