import type { APIRequestContext, Page } from "@playwright/test";
import { signInAs } from "./desk-helpers";
import { expect, test } from "./fixtures";
import { path, published, story } from "./helpers";

// An editor's Publish (the same action, mutations and cache expiry the desk always uses) must reach every cached
// reader page that shows the story within one second of the editor seeing "Published.", with no rebuild: one
// shared deadline for all pages, not a second each.
const lead = story("wilshire-night-market-returns-koreatown"); // live, with a hero (Publish runs the checklist)
const url = path(lead);
const WITHIN_MS = 1_000;
// The sitemap index's story file (the demo's stories fit in the first).
const storySitemap = "/sitemaps/stories-1.xml";

// Each page that shows the story, and how to tell it does: its link (lists, feeds, sitemaps) or its words.
const pages = [
  { name: "article", url },
  { name: "home", url: "/" },
  { name: "section", url: `/${lead.section}` },
  ...lead.tags.map((t) => ({ name: `tag ${t}`, url: `/tags/${t}` })),
  ...lead.authors.map((a) => ({ name: `author ${a}`, url: `/authors/${a}` })),
  { name: "site feed", url: "/feed.xml" },
  { name: "section feed", url: `/feeds/section/${lead.section}` },
  ...lead.authors.map((a) => ({ name: `author feed ${a}`, url: `/feeds/author/${a}` })),
  { name: "news sitemap", url: "/news-sitemap.xml" },
];

type Probe = { name: string; url: string; ok: (res: { status: number; text: string }) => boolean };

/** Polls every probe at once until each holds or the one shared deadline passes; returns those that never held. */
async function allBy(request: APIRequestContext, deadline: number, probes: Probe[]): Promise<string[]> {
  const missed = await Promise.all(
    probes.map(async (p) => {
      for (;;) {
        const res = await request.get(p.url, { maxRedirects: 0 });
        if (p.ok({ status: res.status(), text: await res.text() })) return null;
        if (Date.now() > deadline) return `${p.name} (${p.url})`;
        await new Promise((r) => setTimeout(r, 50));
      }
    }),
  );
  return missed.filter((m): m is string => m !== null);
}

async function publish(page: Page, live: boolean): Promise<number> {
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("button", { name: live ? "Publish changes now" : "Publish now" }).click();
  await expect(page.getByText("Published.", { exact: true })).toBeVisible();
  return Date.now();
}
const saved = (page: Page) =>
  expect(
    page
      .getByRole("status")
      .filter({ hasText: /Saved \d/ })
      .first(),
  ).toBeVisible({ timeout: 15_000 });

test("an edit, an unpublish and a republish reach every page that shows the story within a second", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  // A word no page holds yet and no page escapes: the search for it is warmed while it finds nothing.
  const token = `quokka${Date.now() % 1_000_000}`;
  const search = { name: "search", url: `/search?q=${token}` };
  // A related box that lists the story: found on another article, so the box is checked, not assumed.
  let related: { name: string; url: string } | null = null;
  for (const other of published.filter((s) => s.slug !== lead.slug && s.tags.some((t) => lead.tags.includes(t)))) {
    const html = await (await request.get(path(other))).text();
    const box = html.slice(html.indexOf('data-testid="related"'));
    if (html.includes('data-testid="related"') && box.slice(0, 4000).includes(`href="${url}"`)) {
      related = { name: `related box on ${other.slug}`, url: path(other) };
      break;
    }
  }
  expect(related, "some article's related box lists the story").not.toBeNull();
  const showing = [...pages, related!];
  // Warm every cache first (and check each page really shows the story), so the test proves expiry.
  for (const p of showing) {
    const res = await request.get(p.url);
    expect(res.status(), p.name).toBe(200);
    expect(await res.text(), p.name).toContain(p.name === "article" ? lead.headline : url);
  }
  expect(await (await request.get(search.url)).text()).not.toContain(url);
  expect(await (await request.get(storySitemap)).text()).toContain(url);

  await signInAs(page, "editor");
  await page.goto("/admin/stories");
  await page.getByRole("link", { name: lead.headline }).click();
  await page.getByLabel("Headline").fill(`${lead.headline} ${token}`);
  await saved(page);
  // Saved is not published: readers still see the old headline.
  expect(await (await request.get(url)).text()).not.toContain(token);

  let at = await publish(page, true);
  const edited = await allBy(request, at + WITHIN_MS, [
    ...[...pages, related!].map((p) => ({ ...p, ok: (r: { text: string }) => r.text.includes(token) })),
    { ...search, ok: (r) => r.text.includes(url) },
  ]);
  expect(edited, "pages without the edit one second after Publish").toEqual([]);

  await page.getByRole("button", { name: "Unpublish", exact: true }).click();
  await page.getByRole("button", { name: "Unpublish now" }).click();
  await expect(page.getByText("Unpublished. Readers can no longer see it.")).toBeVisible();
  at = Date.now();
  // The article is a real 404 (not an error page); every other page still answers and no longer lists it.
  const gone = await allBy(request, at + WITHIN_MS, [
    { name: "article 404", url, ok: (r) => r.status === 404 && r.text.includes("Page not found") },
    ...[...pages.slice(1), related!, { name: "sitemap", url: storySitemap }].map((p) => ({
      ...p,
      ok: (r: { status: number; text: string }) => r.status === 200 && !r.text.includes(url) && !r.text.includes(token),
    })),
    // The search page repeats the query itself: only the story's link must be gone.
    { ...search, ok: (r) => r.status === 200 && !r.text.includes(url) },
  ]);
  expect(gone, "pages still showing the story one second after Unpublish").toEqual([]);

  // Republish it as it was, for the specs that follow; the sitemap and home list it again.
  await page.getByLabel("Headline").fill(lead.headline);
  await saved(page);
  at = await publish(page, false);
  const back = await allBy(request, at + WITHIN_MS, [
    { name: "article", url, ok: (r) => r.status === 200 && r.text.includes(lead.headline) && !r.text.includes(token) },
    { name: "home", url: "/", ok: (r) => r.text.includes(url) && !r.text.includes(token) },
    { name: "sitemap", url: storySitemap, ok: (r) => r.text.includes(url) },
  ]);
  expect(back, "pages without the story one second after republishing").toEqual([]);
});
