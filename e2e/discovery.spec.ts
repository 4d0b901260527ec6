import { XMLParser } from "fast-xml-parser";
import { expect, test } from "./fixtures";
import { hidden, path, photo, published, story } from "./helpers";

const xml = new XMLParser({ ignoreAttributes: false });
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const slugOf = (url: string) => new URL(url).pathname.split("/").pop()!;
const hiddenSlugs = new Set(hidden.map((s) => s.slug));
// Specs that run earlier publish stories of their own through the desk: lists are compared on the seed's stories,
// and every other story a list holds must be live for readers (a draft or an unpublished story answers 404).
const seedSlugs = new Set([...published, ...hidden].map((s) => s.slug));
const seedOnly = (slugs: string[]) => slugs.filter((s) => seedSlugs.has(s));
async function othersAreLive(request: import("@playwright/test").APIRequestContext, links: string[]) {
  for (const link of links.filter((l) => !seedSlugs.has(slugOf(l))))
    expect((await request.get(new URL(link).pathname, { maxRedirects: 0 })).status(), link).toBe(200);
}

async function getXml(request: import("@playwright/test").APIRequestContext, url: string) {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/xml/);
  const text = await res.text();
  expect(() => xml.parse(text, true), url).not.toThrow();
  return xml.parse(text);
}

test("the site RSS feed parses and lists only published stories, newest first", async ({ request }) => {
  const doc = await getXml(request, "/feed.xml");
  const items = list(doc.rss.channel.item) as { title: string; link: string; pubDate: string }[];
  expect(doc.rss["@_version"]).toBe("2.0");
  const seeded = items.filter((i) => seedSlugs.has(slugOf(i.link)));
  expect(seeded.length).toBe(Math.min(30 - (items.length - seeded.length), published.length));
  for (const item of items) expect(hiddenSlugs.has(slugOf(item.link)), item.link).toBe(false);
  await othersAreLive(
    request,
    items.map((i) => i.link),
  );
  const times = items.map((i) => Date.parse(i.pubDate));
  expect([...times].sort((a, b) => b - a)).toEqual(times);
  const newest = [...published].sort((a, b) => a.hoursAgo - b.hoursAgo)[0]!;
  expect(seeded[0]!.title).toBe(newest.headline);
  expect(seeded[0]!.link).toMatch(new RegExp(`${path(newest)}$`));
});

test("section and author feeds list only their published stories", async ({ request }) => {
  const local = list((await getXml(request, "/feeds/section/local")).rss.channel.item) as { link: string }[];
  expect(seedOnly(local.map((i) => slugOf(i.link))).sort()).toEqual(
    published
      .filter((s) => s.section === "local")
      .map((s) => s.slug)
      .sort(),
  );
  const desk = list((await getXml(request, "/feeds/author/digital-desk")).rss.channel.item) as { link: string }[];
  expect(seedOnly(desk.map((i) => slugOf(i.link))).sort()).toEqual(
    published
      .filter((s) => s.authors.includes("digital-desk"))
      .map((s) => s.slug)
      .sort(),
  );
  await othersAreLive(
    request,
    [...local, ...desk].map((i) => i.link),
  );
  expect((await request.get("/feeds/section/nope")).status()).toBe(404);
  expect((await request.get("/feeds/author/nobody")).status()).toBe(404);
});

test("the sitemap index leads to every published story and no draft", async ({ request, baseURL }) => {
  const index = await getXml(request, "/sitemap.xml");
  const files = list(index.sitemapindex.sitemap).map((s: { loc: string }) => s.loc);
  expect(files[0]).toBe(`${baseURL}/sitemaps/pages.xml`);
  expect(files.slice(1)).toEqual(
    files.slice(1).map((_: string, i: number) => `${baseURL}/sitemaps/stories-${i + 1}.xml`),
  );
  const locs: string[] = [];
  for (const file of files)
    locs.push(...list((await getXml(request, new URL(file).pathname)).urlset.url).map((u: { loc: string }) => u.loc));
  const storyLocs = locs.filter(
    (l: string) => new URL(l).pathname.split("/").length === 3 && !l.includes("/tags/") && !l.includes("/authors/"),
  );
  expect(seedOnly(storyLocs.map(slugOf)).sort()).toEqual(published.map((s) => s.slug).sort());
  for (const l of locs) expect(hiddenSlugs.has(slugOf(l))).toBe(false);
  await othersAreLive(request, storyLocs);
  expect(locs).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/\/local$/),
      expect.stringMatching(/\/tags\/koreatown$/),
      expect.stringMatching(/\/authors\/sarah-kim$/),
    ]),
  );
  expect((await request.get("/sitemaps/stories-0.xml")).status()).toBe(404);
});

test("the Google News sitemap lists the last 48 hours with publication, date and title", async ({ request }) => {
  const doc = await getXml(request, "/news-sitemap.xml");
  expect(doc.urlset["@_xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
  const urls = list(doc.urlset.url) as {
    loc: string;
    "news:news": Record<string, unknown> & { "news:publication": Record<string, string> };
  }[];
  expect(seedOnly(urls.map((u) => slugOf(u.loc))).sort()).toEqual(
    published
      .filter((s) => s.hoursAgo < 48)
      .map((s) => s.slug)
      .sort(),
  );
  for (const u of urls) {
    const news = u["news:news"];
    expect(news["news:publication"]["news:name"]).toBe("The Pacific Ledger");
    // Another spec's story may be in either language; the demo's say which.
    const language = seedSlugs.has(slugOf(u.loc)) ? (story(slugOf(u.loc)).language ?? "en") : /^(en|ko)$/;
    expect(news["news:publication"]["news:language"]).toMatch(language);
    expect(Date.now() - Date.parse(String(news["news:publication_date"]))).toBeLessThan(48 * 3600_000);
    if (seedSlugs.has(slugOf(u.loc))) expect(news["news:title"]).toBe(story(slugOf(u.loc)).headline);
    else expect(String(news["news:title"]).length).toBeGreaterThan(0); // a story another spec published
  }
});

test("robots.txt points to both sitemaps", async ({ request, baseURL }) => {
  const res = await request.get("/robots.txt");
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text).toContain("User-agent: *");
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(text).toContain(`Sitemap: ${baseURL}/news-sitemap.xml`);
  expect(text).toContain("Disallow: /admin");
});

test("an article carries NewsArticle JSON-LD with every author, dates, image and publisher", async ({
  page,
  baseURL,
}) => {
  const s = story("koreatown-tenants-eviction-delay-hearing");
  await page.goto(path(s));
  const raw = await page.locator('script[type="application/ld+json"]').textContent();
  const ld = JSON.parse(raw!);
  expect(ld["@context"]).toBe("https://schema.org");
  expect(ld["@type"]).toBe("NewsArticle");
  expect(ld.headline).toBe(s.headline);
  expect(ld.author.map((a: { name: string }) => a.name)).toEqual(["Sarah Kim", "Daniel Cho"]);
  expect(ld.author[0]).toMatchObject({ "@type": "Person", url: `${baseURL}/authors/sarah-kim` });
  expect(Date.parse(ld.datePublished)).toBeLessThanOrEqual(Date.parse(ld.dateModified));
  expect(new Date(ld.datePublished).toISOString()).toBe(ld.datePublished);
  expect(ld.image[0]).toMatch(new RegExp(`^${baseURL}/media/.*seed-${s.hero}-`));
  expect(ld.publisher).toMatchObject({ "@type": "NewsMediaOrganization", name: "The Pacific Ledger" });
  expect(ld.mainEntityOfPage["@id"]).toBe(`${baseURL}${path(s)}`);
});

test("an article has title, description, canonical, OpenGraph and Twitter cards with the hero photo", async ({
  page,
  baseURL,
}) => {
  const s = story("wilshire-night-market-returns-koreatown");
  await page.goto(path(s));
  await expect(page).toHaveTitle(`${s.headline} | The Pacific Ledger`);
  const meta = (sel: string) => page.locator(sel).first().getAttribute("content");
  expect(await meta('meta[name="description"]')).toBe(s.dek);
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(`${baseURL}${path(s)}`);
  expect(await meta('meta[property="og:type"]')).toBe("article");
  expect(await meta('meta[property="og:title"]')).toBe(s.headline);
  expect(await meta('meta[property="og:image"]')).toMatch(new RegExp(`^${baseURL}/media/.*seed-${s.hero}-`));
  expect(await meta('meta[property="og:image:alt"]')).toBe(photo(s.hero!).alt);
  expect(await meta('meta[property="article:published_time"]')).toBeTruthy();
  expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
  expect(await meta('meta[name="twitter:image"]')).toMatch(/\/media\//);
});
