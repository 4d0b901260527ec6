import { expect, test, type Page } from "@playwright/test";
import { hostilePlan, payloads } from "./hostile/payloads";
import { startOwnServer, type OwnServer } from "./own-server";
import { norm, openWatched, provoke, readXml, watch } from "./hostile/watch";

// Hostile text: every payload is written into a staff text field of a server of its own (e2e/hostile/seed.ts), then
// every reader page and feed that shows it is opened in Chromium. No payload may run, every feed and sitemap must
// parse as XML, and each text must read back exactly as written.
const plan = hostilePlan();
let server: OwnServer;
const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startOwnServer({ port: PORT, extraSeed: "e2e/hostile/seed.ts" });
});
test.afterAll(async () => {
  await server?.stop();
});

test("the suite has at least 100 payloads, each written somewhere", () => {
  expect(payloads.length).toBeGreaterThanOrEqual(100);
  const written = new Set(
    plan.stories.flatMap((s) => [s.headline, s.dek, s.body, s.bold, s.link, s.caption, s.credit, s.alt]),
  );
  expect(payloads.filter((p) => !written.has(p))).toEqual([]);
});

test("the watcher sees a payload that runs only on a hover, a focus or a failed image", async ({ page }) => {
  const ran = await watch(page);
  await page.setContent(
    '<div onmouseover="__xss()">hover</div><a href="#" onfocus="__xss()">focus</a><img alt="" src="/none.png" onerror="__xss()">',
  );
  await provoke(page);
  expect(ran).toHaveLength(3);
});

/** Opens a path on the hostile server and fails if any payload ran there. */
const open = (page: Page, path: string) => openWatched(page, server.url + path);

test("articles show every field as text: heading, dek, body marks and links, photo words, JSON-LD, meta", async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const s of plan.stories) {
    const path = `/${s.section}/${s.slug}`;
    await open(page, path);
    expect(await page.locator("h1").first().textContent(), path).toBe(s.headline);
    const text = (await page.locator("main").textContent()) ?? "";
    for (const field of [s.dek, s.body, s.bold, s.link, s.caption, s.credit])
      expect(text, `${path}: ${field}`).toContain(field);
    expect(await page.locator("strong", { hasText: s.bold }).count(), path).toBeGreaterThan(0);
    expect(await page.locator(`img[alt="${s.alt.replace(/["\\]/g, "\\$&")}"]`).count(), `${path} alt`).toBeGreaterThan(
      0,
    );
    // Only http(s) and mailto links reach a page.
    const hrefs = await page
      .locator("a[href]")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")!.trim().toLowerCase()));
    expect(
      hrefs.filter((h) => /^(javascript|data|vbscript)|^[^a-z/#?.]/.test(h.replace(/[\s\u0000-\u001f]/g, ""))),
      path,
    ).toEqual([]);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect([ld.headline, ld.description], path).toEqual([s.headline, s.dek]);
    expect(await page.locator('meta[property="og:title"]').getAttribute("content"), path).toBe(s.headline);
    expect(await page.locator('meta[name="description"]').getAttribute("content"), path).toBe(s.dek);
    expect(norm(await page.title()), path).toBe(norm(`${s.headline} | ${plan.settings.siteName}`));
  }
});

test("front page, sections, tags, authors and search show names, bios and settings as text", async ({ page }) => {
  test.setTimeout(90_000);
  await open(page, "/");
  const home = (await page.locator("body").textContent()) ?? "";
  expect(home).toContain(plan.settings.siteName);
  expect(home).toContain(plan.stories[0]!.headline);
  for (const s of plan.sections) {
    await open(page, `/${s.slug}`);
    expect(await page.locator("h1").first().textContent()).toBe(s.name);
    expect(await page.locator("main").textContent()).toContain(s.description);
  }
  for (const t of plan.tags) {
    await open(page, `/tags/${t.slug}`);
    expect(await page.locator("h1").first().textContent()).toBe(t.name);
  }
  for (const a of plan.authors) {
    await open(page, `/authors/${a.slug}`);
    expect(await page.locator("h1").first().textContent()).toBe(a.name);
    expect(await page.locator("main").textContent()).toContain(a.bio);
  }
  await open(page, "/search?q=script");
  expect(await page.getByTestId("search-results").locator("li").count()).toBeGreaterThan(0);
});

test("every feed and sitemap parses as XML in Chromium, runs nothing, and reads back the text", async ({ page }) => {
  const feeds = [
    "/feed.xml",
    ...plan.sections.map((s) => `/feeds/section/${s.slug}`),
    ...plan.authors.map((a) => `/feeds/author/${a.slug}`),
  ];
  const bySlug = new Map(plan.stories.map((s) => [s.slug, s]));
  for (const path of [
    ...feeds,
    "/sitemap.xml",
    "/sitemaps/pages.xml",
    "/sitemaps/stories-1.xml",
    "/news-sitemap.xml",
  ]) {
    await open(page, path);
    const doc = await readXml(page, server.url + path);
    expect(doc.error, path).toBeNull();
    expect(doc.items.length, path).toBeGreaterThan(0);
    for (const item of doc.items) {
      const s = bySlug.get(item.link.split("/").pop()!);
      if (!s || item.title === null) continue;
      expect(item.title, path).toBe(s.headline);
      if (item.description !== null) expect(item.description, path).toBe(s.dek);
    }
    if (path === "/feed.xml") expect(doc.channel).toBe(plan.settings.siteName);
  }
});

test("the hostile server logged no error", () => {
  expect(server.log()).not.toMatch(/⨯|Error:|\b500\b/);
});
