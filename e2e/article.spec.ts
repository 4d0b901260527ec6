import { formatLongDate } from "../lib/format";
import { expect, test } from "./fixtures";
import { author, expectHangulDrawn, path, photo, story } from "./helpers";

const twoAuthors = story("koreatown-tenants-eviction-delay-hearing"); // Sarah Kim and Daniel Cho, with a correction
const deskStory = story("heat-advisory-cooling-centers-koreatown"); // the Digital Team, no photo
const updated = story("olympic-boulevard-water-main-break"); // updated after publication
const withPhotos = story("wilshire-night-market-returns-koreatown");
const inKorean = story("la-hanintaun-juminuihoe-sae-yesanan-tonggwa");

test("the header shows the site name, sections, today's date in Los Angeles and the weather", async ({ page }) => {
  await page.goto(path(withPhotos));
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "The Pacific Ledger" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Sections" });
  for (const name of ["Local", "Business", "Politics", "Culture", "Sports", "Opinion"]) {
    await expect(nav.getByRole("link", { name })).toBeVisible();
  }
  await expect(page.getByTestId("today")).toHaveText(formatLongDate(new Date(), "America/Los_Angeles"));
  await expect(page.getByTestId("today")).toHaveText(/^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}$/);
  // The suite's first page: on a loaded machine the server's first weather request can outrun its 2-second limit,
  // and the page is then made without weather and made again behind the scenes (Next.js's cache), as a
  // reader would meet it. So the next load must have it; a reading that never comes still fails.
  const weather = page.getByTestId("weather");
  await expect(async () => {
    if (!(await weather.isVisible())) await page.reload();
    await expect(weather).toHaveText(/^-?\d+\.\d °F Los Angeles$/, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
});

test("the masthead's placeholder, shown until it streams in, is as tall as the masthead", async ({ page, request }) => {
  // The placeholder as the server sends it (React removes it once the masthead arrives), set beside the masthead.
  const html = await (await request.get(path(withPhotos))).text();
  const placeholder = /<div data-masthead-placeholder="[^"]*" class="([^"]+)"/.exec(html)?.[1];
  expect(placeholder, "the page's HTML carries the placeholder").toBeTruthy();
  await page.goto(path(withPhotos));
  // Revealed a moment after the page loads (React batches the boundaries it reveals).
  await expect(page.getByRole("banner")).toBeVisible();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const [header, stand] = await page.evaluate((cls) => {
      const div = Object.assign(document.createElement("div"), { className: cls });
      document.body.prepend(div);
      const heights = [document.querySelector("header:not(main header)")!, div].map(
        (e) => e.getBoundingClientRect().height,
      );
      div.remove();
      return heights;
    }, placeholder!);
    expect(stand, `at ${width} px`).toBe(header);
  }
});

test("before Newsreader arrives, the headline, deck, body and quotes take the room they take in Newsreader", async ({
  page,
}) => {
  await page.goto(path(withPhotos));
  await page.evaluate(() => document.fonts.ready);
  const [newsreader, fallback] = await page.evaluate(async () => [
    document.fonts.check('16px "Newsreader Variable"') && document.fonts.check('700 16px "Newsreader Variable"'),
    (await document.fonts.load('16px "Newsreader Fallback"').catch(() => [])).length > 0,
  ]);
  expect(newsreader, "Newsreader has loaded").toBe(true);
  // The fallback is Times New Roman or Liberation Serif scaled; .ci/run installs Liberation where it is missing.
  test.skip(!fallback && !process.env.CI, "no Times New Roman or Liberation Serif here to scale");
  expect(fallback, "a local face for Newsreader Fallback").toBe(true);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    // Each element's height in the page's serif stack, then without its first family (Newsreader): what a reader
    // sees until Newsreader loads. The same number of lines: within half a line.
    const rows = await page.evaluate(() => {
      const text = [
        ...document.querySelectorAll<HTMLElement>("article h1, article header p, .article-body > p, blockquote p"),
      ].filter((e) => getComputedStyle(e).fontFamily.startsWith('"Newsreader'));
      const heights = () => text.map((e) => e.getBoundingClientRect().height);
      const shown = heights();
      for (const e of text) e.style.fontFamily = getComputedStyle(e).fontFamily.split(",").slice(1).join(",");
      const before = heights();
      for (const e of text) e.style.fontFamily = "";
      return text.map((e, i) => ({
        what: `${e.tagName} "${e.textContent!.slice(0, 30)}"`,
        shown: shown[i]!,
        before: before[i]!,
        line: parseFloat(getComputedStyle(e).lineHeight),
      }));
    });
    expect(rows.length, "headline, deck, paragraphs and a quote").toBeGreaterThan(5);
    for (const r of rows)
      expect(Math.abs(r.before - r.shown), `at ${width} px, ${r.what}: ${r.before} against ${r.shown}`).toBeLessThan(
        r.line / 2,
      );
  }
});

test("a first visit asks for the webfonts after its first frame; the next page uses them from the start", async ({
  page,
}) => {
  // When the frame stopped holding back the webfonts, on the page's clock.
  await page.addInitScript(() => {
    const w = window as unknown as { shownAt?: number };
    new MutationObserver((records) => {
      for (const r of records)
        if (r.oldValue?.includes("fonts-later") && !(r.target as Element).classList.contains("fonts-later"))
          w.shownAt ??= performance.now();
    }).observe(document, { subtree: true, attributeFilter: ["class"], attributeOldValue: true });
  });
  const visit = async (url: string) => {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    return page.evaluate(async () => {
      await document.fonts.ready;
      const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
      const fonts = performance
        .getEntriesByType("resource")
        .filter((r) => /\/(newsreader|hangul-ui)-[^/]*\.woff2$/.test(r.name))
        .map((r) => ({ name: r.name.split("/").pop()!, start: r.startTime }));
      return {
        shownAt: (window as unknown as { shownAt?: number }).shownAt ?? NaN,
        paint,
        fonts,
        newsreader: document.fonts.check('700 16px "Newsreader Variable"'),
        serif: getComputedStyle(document.querySelector("h1")!).fontFamily,
      };
    });
  };
  const first = await visit(path(withPhotos));
  expect(first.paint).toBeGreaterThan(0);
  expect(first.shownAt, "the first visit holds back the webfonts until it has painted").toBeGreaterThanOrEqual(
    first.paint,
  );
  expect(first.fonts.map((f) => f.name).join(" "), "Newsreader was asked for").toMatch(/newsreader-/);
  for (const f of first.fonts)
    expect(f.start, `${f.name} asked for after the first paint`).toBeGreaterThanOrEqual(first.paint);
  expect(first.newsreader, "and then drawn").toBe(true);
  expect(first.serif).toMatch(/^"Newsreader Variable"/);

  const next = await visit(path(twoAuthors));
  expect(next.shownAt, "a later page draws in the webfonts from its first frame").toBeLessThan(next.paint);
  expect(next.serif).toMatch(/^"Newsreader Variable"/);
});

test("every Hangul character of a Korean story's page is drawn by a face that has it", async ({ page }) => {
  // The header's sans-serif links, the serif headline and body, the share buttons and related stories: on a machine
  // with no Hangul font of its own (as CI's), only the Noto Serif KR webfont, loaded after the page, can draw them.
  // Seen failing with the sans-serif stack missing its refresh face, or naming Arial (app/globals.css says why).
  await page.goto(path(inKorean));
  expect(await expectHangulDrawn(page)).toBeGreaterThan(5);
});

test("section label, headline, dek and tags", async ({ page }) => {
  await page.goto(path(withPhotos));
  const article = page.locator("main article").first();
  await expect(article.getByRole("link", { name: "Local", exact: true })).toHaveAttribute("href", "/local");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(withPhotos.headline);
  await expect(article.getByText(withPhotos.dek)).toBeVisible();
  const tags = page.getByRole("list", { name: "Tags" });
  await expect(tags.getByRole("link")).toHaveCount(withPhotos.tags.length);
  await expect(tags.getByRole("link", { name: "Koreatown" })).toHaveAttribute("href", "/tags/koreatown");
});

test("bylines name every author in order with a link and a mailto email", async ({ page }) => {
  await page.goto(path(twoAuthors));
  const byline = page.getByTestId("byline");
  await expect(byline).toHaveText("By Sarah Kim [sarah.kim@example.com] and Daniel Cho [daniel.cho@example.com]", {
    ignoreCase: true,
  });
  // Written in capitals, as a newspaper prints it.
  expect(await byline.innerText()).toContain("BY SARAH KIM");
  await expect(byline.getByRole("link", { name: "Sarah Kim" })).toHaveAttribute("href", "/authors/sarah-kim");
  await expect(byline.getByRole("link", { name: "sarah.kim@example.com" })).toHaveAttribute(
    "href",
    "mailto:sarah.kim@example.com",
  );
  const names = await byline.locator('a[href^="/authors/"]').allInnerTexts();
  expect(names.map((n) => n.toUpperCase())).toEqual(["SARAH KIM", "DANIEL CHO"]);

  await page.goto(path(deskStory));
  const desk = author("digital-desk");
  await expect(page.getByTestId("byline")).toContainText(desk.name, { ignoreCase: true });
  await expect(page.getByTestId("byline").getByRole("link", { name: desk.publicEmail! })).toHaveAttribute(
    "href",
    `mailto:${desk.publicEmail}`,
  );
});

test("published and updated times in <time datetime>, and correction notices", async ({ page }) => {
  await page.goto(path(updated));
  const times = page.getByTestId("times").locator("time");
  await expect(times).toHaveCount(2);
  for (const t of await times.all()) {
    expect(new Date((await t.getAttribute("datetime"))!).toString()).not.toBe("Invalid Date");
    await expect(t).toHaveText(/\d{4}, \d{1,2}:\d{2} [AP]M P[SD]T$/);
  }
  await expect(page.getByTestId("times")).toContainText("Updated");

  await page.goto(path(twoAuthors));
  const notice = page.getByTestId("notice-correction");
  await expect(notice).toContainText("Correction");
  await expect(notice).toContainText(twoAuthors.correction!);
  await expect(notice.locator("time[datetime]")).toHaveCount(1);
});

test("hero and inline photos with captions, bracketed credits, alt text and responsive sizes", async ({ page }) => {
  await page.goto(path(withPhotos));
  const figures = page.locator("main article figure");
  const inlineKeys = withPhotos.body.flatMap((b) => ("photo" in b ? [b.photo] : []));
  await expect(figures).toHaveCount(1 + inlineKeys.length);
  for (const [i, key] of [withPhotos.hero!, ...inlineKeys].entries()) {
    const p = photo(key);
    await expect(figures.nth(i).locator("img")).toHaveAttribute("alt", p.alt);
    await expect(figures.nth(i).locator("figcaption")).toContainText(p.caption);
    await expect(figures.nth(i).locator("figcaption")).toContainText(`[${p.credit}]`);
    await expect(figures.nth(i).locator("img")).toHaveAttribute("sizes", /min-width: 768px.*100vw/);
    // The reader sizes made at upload, served as files: a short srcset of stored widths.
    await expect(figures.nth(i).locator("img")).toHaveAttribute(
      "srcset",
      /^\/media\/\S+-480w\.(jpg|webp) 480w, \/media\/\S+-768w\.(jpg|webp) 768w, \/media\/\S+-960w\.(jpg|webp) 960w/,
    );
  }
});

test("the body renders headings, quotes, lists and inline photos from the stored document", async ({ page }) => {
  const blocks = withPhotos.body;
  const of = <K extends string>(k: K) => blocks.flatMap((b) => (k in b ? [(b as Record<K, unknown>)[k]] : []));
  const [h2s, quotes, lists, photos, paragraphs] = [
    of("h2") as string[],
    of("quote") as string[],
    of("list") as string[][],
    of("photo") as string[],
    of("p"),
  ];
  // The sample holds every kind of block, so none of the checks below can pass by having nothing to check.
  expect([h2s.length, quotes.length, lists.length, photos.length].every((n) => n > 0)).toBe(true);
  await page.goto(path(withPhotos));
  const body = page.locator(".article-body");
  await expect(body.locator("> p")).toHaveCount(paragraphs.length);
  await expect(body.locator("h2")).toHaveText(h2s);
  await expect(body.locator("blockquote")).toHaveText(quotes.map((q) => new RegExp(reEscape(q.slice(0, 40)))));
  await expect(body.locator("ul > li, ol > li")).toHaveText(lists.flat());
  const inline = body.locator("figure");
  await expect(inline).toHaveCount(photos.length);
  for (const [i, key] of photos.entries()) {
    await expect(inline.nth(i).locator("img")).toHaveAttribute("alt", photo(key).alt);
    await expect(inline.nth(i).locator("figcaption")).toContainText(photo(key).caption);
  }
  await expect(body.locator("script")).toHaveCount(0);
});

test("an ad slot labelled Advertisement is reserved after the third paragraph", async ({ page }) => {
  await page.goto(path(withPhotos));
  const slot = page.locator("[data-ad-slot=article-inline]");
  await expect(slot).toHaveCount(1);
  await expect(slot).toContainText("Advertisement");
  const box = await slot.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(280);
  // It sits right after the third paragraph of the body.
  const before = await slot.evaluate(
    (el) =>
      [...el.parentElement!.children]
        .slice(0, [...el.parentElement!.children].indexOf(el))
        .filter((c) => c.tagName === "P").length,
  );
  expect(before).toBe(3);
});

test("author bio boxes, related stories and share links", async ({ page }) => {
  await page.goto(path(twoAuthors));
  const bios = page.getByTestId("author-bio");
  await expect(bios).toHaveCount(2);
  await expect(bios.first()).toContainText(author("sarah-kim").bio);
  await expect(bios.first().locator("img")).toHaveAttribute("alt", author("sarah-kim").photo.alt);
  await expect(bios.nth(1).getByRole("link", { name: "Daniel Cho", exact: true })).toHaveAttribute(
    "href",
    "/authors/daniel-cho",
  );
  await expect(page.getByRole("heading", { name: "About the authors" })).toBeVisible();

  const related = page.getByTestId("related").getByRole("link");
  expect(await related.count()).toBeGreaterThanOrEqual(2);
  expect(await related.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).not.toContain(path(twoAuthors));

  const share = page.getByTestId("share");
  const url = encodeURIComponent(new URL(path(twoAuthors), page.url()).toString());
  await expect(share.getByRole("link", { name: /Email/ })).toHaveAttribute(
    "href",
    new RegExp(`^mailto:\\?subject=.*${reEscape(url)}`),
  );
  await expect(share.getByRole("link", { name: /^X/ })).toHaveAttribute(
    "href",
    new RegExp(`^https://x.com/intent/post\\?url=${reEscape(url)}`),
  );
  await expect(share.getByRole("link", { name: /Facebook/ })).toHaveAttribute(
    "href",
    `https://www.facebook.com/sharer/sharer.php?u=${url}`,
  );
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await share.getByRole("button", { name: "Copy link" }).click();
  await expect(share.getByRole("button", { name: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(decodeURIComponent(url));
});

function reEscape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
