import { expect, test } from "./fixtures";
import { author, hidden, newestFirst, path, published } from "./helpers";

test("the home page has a lead story, top stories, a block per section and a latest list", async ({ page }) => {
  await page.goto("/");
  const featured = newestFirst(published.filter((s) => s.featured));
  await expect(page.getByTestId("lead-story").getByRole("heading", { level: 2 })).toHaveText(featured[0]!.headline);
  const top = page.getByTestId("top-stories").getByRole("heading");
  await expect(top.first()).toHaveText(featured[1]!.headline);
  await expect(top).toHaveCount(5);
  const blocks = page.getByTestId("section-block");
  await expect(blocks).toHaveCount(6);
  for (const name of ["Local", "Business", "Politics", "Culture", "Sports", "Opinion"]) {
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  // Stories other specs published through the desk may come first: the newest seed story leads the seed's.
  const seeded = new Set(published.map((s) => s.headline));
  const latest = await page.getByTestId("latest").getByRole("heading", { level: 3 }).allInnerTexts();
  expect(latest.filter((h) => seeded.has(h))[0]).toBe(newestFirst(published)[0]!.headline);
  for (const s of hidden) await expect(page.getByText(s.headline)).toHaveCount(0);
});

test("a section page lists its stories newest first, one page of them with no pager", async ({ page }) => {
  const local = newestFirst(published.filter((s) => s.section === "local"));
  const business = newestFirst(published.filter((s) => s.section === "business"));
  // The section front's top (featured, then newest, when editors chose nothing), then the latest without them.
  const top = async () => [
    await page.getByTestId("lead-story").getByRole("heading", { level: 2 }).innerText(),
    ...(await page.getByTestId("top-stories").getByRole("heading", { level: 3 }).allInnerTexts()),
  ];
  const latest = () => page.getByTestId("story-list").getByRole("heading", { level: 3 }).allInnerTexts();
  await page.goto("/business");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Business");
  const businessTop = await top();
  expect(businessTop[0]).toBe(business.find((s) => s.featured)?.headline ?? business[0]!.headline);
  expect([...businessTop, ...(await latest())].sort()).toEqual(business.map((s) => s.headline).sort());
  expect(await latest()).toEqual(business.map((s) => s.headline).filter((h) => !businessTop.includes(h)));
  await page.goto("/local");
  // Other specs may have published desk stories in Local before this one: the seed's stories keep their order.
  const seeded = new Set(local.map((s) => s.headline));
  const localTop = await top();
  const listed = await latest();
  expect(listed.filter((h) => seeded.has(h))).toEqual(
    local
      .slice(0, 10)
      .map((s) => s.headline)
      .filter((h) => !localTop.includes(h)),
  );
  // One page of Local: no pager (paging itself is checked on the tag pages here and in listings.int.test.ts).
  expect(listed.length).toBeLessThanOrEqual(10);
  await expect(page.getByRole("navigation", { name: "Pagination" })).toHaveCount(0);
  for (const s of hidden.filter((h) => h.section === "local")) await expect(page.getByText(s.headline)).toHaveCount(0);
});

test("pagination moves through a tag's stories", async ({ page }) => {
  // Koreatown has more than ten stories: two pages.
  const koreatown = newestFirst(published.filter((s) => s.tags.includes("koreatown")));
  expect(koreatown.length).toBeGreaterThan(10);
  await page.goto("/tags/koreatown");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Koreatown");
  const pager = page.getByRole("navigation", { name: "Pagination" });
  await expect(pager).toContainText(`Page 1 of ${Math.ceil(koreatown.length / 10)}`);
  await pager.getByRole("link", { name: /Older/ }).click();
  await expect(page).toHaveURL(/\/tags\/koreatown\?page=2$/);
  await expect(page.getByTestId("story-list").getByRole("heading", { level: 2 }).first()).toHaveText(
    koreatown[10]!.headline,
  );
  await expect(
    page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: /Newer/ }),
  ).toHaveAttribute("href", "/tags/koreatown");
});

test("a listing's first stories are in place in the page's HTML, not sent after the page", async ({ page }) => {
  // React moves a finished <Suspense> boundary to after the page once the HTML before it passes 12,800 bytes; a
  // full page of stories crossed that, and its first headlines and photos arrived last (listing/paged-stories.tsx).
  const listings = {
    "/tags/koreatown": published.filter((s) => s.tags.includes("koreatown")),
    "/authors/sarah-kim": published.filter((s) => s.authors.includes("sarah-kim")),
  };
  for (const [url, stories] of Object.entries(listings)) {
    expect(stories.length, url).toBeGreaterThan(4);
    const html = await (await page.request.get(url)).text();
    const sentAfter = html.indexOf('<div hidden id="S:');
    for (const s of newestFirst(stories).slice(0, 4)) {
      const at = html.indexOf(`href="${path(s)}"`);
      expect(at, `${url}: ${s.slug}`).toBeGreaterThan(0);
      if (sentAfter > 0) expect(at, `${url}: ${s.slug} is before anything sent after the page`).toBeLessThan(sentAfter);
    }
  }
});

test("page 2 on of a listing keeps its ?page=N address; the route behind it is no address", async ({ page }) => {
  // proxy.ts renders `?page=N` at ./page/N, so that page 1 reads no request data and is cached whole.
  for (const path of ["/tags/koreatown?page=2", "/en?page=2"]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expect(page.getByRole("navigation", { name: "Pagination" }), path).toContainText("Page 2 of");
  }
  for (const path of ["/local/page/2", "/tags/koreatown/page/2", "/authors/sarah-kim/page/2", "/ko/page/2"])
    expect((await page.request.get(path)).status(), path).toBe(404);
});

test("an author page shows the bio, photo, email and their stories", async ({ page }) => {
  const a = author("sarah-kim");
  await page.goto("/authors/sarah-kim");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.name);
  const header = page.getByTestId("author-header");
  await expect(header).toContainText(a.bio);
  await expect(header.locator("img")).toHaveAttribute("alt", a.photo.alt);
  await expect(header.getByRole("link", { name: a.publicEmail! })).toHaveAttribute("href", `mailto:${a.publicEmail}`);
  const mine = newestFirst(published.filter((s) => s.authors.includes("sarah-kim")));
  const listed = await page.getByTestId("story-list").getByRole("heading", { level: 2 }).allInnerTexts();
  // Stories other specs published under her name may be listed too; the seed's keep their order.
  const seeded = new Set(mine.map((s) => s.headline));
  expect(listed.filter((h) => seeded.has(h))).toEqual(
    mine.slice(0, 10 - listed.filter((h) => !seeded.has(h)).length).map((s) => s.headline),
  );
  await page.goto("/authors/digital-desk");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(author("digital-desk").name);
});

test("search ranks matches, highlights them, falls back for typos and Korean, and pages", async ({ page }) => {
  // The form page is for search engines; result pages are not.
  const form = await page.goto("/search");
  expect(form?.headers()["x-robots-tag"]).toBeUndefined();
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await page.getByRole("searchbox", { name: "Search stories" }).fill("calligraphy");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=calligraphy$/);
  const results = page.getByTestId("search-results");
  await expect(results.getByRole("heading").first()).toContainText("calligraphy");
  await expect(results.locator("mark").first()).toHaveText(/calligraphy/i);

  const typo = await page.goto("/search?q=caligraphy");
  expect(typo?.headers()["x-robots-tag"]).toBe("noindex, follow");
  await expect(results.getByRole("heading").first()).toContainText("calligraphy");
  // A Korean word is found as the start of a longer one (a particle or ending after it), and the whole word marked.
  await page.goto(`/search?q=${encodeURIComponent("장사")}`);
  await expect(results.locator("mark").first()).toHaveText("장사도");

  await page.goto("/search?q=koreatown");
  await expect(page.getByRole("heading", { level: 2 }).first()).toContainText(/\d+ stories match/);
  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: /Older/ }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(results.getByRole("listitem")).not.toHaveCount(0);

  await page.goto("/search?q=pojangmacha");
  await expect(page.getByText("No stories match")).toBeVisible();
});

test("unknown pages, drafts and stories in review are a 404", async ({ page }) => {
  for (const url of ["/nope", "/tags/nope", "/authors/nobody", "/local/no-such-story", "/nope/at-all"]) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(404);
  }
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect(hidden.some((s) => s.status === "draft") && hidden.some((s) => s.status === "in_review")).toBe(true);
  for (const s of hidden) {
    const res = await page.goto(path(s));
    expect(res?.status(), s.slug).toBe(404);
  }
});

test("a story under the wrong section redirects to its own section", async ({ page }) => {
  const s = published.find((x) => x.section === "culture")!;
  await page.goto(`/local/${s.slug}`);
  await expect(page).toHaveURL(new RegExp(`${path(s)}$`));
});

test("the page has a skip link, landmarks and visible focus", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
});

test("a page number past the last one is a 404 with the not-found page, not an empty list", async ({ page }) => {
  for (const url of [
    "/local?page=999",
    "/tags/koreatown?page=999",
    "/authors/sarah-kim?page=999",
    "/search?q=koreatown&page=999",
    "/ko?page=999",
  ]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" }), url).toBeVisible();
    await expect(page.locator('meta[name="robots"][content*="noindex"]').first(), url).toBeAttached();
    expect(response?.headers()["content-security-policy"], url).toContain("default-src");
  }
});

test("the last page of a listing is there, the one after it is a 404, and nonsense page numbers show the first", async ({
  page,
}) => {
  // The English front has several pages.
  const first = await page.goto("/en");
  expect(first?.status()).toBe(200);
  const pager = page.getByRole("navigation", { name: "Pagination" });
  const last = Number(/Page 1 of (\d+)/.exec((await pager.textContent()) ?? "")?.[1]);
  expect(last).toBeGreaterThan(1);
  const lastPage = await page.goto(`/en?page=${last}`);
  expect(lastPage?.status()).toBe(200);
  await expect(page.getByTestId("story-list")).toBeVisible();
  expect((await page.goto(`/en?page=${last + 1}`))?.status()).toBe(404);
  // Nonsense page numbers fall back to the first page.
  await page.goto("/local?page=-3");
  await expect(page.getByTestId("story-list")).toBeVisible();
});
