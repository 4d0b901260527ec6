import { signInAs } from "./desk-helpers";
import { expect, test } from "./fixtures";
import { author, newestFirst, path, published } from "./helpers";

// The desk's own actions (the same mutations and cache invalidation an editor uses) must reach every cached
// reader page that shows the story within a second, with no rebuild.
const lead = newestFirst(published)[0]!;
const pages = [
  { name: "article", url: path(lead) },
  { name: "home", url: "/" },
  { name: "section", url: `/${lead.section}` },
  { name: "author", url: `/authors/${lead.authors[0]}` },
  { name: "site feed", url: "/feed.xml" },
  { name: "section feed", url: `/feeds/section/${lead.section}` },
  { name: "author feed", url: `/feeds/author/${lead.authors[0]}` },
];
const WITHIN_MS = 1_000;

test("an edit, an unpublish and a republish reach every page that shows the story within a second", async ({ page, request }) => {
  expect(author(lead.authors[0]!)).toBeTruthy();
  // Warm every cache first, so the test proves invalidation rather than a first render.
  for (const p of pages) expect((await request.get(p.url)).status(), p.name).toBe(200);

  await page.goto(path(lead));
  const before = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();

  await signInAs(page, "editor");
  await page.goto("/admin/stories");
  await page.getByRole("link", { name: before }).click();
  await expect(page.getByRole("heading", { name: "Edit story" })).toBeVisible();
  const editUrl = page.url();

  // Pages escape quotes and ampersands differently (HTML, XML): look for a token that needs no escaping.
  const token = `updated ${Date.now()}`;
  const changed = `${before} (${token})`;
  await page.getByLabel("Headline").fill(changed);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const savedAt = Date.now();
  for (const p of pages) {
    await expect.poll(async () => (await request.get(p.url)).text(), { timeout: WITHIN_MS, intervals: [50], message: p.name })
      .toContain(token);
  }
  console.log(`edit visible on ${pages.length} pages ${Date.now() - savedAt} ms after the save`);

  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Unpublished." })).toBeVisible();
  await expect.poll(async () => (await request.get(path(lead))).status(), { timeout: WITHIN_MS, intervals: [50] }).toBe(404);
  for (const p of pages.slice(1)) {
    await expect.poll(async () => (await request.get(p.url)).text(), { timeout: WITHIN_MS, intervals: [50], message: p.name })
      .not.toContain(token);
  }

  // Put the story back as it was for the specs that follow.
  await page.goto(editUrl);
  await page.getByLabel("Headline").fill(before);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();
  await expect.poll(async () => (await request.get(path(lead))).status(), { timeout: WITHIN_MS, intervals: [50] }).toBe(200);
  await expect.poll(async () => (await request.get("/")).text(), { timeout: WITHIN_MS, intervals: [50] }).not.toContain(token);
  await page.goto(path(lead));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(before);
});
